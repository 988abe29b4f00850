import * as React from "react";
import { useErrorReporter, usePersistentState, useTranslator, warnOnce, type ErrorHandler, type Message, type Translate } from "@attune/core";
import {
  BUILT_IN_SETS,
  FIRE_OPTIONS,
  buildShare,
  checkAnswer,
  emptyDraft,
  leanZone,
  parseReflectionDraft,
  parseReflectionSets,
  parseReflectionShare,
  shareToText,
  type ReflectionAnswer,
  type ReflectionBuiltInId,
  type ReflectionDraft,
  type ReflectionSet,
  type ReflectionShare,
  type ReflectionStep,
} from "./logic";
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
    () => (hostSets === undefined ? { sets: [], errors: [] } : parseReflectionSets(hostSets, own.map((s) => s.id))),
    [hostSets, own],
  );
  const sets = React.useMemo(() => [...own, ...host.sets], [own, host]);
  const partnerShare = React.useMemo(() => (partner === undefined || partner === null ? undefined : parseReflectionShare(partner)), [partner]);

  React.useEffect(() => {
    if (current.problem) report({ code: "invalid-data", message: `Reflection value: ${current.problem}` });
  }, [current, report]);
  React.useEffect(() => {
    for (const error of host.errors) report({ code: "invalid-data", message: `Reflection ${error}` });
  }, [host, report]);
  React.useEffect(() => {
    if (partnerShare && !partnerShare.ok) report({ code: "invalid-data", message: `Reflection partner: ${partnerShare.error}` });
  }, [partnerShare, report]);

  const latest = React.useRef(draft);
  latest.current = draft;
  const onChangeRef = React.useRef(onValueChange);
  onChangeRef.current = onValueChange;
  const [announcement, setAnnouncement] = React.useState("");
  const [status, setStatus] = React.useState<"idle" | "sending" | "shared" | "failed" | "cleared">("idle");
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
  const preview = active ? buildShare(active, answers) : undefined;
  const previewText = preview ? shareToText(preview, leanText) : "";

  const share = () => {
    if (!onShare || !active || !preview || !preview.answers.length) return;
    const setId = active.id;
    const done = () => {
      setStatus("shared");
      setAnnouncement(t("reflection.shared"));
      update((d) => (d.sent.includes(setId) ? d : { ...d, sent: [...d.sent, setId] }));
    };
    const fail = (cause: unknown) => {
      setStatus("failed");
      setAnnouncement(t("reflection.shareFailed"));
      report({ code: "callback-rejected", message: "Reflection onShare failed.", cause });
    };
    try {
      const result = onShare(preview, previewText);
      if (result && typeof result.then === "function") {
        setStatus("sending");
        result.then(done, fail);
      } else done();
    } catch (cause) {
      fail(cause);
    }
  };

  const clear = () => {
    storage.clear();
    const empty = emptyDraft();
    latest.current = empty;
    onChangeRef.current?.(empty);
    setStatus("cleared");
    setAnnouncement(t("reflection.cleared"));
  };

  // The spectrum's reveal rule: the partner's answers show only once I have shared this set too.
  const partnerValue = partnerShare?.ok && active && partnerShare.value.setId === active.id ? partnerShare.value : undefined;
  const iShared = !!active && draft.sent.includes(active.id);

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
    preview,
    previewText,
    partner: iShared ? partnerValue : undefined,
    partnerWaiting: !iShared && !!partnerValue,
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
