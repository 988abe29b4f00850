import * as React from "react";
import {
  lazyModule,
  useErrorReporter,
  usePersistentState,
  useTranslator,
  warnOnce,
  type ErrorHandler,
  type Message,
  type Translate,
} from "@attune/core";
import {
  BUILT_IN_SETS,
  FIRE_OPTIONS,
  checkAnswer,
  emptyDraft,
  leanZone,
  parseReflectionDraft,
  parseReflectionSets,
  type ReflectionAnswer,
  type ReflectionBuiltInId,
  type ReflectionDraft,
  type ReflectionSet,
  type ReflectionShare,
  type ReflectionStep,
} from "./model";
import { reflectionMessages, type ReflectionMessageKey } from "./messages";

export type ReflectionMessages = Partial<Record<ReflectionMessageKey, Message>>;

export interface UseReflectionProps {
  /** Where the person is and what they answered (controlled): plain JSON, see `ReflectionDraft`. */
  value?: ReflectionDraft;
  /** The draft to start from when uncontrolled. @default an empty draft */
  defaultValue?: ReflectionDraft;
  /** Called with the whole draft after every change. */
  onValueChange?: (value: ReflectionDraft) => void;
  /** The host's own sets, as JSON; each is checked, a bad one is reported and left out. */
  sets?: unknown;
  /** Which built-in sets to offer, in order. @default ["pull", "fire", "now"] */
  builtInSets?: readonly ReflectionBuiltInId[];
  /** Keep the draft under this key in the provider's storage. Off by default: answers stay in memory. */
  persistKey?: string;
  /** Sends the answers the person switched on, as JSON and as text. Without it there is no share button. A rejected promise is reported and nothing is lost. */
  onShare?: (share: ReflectionShare, text: string) => void | Promise<void>;
  /** What the partner shared (JSON, checked with `parseReflectionShare`); shown only once I have shared the same set. */
  partner?: unknown;
  /** Called for every recoverable problem: bad data, storage, a rejected callback. */
  onError?: ErrorHandler;
  /** Overrides for any message. */
  messages?: ReflectionMessages;
}

const ALL: readonly ReflectionBuiltInId[] = ["pull", "fire", "now"];
const isDraft = (v: unknown): v is ReflectionDraft => parseReflectionDraft(v).ok;
// How many ideas to borrow a built-in step offers (`reflection.<set>.<step>.hint1`, `hint2`, …).
const HINTS = { "reflection.pull.else": 3, "reflection.now.say": 2 } as const;

// What an open set needs loads when a set first opens (a dynamic import a host's bundler splits
// out of the first page load): the parts' answer fields, hints, share switch, summary and
// preview, and the hook's sharing: the preview and its text, the check of the partner's share
// and the reveal rule, and sending. The hook's `preview`, `previewText`, `partner` and
// `partnerWaiting` are read with it (empty until it arrives); nothing shows them, and nothing
// can be sent, before a set is open.
type SetCode = typeof import("./set-body");
export const setCode = /* @__PURE__ */ lazyModule((): Promise<SetCode> => import("./set-body"));

const notYet = () => undefined;

/**
 * The code an open set needs: loaded while `what` (the part that needs it, in words) shows. A
 * failed load goes to onError as "load-failed" and is tried again the next time something else
 * needs it; the question, Back, Next and leave keep working meanwhile. What has arrived is read
 * while `what` shows, or `always` (its arrival re-renders nothing else). As core's
 * useLazyModule: a server render and the hydrating render see nothing loaded.
 */
export function useSetCode(what: string | false | undefined, report: ErrorHandler, always?: boolean): SetCode | undefined {
  const code = React.useSyncExternalStore(setCode.subscribe, () => (always || what ? setCode.current : undefined), notYet);
  React.useEffect(() => {
    if (code || !what) return;
    let live = true;
    setCode.load().catch((cause: unknown) => {
      if (live) report({ code: "load-failed", message: `Reflection could not load ${what}; Back and leave still work.`, cause });
    });
    return () => {
      live = false;
    };
  }, [code, what, report]);
  return code;
}

/** The built-in sets in the person's language. */
function builtIn(t: Translate<ReflectionMessageKey>, ids: readonly ReflectionBuiltInId[]): ReflectionSet[] {
  return BUILT_IN_SETS.filter((s) => ids.includes(s.id)).map((s) => ({
    id: s.id,
    title: t(`reflection.${s.id}.title`),
    intro: t(`reflection.${s.id}.intro`),
    steps: s.steps.map(([id, kind]): ReflectionStep => {
      const key = `reflection.${s.id}.${id}` as const;
      const step: ReflectionStep = { id, kind, prompt: t(`${key}.prompt` as ReflectionMessageKey), help: t(`${key}.help` as ReflectionMessageKey) };
      if (key === "reflection.fire.need") step.options = FIRE_OPTIONS.map((o) => ({ id: o, label: t(`${key}.${o}`) }));
      const hints = HINTS[key as keyof typeof HINTS];
      if (hints) step.hints = Array.from({ length: hints }, (_, i) => t(`${key}.hint${i + 1}` as ReflectionMessageKey));
      return step;
    }),
  }));
}

/**
 * Everything Reflection does, without its markup: the sets, where the person is, their
 * answers and share switches, what would be sent, and the partner's answers once both shared.
 */
export function useReflection(props: UseReflectionProps) {
  const { value, defaultValue, onValueChange, sets: hostSets, builtInSets = ALL, persistKey, onShare, partner, onError, messages } = props;
  const t: Translate<ReflectionMessageKey> = useTranslator(reflectionMessages, messages);
  const report = useErrorReporter(onError);

  const initial = React.useMemo(() => checked(defaultValue), []); // eslint-disable-line react-hooks/exhaustive-deps -- a default is read once
  const [inner, setInner, storage] = usePersistentState<ReflectionDraft>(initial.value, { widget: "reflection", key: persistKey, validate: isDraft, onError });

  const controlled = value !== undefined;
  const current = React.useMemo(() => (controlled ? checked(value) : { value: inner, problem: undefined }), [controlled, value, inner]);
  const draft = current.value;

  const ids = Array.isArray(builtInSets) ? builtInSets.filter((id) => ALL.includes(id)) : ALL;
  if (process.env.NODE_ENV !== "production" && ids !== ALL && ids.length !== builtInSets.length) warnOnce("Reflection builtInSets: unknown ids were left out.");
  const idKey = ids.join();
  const own = React.useMemo(() => builtIn(t, ids), [t, idKey]); // eslint-disable-line react-hooks/exhaustive-deps -- ids is read through idKey
  const host = React.useMemo(
    () => (hostSets === undefined ? { sets: [], errors: [] } : parseReflectionSets(hostSets, ids)),
    [hostSets, idKey], // eslint-disable-line react-hooks/exhaustive-deps -- ids is read through idKey
  );
  const sets = React.useMemo(() => [...own, ...host.sets], [own, host]);

  React.useEffect(() => {
    if (current.problem) report({ code: "invalid-data", message: `Reflection value: ${current.problem}` });
  }, [current, report]);
  React.useEffect(() => {
    for (const error of host.errors) report({ code: "invalid-data", message: `Reflection ${error}` });
  }, [host, report]);

  const latest = React.useRef(draft);
  latest.current = draft;
  const onChangeRef = React.useRef(onValueChange);
  onChangeRef.current = onValueChange;
  const [announcement, setAnnouncement] = React.useState("");
  // (The order the API report prints the union in.)
  const [status, setStatus] = React.useState<"shared" | "idle" | "sending" | "failed" | "cleared">("idle");
  // Bumped on every move between steps, so the parts move focus after a person's action only.
  const [moves, setMoves] = React.useState(0);

  const update = (change: (d: ReflectionDraft) => ReflectionDraft) => {
    const next = change(latest.current);
    if (next === latest.current) return;
    latest.current = next;
    setInner(next);
    onChangeRef.current?.(next);
  };

  const active = sets.find((s) => s.id === draft.active);
  const total = active?.steps.length ?? 0;
  const position = active ? Math.min(draft.positions[active.id] ?? 0, total) : 0;
  const step = active && position < total ? active.steps[position] : undefined;
  const answers = (active && draft.answers[active.id]) || {};
  // Loaded while a set is open; the preview and the partner's share are read with it.
  const code = useSetCode(active && (step ? "the answer field" : "the summary"), report);
  const partnerShare = React.useMemo(() => (code && partner != null ? code.parseReflectionShare(partner) : undefined), [code, partner]);
  React.useEffect(() => {
    if (partnerShare && !partnerShare.ok) report({ code: "invalid-data", message: `Reflection partner: ${partnerShare.error}` });
  }, [partnerShare, report]);

  const goTo = (index: number) => {
    const set = sets.find((s) => s.id === latest.current.active);
    if (!set) return;
    const to = Math.max(0, Math.min(index, set.steps.length));
    update((d) => ({ ...d, positions: { ...d.positions, [set.id]: to } }));
    setMoves((m) => m + 1);
    setStatus("idle");
    const s = set.steps[to];
    setAnnouncement(s ? t("reflection.announceStep", { step: to + 1, total: set.steps.length, prompt: s.prompt }) : t("reflection.summary"));
  };

  const start = (setId: string) => {
    const set = sets.find((s) => s.id === setId);
    if (!set) return;
    update((d) => ({ ...d, active: setId }));
    goTo(Math.min(latest.current.positions[setId] ?? 0, set.steps.length));
  };

  const leave = () => {
    update((d) => ({ ...d, active: null }));
    setMoves((m) => m + 1);
    setAnnouncement(persistKey ? t("reflection.leftSaved") : "");
  };

  const setAnswer = (stepId: string, input: unknown) => {
    const set = sets.find((s) => s.id === latest.current.active);
    const target = set?.steps.find((s) => s.id === stepId);
    const checkedValue = target && checkAnswer(target, input);
    if (!set || checkedValue === undefined) return;
    update((d) => {
      const mine = d.answers[set.id] ?? {};
      return { ...d, answers: { ...d.answers, [set.id]: { ...mine, [stepId]: { shared: false, ...mine[stepId], value: checkedValue } } } };
    });
  };

  const toggleShare = (stepId: string) => {
    const setId = latest.current.active;
    const answer = setId ? latest.current.answers[setId]?.[stepId] : undefined;
    if (!setId || !answer) return;
    update((d) => ({ ...d, answers: { ...d.answers, [setId]: { ...d.answers[setId], [stepId]: { ...answer, shared: !answer.shared } } } }));
  };

  const leanText = (v: number) => t(`reflection.lean.${leanZone(v)}`, { value: v });
  // What would be sent, and the partner's answers once both shared (see `sharing`).
  const sharing = code && active ? code.sharing(active, answers, draft.sent, partnerShare, leanText) : undefined;

  // Sending happens only from an open set, with its preview: the code loads with the set.
  const share = () => {
    if (sharing) code!.send({ onShare, sharing, setStatus, setAnnouncement, update, t, report });
  };

  const clear = () => {
    storage.clear();
    const empty = emptyDraft();
    latest.current = empty;
    onChangeRef.current?.(empty);
    setStatus("cleared");
    setAnnouncement(t("reflection.cleared"));
  };

  return {
    t,
    sets,
    setsErrors: host.errors,
    draft,
    active,
    step,
    position,
    total,
    answers,
    announcement,
    status,
    moves,
    canShare: Boolean(onShare),
    persisted: Boolean(persistKey),
    preview: sharing?.preview,
    previewText: sharing ? sharing.previewText : "",
    partner: sharing?.partner,
    partnerWaiting: !!sharing?.partnerWaiting,
    leanText,
    report,
    start,
    leave,
    goTo,
    back: () => goTo(position - 1),
    next: () => goTo(position + 1),
    setAnswer,
    toggleShare,
    share,
    clear,
  };
}

export type ReflectionState = ReturnType<typeof useReflection>;
export type { ReflectionAnswer };

function checked(value: unknown): { value: ReflectionDraft; problem?: string } {
  if (value === undefined) return { value: emptyDraft() };
  const parsed = parseReflectionDraft(value);
  return parsed.ok ? { value: parsed.value } : { value: emptyDraft(), problem: parsed.error };
}
