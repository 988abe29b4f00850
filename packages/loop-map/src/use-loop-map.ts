import * as React from "react";
import { useErrorReporter, usePersistentState, useTranslator, warnOnce, type ErrorHandler, type Message, type Translate } from "@attune/core";
import {
  LOOP_SUGGESTIONS,
  MAX_TEXT,
  answered,
  bothShared,
  canShareHalf,
  compareLoops,
  emptyHalf,
  parseLoopEntry,
  parseLoopHalf,
  type LoopAnswer,
  type LoopEntry,
  type LoopField,
  type LoopHalf,
} from "./logic";
import { loopMapMessages, type LoopMapMessageKey } from "./messages";

export type LoopMapMessages = Partial<Record<LoopMapMessageKey, Message>>;

/** Where a new step goes: a message (ReassuranceComposer) or a plan (RitualPlanner). */
export type LoopStepTarget = "composer" | "planner";

/** A new step handed to the host, in words, ready to prefill a composer or a plan. */
export interface LoopNewStep {
  /** "When I feel crowded, I'll say when I'll be back." in the reader's language. */
  text: string;
  feel: string;
  step: string;
  half: LoopHalf;
}

export interface UseLoopMapProps {
  /** My half (controlled): plain JSON, see `LoopHalf`. */
  value?: LoopHalf;
  /** My half to start from when uncontrolled. @default an empty half */
  defaultValue?: LoopHalf;
  /** Called with my whole half after every change. */
  onValueChange?: (value: LoopHalf) => void;
  /** The partner's half as it arrived (validated; shown only once both halves are shared). */
  partner?: LoopHalf;
  /** The partner's name, used in place of "my partner". */
  partnerName?: string;
  /** An earlier entry (`toLoopEntry`), to show what changed since. */
  previous?: LoopEntry;
  /** Persist my draft half under this key (through the provider's storage). Off by default. */
  persistKey?: string;
  /** Called when the person shares their half. A rejected promise is reported through onError. */
  onShare?: (half: LoopHalf) => void | Promise<void>;
  /** When set, my new step can be handed to the composer or the planner. */
  onNewStep?: (step: LoopNewStep, target: LoopStepTarget) => void | Promise<void>;
  /** The instant stamped on my half at its first change (epoch ms). @default the time of that change */
  now?: number;
  /** Called for every recoverable problem: bad data, storage, a rejected callback. */
  onError?: ErrorHandler;
  /** Overrides for any message. */
  messages?: LoopMapMessages;
}

const isHalf = (v: unknown): v is LoopHalf => parseLoopHalf(v).ok;

function checkHalf(value: unknown, name: string, problems: string[]): LoopHalf | undefined {
  if (value === undefined) return undefined;
  const r = parseLoopHalf(value);
  if (!r.ok) {
    problems.push(`LoopMap ${name}: ${r.error}`);
    return undefined;
  }
  problems.push(...r.problems.map((p) => `LoopMap ${name}: ${p}`));
  return r.value;
}

/**
 * Everything LoopMap does, without its markup: my half and the actions that change it, the
 * partner's half once both are shared, the loop's steps in words, and what to announce.
 */
export function useLoopMap(props: UseLoopMapProps) {
  const { value, defaultValue, onValueChange, partner, partnerName, previous, persistKey, onShare, onNewStep, now, onError, messages } = props;
  const t: Translate<LoopMapMessageKey> = useTranslator(loopMapMessages, messages);
  const report = useErrorReporter(onError);
  // A default is read once.
  const [initial] = React.useState(() => checkHalf(defaultValue, "defaultValue", []) ?? emptyHalf());
  const [inner, setInner, storage] = usePersistentState<LoopHalf>(initial, { widget: "loop-map", key: persistKey, validate: isHalf, onError });
  const controlled = value !== undefined;

  // Whatever arrives (props, storage, the partner) is checked; problems are reported once per value.
  const checked = React.useMemo(() => {
    const problems: string[] = [];
    const mine = checkHalf(controlled ? value : inner, controlled ? "value" : "stored half", problems) ?? emptyHalf();
    const theirs = checkHalf(partner, "partner", problems);
    let before: LoopEntry | undefined;
    if (previous !== undefined) {
      const r = parseLoopEntry(previous);
      if (r.ok) before = r.value;
      problems.push(...(r.ok ? r.problems : [r.error]).map((p) => `LoopMap previous: ${p}`));
    }
    return { mine, theirs, before, problems };
  }, [controlled, value, inner, partner, previous]);
  React.useEffect(() => {
    for (const message of checked.problems) report({ code: "invalid-data", message });
  }, [checked, report]);
  const { mine, theirs, before } = checked;

  const latest = React.useRef(mine);
  latest.current = mine;
  const nowRef = React.useRef(now);
  nowRef.current = now;
  const changeRef = React.useRef(onValueChange);
  changeRef.current = onValueChange;
  const [announcement, setAnnouncement] = React.useState("");
  const [status, setStatus] = React.useState<"idle" | "missing" | "handed">("idle");

  // Plain functions: parts call them from event handlers only, reading the latest half from a ref.
  const update = (change: Partial<LoopHalf>) => {
    let next: LoopHalf = { ...latest.current, ...change };
    // Dated by its first change, never during render (server and client agree).
    if (!next.date) {
      const n = nowRef.current;
      next = { ...next, date: typeof n === "number" && Number.isFinite(n) && Math.abs(n) <= 8.64e15 && n ? n : Date.now() };
    }
    latest.current = next;
    if (!controlled) setInner(next);
    changeRef.current?.(next);
  };
  const setAnswer = (field: LoopField, answer: LoopAnswer) => {
    const text = answer.text.slice(0, MAX_TEXT);
    const suggestion = (LOOP_SUGGESTIONS[field] as readonly string[]).includes(answer.suggestion ?? "") ? answer.suggestion : undefined;
    update({ [field]: { ...(suggestion ? { suggestion } : {}), text } });
  };

  if (process.env.NODE_ENV !== "production" && partnerName !== undefined && typeof partnerName !== "string") warnOnce("LoopMap partnerName must be text.");
  const partnerLabel = (typeof partnerName === "string" && partnerName.trim().slice(0, 60)) || t("loopMap.partner");
  const say = (field: LoopField, a: LoopAnswer | undefined): string =>
    !a ? "" : a.text.trim() || (a.suggestion ? t(`loopMap.${field}.${a.suggestion}` as LoopMapMessageKey) : "");

  const callHost = (name: string, run: () => void | Promise<void>) => {
    try {
      Promise.resolve(run()).catch((cause: unknown) => report({ code: "callback-rejected", message: `LoopMap ${name} was rejected.`, cause }));
    } catch (cause) {
      report({ code: "callback-rejected", message: `LoopMap ${name} threw.`, cause });
    }
  };

  const share = () => {
    const half = latest.current;
    if (!canShareHalf(half)) {
      setStatus("missing");
      setAnnouncement(t("loopMap.missing"));
      return false;
    }
    if (!half.shared) update({ shared: true });
    setStatus("idle");
    setAnnouncement(t("loopMap.shared"));
    if (onShare) callHost("onShare", () => onShare(latest.current));
    return true;
  };

  const newStep = (half: LoopHalf): LoopNewStep | undefined =>
    answered(half.step) && answered(half.feel)
      ? { feel: say("feel", half.feel), step: say("step", half.step), text: t("loopMap.wayOut", { feel: say("feel", half.feel), step: say("step", half.step) }), half }
      : undefined;

  const handStep = (target: LoopStepTarget) => {
    const step = newStep(latest.current);
    if (!step || !onNewStep) return;
    setStatus("handed");
    setAnnouncement(t("loopMap.handed"));
    callHost("onNewStep", () => onNewStep(step, target));
  };

  const clear = () => {
    storage.clear();
    const blank = emptyHalf();
    latest.current = blank;
    changeRef.current?.(blank);
  };

  const revealed = bothShared(mine, theirs);
  return {
    t,
    mine,
    /** The partner's half, only once both halves are shared. */
    partner: revealed ? theirs : undefined,
    revealed,
    previous: before,
    changes: before ? compareLoops(before, mine, revealed ? theirs : undefined) : undefined,
    announcement,
    status,
    partnerLabel,
    canHandStep: Boolean(onNewStep),
    say,
    newStep,
    setAnswer,
    share,
    handStep,
    clear,
  };
}

export type LoopMapState = ReturnType<typeof useLoopMap>;
