import * as React from "react";
import {
  lazyModule,
  useControllableState,
  useErrorReporter,
  usePersistentState,
  useTranslator,
  warnOnce,
  type ErrorHandler,
  type Message,
  type Translate,
} from "@attune/core";
import {
  PRACTICE_VERSION,
  buildTimeline,
  createPracticeSession,
  isSavedProgress,
  systemClock,
  validReturnAt,
  type Practice,
  type PracticeClock,
  type PracticeSnapshot,
  type PracticeStart,
  type PracticeStatus,
  type PracticeStep,
  type SavedProgress,
  type Timeline,
  type ZonedInstant,
} from "./practice";
import { checkPractices, type PracticeProblem } from "./check";
import { guidedPracticeMessages, type GuidedPracticeMessageKey } from "./messages";

export type GuidedPracticeMessages = Partial<Record<GuidedPracticeMessageKey, Message>>;
export type GuidedPracticeAnnounce = "steps" | "quiet" | "off";

export interface GuidedPracticeStepChange {
  practiceId: string;
  /** Zero-based index of the step now showing. */
  stepIndex: number;
  step: PracticeStep;
}

export interface UseGuidedPracticeOptions {
  /** Practices to offer, as JSON (Attune's own from "@attune/guided-practice/practices/en", or the host's). Bad ones are reported through onError and left out. @default [] */
  practices?: readonly unknown[];
  /** The chosen practice's id (controlled). */
  practiceId?: string;
  /** The practice chosen first when uncontrolled. @default the first valid practice */
  defaultPracticeId?: string;
  /** Called when the person chooses another practice. */
  onPracticeIdChange?: (practiceId: string) => void;
  /** idle, waiting (for a shared start), running, paused or complete (controlled: set "paused" to pause from outside). */
  status?: PracticeStatus;
  /** The status on mount when uncontrolled; "running" starts at once. @default "idle" */
  defaultStatus?: PracticeStatus;
  /** Called on every status change, whoever caused it. */
  onStatusChange?: (status: PracticeStatus) => void;
  /** Shared start, epoch milliseconds: two partners with the same value see the same step at the same moment. */
  startAt?: number;
  /** Clocks to time against (keep the object stable); pass a server-corrected `epochNow` for shared sessions. @default performance.now() and Date.now() */
  clock?: PracticeClock;
  /** The return time from a received reassurance card, shown while waiting. */
  returnAt?: ZonedInstant;
  /** What the live region says: each step's text, only the step number and pauses, or nothing. @default "steps" */
  announce?: GuidedPracticeAnnounce;
  /** Opt-in: remember where the person paused (through the provider's storage) under this key. */
  persistKey?: string;
  /** Called when a new step shows (not on pause or resume). */
  onStepChange?: (change: GuidedPracticeStepChange) => void;
  /** Called when the person begins: the JSON to send a partner so both practise from the same start. A rejected promise is reported through onError. */
  onStart?: (start: PracticeStart) => void | Promise<unknown>;
  /** Called once when the last step ends. */
  onComplete?: (info: { practiceId: string }) => void;
  /** Every recoverable problem: a bad practice, storage, a rejected onStart, audio that cannot play. */
  onError?: ErrorHandler;
  /** Replaces any of the default strings. */
  messages?: GuidedPracticeMessages;
}

export interface GuidedPracticeState {
  t: Translate<GuidedPracticeMessageKey>;
  practices: readonly Practice[];
  practice: Practice | undefined;
  setPracticeId: (id: string) => void;
  timeline: Timeline | undefined;
  snapshot: PracticeSnapshot;
  status: PracticeStatus;
  step: PracticeStep | undefined;
  /** The step waits for the person ("when you're ready"). */
  ready: boolean;
  /** The person paused here last time (restored from storage). */
  restored: boolean;
  /** The person stopped midway: "Come back whenever you like". */
  stopped: boolean;
  returnAt: ZonedInstant | undefined;
  announcement: string;
  start: () => void;
  pause: () => void;
  resume: () => void;
  /** Pause or resume (or begin), as Space does. */
  toggle: () => void;
  next: () => void;
  back: () => void;
  stop: () => void;
  report: ErrorHandler;
}

const EMPTY: readonly unknown[] = [];

function contentKey(value: unknown): unknown {
  try {
    return JSON.stringify(value);
  } catch {
    return value;
  }
}

// A broken practice's problem in words: loaded only when a host gives one.
const problemWords = /* @__PURE__ */ lazyModule(() => import("./practice-problems"));

/** Reports each broken practice through onError (with its problem in words once those have loaded). */
function reportProblems(problems: readonly PracticeProblem[], report: ErrorHandler): void {
  if (!problems.length) return;
  const say = (describe: (p: PracticeProblem) => string) => {
    for (const p of problems) report({ code: "invalid-input", message: `GuidedPractice: ${describe(p)}` });
  };
  if (problemWords.current) return say(problemWords.current.describeProblem);
  problemWords.load().then(
    (m) => say(m.describeProblem),
    // Offline or blocked: each problem is still reported, as data.
    (cause: unknown) => {
      for (const p of problems) report({ code: "invalid-input", message: `GuidedPractice: a practice was left out (${JSON.stringify(p)}).`, cause });
    },
  );
}

/** All of GuidedPractice's state and actions, for hosts that render their own markup. */
export function useGuidedPractice(options: UseGuidedPracticeOptions = {}): GuidedPracticeState {
  const { practices: input = EMPTY, startAt, clock = systemClock, announce = "steps", persistKey, messages } = options;
  const t = useTranslator(guidedPracticeMessages, messages);
  const report = useErrorReporter(options.onError);
  // The practices' words are a separate import per language, so the player ships without them.
  if (process.env.NODE_ENV !== "production" && options.practices === undefined) warnOnce('GuidedPractice: no practices given; pass some, e.g. `practices` from "@attune/guided-practice/practices/en" (or /es, /ar).');

  // Hosts often pass inline arrays: key the validation on content, not identity.
  const inputKey = contentKey(input);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const parsed = React.useMemo(() => checkPractices(input), [inputKey]);
  const reported = React.useRef("[]");
  React.useEffect(() => {
    const key = JSON.stringify(parsed.problems);
    if (key === reported.current) return;
    reported.current = key;
    reportProblems(parsed.problems, report);
  }, [parsed, report]);

  const [practiceId, setPracticeId] = useControllableState<string | undefined>({
    value: options.practiceId,
    defaultValue: options.defaultPracticeId,
    onChange: options.onPracticeIdChange as ((id: string | undefined) => void) | undefined,
    name: "GuidedPractice practiceId",
  });
  const practice = parsed.practices.find((p) => p.id === practiceId) ?? parsed.practices[0];
  if (process.env.NODE_ENV !== "production" && practiceId !== undefined && practice && practice.id !== practiceId) warnOnce(`GuidedPractice: no valid practice has the id "${practiceId}"; showing "${practice.id}".`);

  const shared = startAt !== undefined;
  const timeline = React.useMemo(() => (practice ? buildTimeline(practice, { shared }) : undefined), [practice, shared]);
  const session = React.useMemo(() => createPracticeSession({ timeline: timeline ?? { steps: [], timedMs: 0 }, clock, startAt }), [timeline, clock, startAt]);

  const [status, setStatus] = useControllableState<PracticeStatus>({
    value: options.status,
    defaultValue: options.defaultStatus ?? "idle",
    onChange: options.onStatusChange,
    name: "GuidedPractice status",
  });
  const [snap, setSnap] = React.useState<PracticeSnapshot>(() => session.read());
  const [announcement, setAnnouncement] = React.useState("");
  const [restored, setRestored] = React.useState(false);
  const [stopped, setStopped] = React.useState(false);
  const [saved, setSaved, savedMeta] = usePersistentState<SavedProgress | null>(null, {
    widget: "guided-practice",
    key: persistKey,
    validate: isSavedProgress,
    onError: options.onError,
  });

  // Callbacks and the latest props, read from the frame loop without restarting it.
  const latest = React.useRef({ options, t, announce, practice });
  latest.current = { options, t, announce, practice };

  // An announcement that repeats the last one still changes the region's text, so it is said.
  const toggleRef = React.useRef(false);
  const say = React.useCallback((text: string) => {
    if (!text) return setAnnouncement("");
    toggleRef.current = !toggleRef.current;
    setAnnouncement(toggleRef.current ? text : `${text}\u00a0`);
  }, []);

  // A new practice, clock or shared start: back to the beginning.
  const sessionRef = React.useRef(session);
  if (sessionRef.current !== session) {
    sessionRef.current = session;
    setSnap(session.read());
  }

  const lastKey = React.useRef("");
  const lastStep = React.useRef(-1);

  const onSnapshot = React.useCallback(
    (next: PracticeSnapshot, force = false) => {
      const b = next.breath;
      const key = `${next.status}|${next.stepIndex}|${next.stepRemainingMs === null ? "r" : Math.ceil(next.stepRemainingMs / 1000)}|${Math.ceil(
        next.waitMs / 1000,
      )}|${b ? `${b.cycle}.${b.phaseIndex}.${Math.ceil(b.phaseRemainingMs / 1000)}` : ""}`;
      if (key === lastKey.current && !force) return;
      lastKey.current = key;
      setSnap(next);
      setStatus(next.status);
      const { options: o, t: tr, announce: mode, practice: p } = latest.current;
      if (!p) return;
      if (next.status === "complete") {
        if (lastStep.current !== -2) {
          lastStep.current = -2;
          if (mode !== "off") say(tr("guidedPractice.announceComplete"));
          setSaved(null);
          o.onComplete?.({ practiceId: p.id });
        }
        return;
      }
      if ((next.status === "running" || next.status === "paused") && next.stepIndex !== lastStep.current) {
        lastStep.current = next.stepIndex;
        const step = p.steps[next.stepIndex]!;
        const count = p.steps.length;
        if (mode === "steps") say(tr("guidedPractice.announceStep", { step: next.stepIndex + 1, count, text: step.text }));
        else if (mode === "quiet") say(tr("guidedPractice.stepOf", { step: next.stepIndex + 1, count }));
        o.onStepChange?.({ practiceId: p.id, stepIndex: next.stepIndex, step });
        if (next.status === "running") setSaved({ version: PRACTICE_VERSION, practiceId: p.id, stepIndex: next.stepIndex, stepElapsedMs: 0 });
      }
    },
    [say, setSaved, setStatus],
  );

  const active = snap.status === "running" || snap.status === "waiting";
  React.useEffect(() => {
    if (!active) return;
    let raf = 0;
    const tick = () => {
      const next = session.read();
      onSnapshot(next);
      if (next.status === "running" || next.status === "waiting") raf = requestAnimationFrame(tick);
    };
    raf = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(raf);
  }, [active, session, onSnapshot]);

  /* Actions */

  const quietSay = React.useCallback(
    (key: GuidedPracticeMessageKey) => {
      if (latest.current.announce !== "off") say(latest.current.t(key));
    },
    [say],
  );

  const start = React.useCallback(() => {
    const p = latest.current.practice;
    if (!p) return;
    lastStep.current = -1;
    setRestored(false);
    setStopped(false);
    const next = session.start();
    onSnapshot(next, true);
    const onStart = latest.current.options.onStart;
    if (onStart) {
      const shareAt = typeof startAt === "number" && Number.isFinite(startAt) ? startAt : Math.round(clock.epochNow() - next.stepElapsedMs);
      try {
        const result = onStart({ version: PRACTICE_VERSION, practiceId: p.id, startAt: shareAt });
        if (result && typeof (result as Promise<unknown>).then === "function")
          (result as Promise<unknown>).then(undefined, (cause: unknown) => report({ code: "share", message: "GuidedPractice: onStart was rejected.", cause }));
      } catch (cause) {
        report({ code: "share", message: "GuidedPractice: onStart threw.", cause });
      }
    }
  }, [session, onSnapshot, startAt, clock, report]);

  const savePlace = React.useCallback(
    (s: PracticeSnapshot) => {
      const p = latest.current.practice;
      if (p && s.status === "paused") setSaved({ version: PRACTICE_VERSION, practiceId: p.id, stepIndex: s.stepIndex, stepElapsedMs: Math.round(s.stepElapsedMs) });
    },
    [setSaved],
  );

  const pause = React.useCallback(() => {
    const next = session.pause();
    onSnapshot(next, true);
    if (next.status === "paused") {
      quietSay("guidedPractice.announcePaused");
      savePlace(next);
    }
  }, [session, onSnapshot, quietSay, savePlace]);

  const resume = React.useCallback(() => {
    setRestored(false);
    onSnapshot(session.resume(), true);
    quietSay("guidedPractice.announceResumed");
  }, [session, onSnapshot, quietSay]);

  const stop = React.useCallback(() => {
    const wasMidway = session.read().status !== "idle" && session.read().status !== "complete";
    lastStep.current = -1;
    setRestored(false);
    onSnapshot(session.stop(), true);
    setSaved(null);
    if (wasMidway) {
      setStopped(true);
      quietSay("guidedPractice.announceStopped");
    }
  }, [session, onSnapshot, quietSay, setSaved]);

  const next = React.useCallback(() => {
    const s = session.next();
    onSnapshot(s, true);
    savePlace(s);
  }, [session, onSnapshot, savePlace]);

  const back = React.useCallback(() => {
    const s = session.back();
    if (s.stepIndex === lastStep.current) lastStep.current = -1; // the first step again: say it again
    onSnapshot(s, true);
    savePlace(s);
  }, [session, onSnapshot, savePlace]);

  const toggle = React.useCallback(() => {
    const s = session.read().status;
    if (s === "running" || s === "waiting") pause();
    else if (s === "paused") resume();
    else start();
  }, [session, pause, resume, start]);

  // A host-owned status: follow it when it asks for something the session is not doing.
  // Also starts a practice whose default status is "running". Runs again for a new session.
  const effectSession = React.useRef(session);
  React.useEffect(() => {
    const fresh = effectSession.current !== session;
    effectSession.current = session;
    const current = session.read().status;
    if (status === current) return;
    // A new practice or start while paused or finished: report the fresh idle state instead.
    if (fresh && (status === "paused" || status === "complete")) return setStatus(current);
    if (status === "running" || status === "waiting") {
      if (current === "paused") resume();
      else if (current === "idle" || current === "complete") start();
    } else if (status === "paused") {
      if (current === "running" || current === "waiting") pause();
    } else if (status === "idle") {
      if (current !== "idle") stop();
    }
    // Only a change of the requested status (or a new session) acts; actions are stable per session.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [status, session]);

  // Saved progress: once storage answers, an idle practice opens paused where it was left.
  const restoredOnce = React.useRef(false);
  React.useEffect(() => {
    if (restoredOnce.current || savedMeta.status !== "ready" || !practice) return;
    restoredOnce.current = true;
    if (!saved || saved.practiceId !== practice.id || saved.stepIndex >= practice.steps.length) return;
    if (session.read().status !== "idle") return;
    lastStep.current = saved.stepIndex;
    onSnapshot(session.seek(saved.stepIndex, saved.stepElapsedMs), true);
    setRestored(true);
  }, [savedMeta.status, saved, practice, session, onSnapshot]);

  // Nothing keeps running after unmount: the frame loop stops with its effect.
  const step = practice?.steps[snap.stepIndex];
  const returnKey = contentKey(options.returnAt);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const returnAt = React.useMemo(() => validReturnAt(options.returnAt), [returnKey]);

  return {
    t,
    practices: parsed.practices,
    practice,
    setPracticeId: (id: string) => {
      if (snap.status === "idle" || snap.status === "complete") setPracticeId(id);
    },
    timeline,
    snapshot: snap,
    status: snap.status,
    step,
    ready: snap.stepRemainingMs === null,
    restored,
    stopped: stopped && snap.status === "idle",
    returnAt,
    announcement,
    start,
    pause,
    resume,
    toggle,
    next,
    back,
    stop,
    report,
  };
}
