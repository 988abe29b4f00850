import * as React from "react";
import {
  lazyModule,
  useControllableState,
  useErrorReporter,
  usePersistentState,
  useTranslator,
  type ErrorHandler,
  type Message,
  type MessageParams,
} from "@attune/core";
import {
  createDeckState,
  currentId,
  drawNext,
  goBack,
  isAnswers,
  parseDeckState,
  isQuestion,
  randomSeed,
  roundProgress,
  setMark as markState,
  toggleTheme as toggleThemeState,
  type Answers,
  type DeckState,
  type Depth,
  type Mark,
  type Question,
  type SentQuestion,
  type Theme,
} from "./deck";
import { curiosityDeckMessages, type CuriosityDeckMessageKey } from "./messages";

export interface UseCuriosityDeckOptions {
  /** The questions to draw from, e.g. `questions` from "@attune/curiosity-deck/questions/en". Invalid entries are reported through onError and left out. @default [] */
  questions?: readonly Question[];
  /** Only questions of these depths (a host choice, e.g. ["light", "deeper"]). @default every depth */
  depths?: readonly Depth[];
  /** The deck's JSON state (controlled). */
  value?: DeckState;
  /** The state to start from (uncontrolled). @default a new deck with `seed` */
  defaultValue?: DeckState;
  /** Called with the new state after every draw, mark and theme change. */
  onValueChange?: (state: DeckState) => void;
  /** Seed for a new deck: partners who share it see the same cards in the same order. @default a random seed at the first draw */
  seed?: string;
  /** Private answers by question id (controlled). Never part of the shared state. */
  answers?: Answers;
  /** Answers to start from (uncontrolled). @default {} */
  defaultAnswers?: Answers;
  onAnswersChange?: (answers: Answers) => void;
  /** Opt-in persistence of the deck and the private answers under this key, through the provider's storage. */
  persistKey?: string;
  /** Sends a question to the partner through the host. A rejected promise is reported and the note kept. */
  onSend?: (sent: SentQuestion) => void | Promise<unknown>;
  onError?: ErrorHandler;
  /** Overrides for any of the widget's strings. */
  messages?: Partial<Record<CuriosityDeckMessageKey, Message>>;
}

type Strip<K> = K extends `curiosityDeck.${infer R}` ? R : never;
/** A message key without the "curiosityDeck." prefix. */
export type CuriosityDeckShortKey = Strip<CuriosityDeckMessageKey>;
export type CuriosityDeckTranslate = (key: CuriosityDeckShortKey, params?: MessageParams) => string;
export type CuriosityDeckMove = "forward" | "back";

const WIDGET = "curiosity-deck";
const isDeckState = (v: unknown): v is DeckState => parseDeckState(v).ok;
const EMPTY: readonly Question[] = [];
// What `onSend` is handed is built by code that loads with the first send, or when a person
// reaches for the note or the send button (a chunk of its own, with core's text helpers).
export const sendCode = /* @__PURE__ */ lazyModule(() => import("./sent-question"));

/** A piece of state the host may own (`value`); else kept here, and in storage under `key` when there is one. */
function useHeldState<T>(
  value: T | undefined,
  initial: T,
  key: string | undefined,
  validate: (v: unknown) => v is T,
  onChange: ((next: T) => void) | undefined,
  name: string,
  onError: ErrorHandler | undefined,
) {
  const controlled = value !== undefined;
  const [stored, setStored] = usePersistentState(initial, { widget: WIDGET, key: controlled ? undefined : key, validate, onError });
  return useControllableState<T>({
    value: controlled ? value : key ? stored : undefined,
    defaultValue: initial,
    onChange: (next) => {
      if (!controlled && key) setStored(next);
      onChange?.(next);
    },
    name,
  });
}

/** All of CuriosityDeck's state and actions, for the parts or a host's own markup. */
export function useCuriosityDeck(options: UseCuriosityDeckOptions = {}) {
  const { persistKey, onSend, onError, depths } = options;
  const report = useErrorReporter(onError);
  const full = useTranslator(curiosityDeckMessages, options.messages);
  const t: CuriosityDeckTranslate = (key, params) => full(`curiosityDeck.${key}` as CuriosityDeckMessageKey, params);

  // Host questions are checked once per list: an entry that cannot be shown is left out and
  // reported (parseQuestions from "/logic" names each problem; it stays out of this bundle).
  const rawQuestions = options.questions ?? EMPTY;
  const checkedQuestions = React.useMemo(() => {
    const list = Array.isArray(rawQuestions) && rawQuestions;
    const ids = new Set<string>();
    const usable = (list || []).filter((q: unknown) => isQuestion(q) && !ids.has(q.id) && !!ids.add(q.id));
    return { usable, dropped: list ? list.length - usable.length : -1 };
  }, [rawQuestions]);
  React.useEffect(() => {
    if (checkedQuestions.dropped)
      report({
        code: "invalid-input",
        message: `CuriosityDeck questions: ${checkedQuestions.dropped < 0 ? "expected a list" : `${checkedQuestions.dropped} left out (invalid or repeated id)`}; parseQuestions from "@attune/curiosity-deck/logic" names each problem.`,
      });
  }, [checkedQuestions, report]);
  const questions = checkedQuestions.usable as Question[];
  const byId = React.useMemo(() => new Map(questions.map((q) => [q.id, q])), [questions]);

  // Deck state: controlled, persisted (uncontrolled with a persistKey) or plain uncontrolled.
  const [initial] = React.useState(() => {
    const p = options.defaultValue === undefined ? undefined : parseDeckState(options.defaultValue);
    return p?.ok ? p.value : createDeckState(options.seed ?? "");
  });
  const [rawState, setRawState] = useHeldState(options.value, initial, persistKey, isDeckState, options.onValueChange, "CuriosityDeck value", onError);
  const checked = React.useMemo(() => parseDeckState(rawState), [rawState]);
  React.useEffect(() => {
    if (!checked.ok) report({ code: "invalid-input", message: `CuriosityDeck value: ${checked.error} Showing a new deck instead.` });
  }, [checked, report]);
  const state = checked.ok ? checked.value : initial;
  const stateRef = React.useRef(state);
  stateRef.current = state;

  // Private answers: kept in memory, and in storage only with a persistKey.
  const [rawAnswers, setAnswers] = useHeldState<Answers>(
    options.answers,
    options.defaultAnswers ?? {},
    persistKey && `${persistKey}:answers`,
    isAnswers,
    options.onAnswersChange,
    "CuriosityDeck answers",
    onError,
  );
  const answers = isAnswers(rawAnswers) ? rawAnswers : {};

  const id = currentId(state);
  const current = id === undefined ? undefined : byId.get(id);
  const progress = roundProgress(state, questions, depths);
  const [announcement, setAnnouncement] = React.useState("");
  const [status, setStatus] = React.useState("");
  const [note, setNote] = React.useState("");
  const move = React.useRef<CuriosityDeckMove>("forward");

  // The question is announced when the card changes, once: not on re-renders, not on mount.
  const previous = React.useRef(current?.id);
  const newRound = React.useRef(false);
  React.useEffect(() => {
    if (previous.current === current?.id) return;
    previous.current = current?.id;
    if (!current) return;
    setAnnouncement(newRound.current ? `${t("newRound")} ${current.text}` : current.text);
    newRound.current = false;
    setStatus("");
    // `t` changes identity with messages; the announcement follows the card only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [current]);

  const update = (next: DeckState) => {
    if (next !== stateRef.current) setRawState(next);
  };
  const draw = () => {
    const s = stateRef.current;
    const next = drawNext(s, questions, depths, s.seed || options.seed || randomSeed());
    move.current = "forward";
    newRound.current = next.round > s.round;
    update(next);
  };
  const back = () => {
    move.current = "back";
    update(goBack(stateRef.current));
  };
  const toggleTheme = (theme: Theme) => update(toggleThemeState(stateRef.current, theme));
  const mark = current ? state.marks[current.id] : undefined;
  const toggleMark = (value: Mark) => {
    if (!current) return;
    const off = stateRef.current.marks[current.id] === value;
    update(markState(stateRef.current, current.id, off ? undefined : value));
    if (!off && value === "skip") setAnnouncement(t("markedSkip"));
  };
  const answer = current ? (answers[current.id] ?? "") : "";
  const setAnswer = (text: string) => {
    if (!current) return;
    const cid = current.id;
    setAnswers((prev) => {
      const next = { ...prev };
      if (text) next[cid] = text;
      else delete next[cid];
      return next;
    });
  };

  const say = (key: CuriosityDeckShortKey) => {
    setStatus(t(key));
    setAnnouncement(t(key));
  };
  const sending = React.useRef(false);
  const [isSending, setSending] = React.useState(false);
  const send = async () => {
    if (!current || !onSend || sending.current) return;
    sending.current = true;
    setSending(true);
    try {
      const { createSentQuestion } = await sendCode.load();
      await onSend(createSentQuestion(current, note, Date.now()));
      setNote("");
      say("sent");
    } catch (cause) {
      // The host's onSend failed, or the code that builds what it is handed did not arrive.
      const sent = !!sendCode.current;
      report({ code: sent ? "share" : "load-failed", message: `CuriosityDeck: ${sent ? "onSend rejected" : "its send code could not load"}; the note is kept.`, cause });
      say("sendFailed");
    } finally {
      sending.current = false;
      setSending(false);
    }
  };

  return {
    t,
    state,
    questions,
    current,
    progress,
    /** "idle" before the first draw, "card" with a card on show, "empty" when no question fits. */
    view: (current ? "card" : progress.total ? "idle" : "empty") as "idle" | "card" | "empty",
    canGoBack: state.position > 0,
    draw,
    back,
    toggleTheme,
    mark,
    toggleMark,
    answer,
    setAnswer,
    /** What the answer field says about keeping answers: stored with a persistKey, gone on leaving without one, the host's to say when it owns them. */
    answerHint: (persistKey ? "answerKept" : options.answers === undefined ? "answerNotKept" : undefined) as CuriosityDeckShortKey | undefined,
    note,
    setNote,
    send,
    canSend: !!onSend,
    isSending,
    status,
    announcement,
    /** Which way the last move went, for the card's animation. */
    move,
  };
}

export type CuriosityDeckState = ReturnType<typeof useCuriosityDeck>;
