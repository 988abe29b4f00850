import * as React from "react";
import {
  lazyModule,
  useAttune,
  useLazyModule,
  useControllableState,
  useErrorReporter,
  useTranslator,
  warnOnce,
  type ErrorHandler,
  type Message,
  type Translate,
} from "@attune/core";
import { MAX_PHASE_SECONDS, STEP_SECONDS, presetPattern, snapSeconds } from "@attune/breathing/engine";
import {
  SHARED_READY_SECONDS,
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
import { idleMessages, type GuidedPracticeMessageKey } from "./messages";

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
  if (problemWords.current) return problemWords.current.reportProblems(problems, report);
  problemWords.load().then(
    (m) => m.reportProblems(problems, report),
    // Offline or blocked: each problem is still reported, as data.
    (cause: unknown) => {
      for (const p of problems) report({ code: "invalid-input", message: `GuidedPractice: a practice was left out (${JSON.stringify(p)}).`, cause });
    },
  );
}

/* -------------------------------------------------------------------------------------------
 * The running session: loaded on first need
 * -----------------------------------------------------------------------------------------*/

// What a running session needs (the session clock, the breath timing, the frame loop, the
// actions' work and the parts that show a session) is a dynamic import a host's bundler splits
// out of the first load. Reaching for Begin (pointer over it, focus, pointer down) starts the
// load; a session that must run at once (a running status, a shared start, saved progress)
// loads it on mount. An action taken before it arrives waits for it and keeps its moment: a
// start pressed while loading is timed from the press.
type SessionModule = typeof import("./session");
type SessionDriver = ReturnType<SessionModule["driveSession"]>;
export const sessionCode = /* @__PURE__ */ lazyModule((): Promise<SessionModule> => import("./session"));

// Saved progress (a host opts in with persistKey) has its own code, loaded at mount when a key
// is given; a host without persistence never downloads it.
const progressCode = /* @__PURE__ */ lazyModule(() => import("./persist"));

/** Starts loading what a running session needs (reaching for Begin does this too). */
export const preloadGuidedPracticeSession = (): Promise<unknown> => sessionCode.load();
// A failure here is reported when a session needs the code.
export const warmSession = (): void => void sessionCode.load().catch(() => {});

export type SessionAction = "start" | "pause" | "resume" | "toggle" | "next" | "back" | "stop";

/** The hook's state and callbacks, for the session code (one object per hook, kept current). */
export interface SessionHost {
  options: UseGuidedPracticeOptions;
  t: Translate<GuidedPracticeMessageKey>;
  announce: GuidedPracticeAnnounce;
  practice: Practice | undefined;
  report: ErrorHandler;
  lastKey: string;
  lastStep: number;
  say: (text: string) => void;
  setSnap: (s: PracticeSnapshot) => void;
  setStatus: (s: PracticeStatus) => void;
  /** Saves progress (null: nothing to resume); until the saved-progress code is here, keeps the latest in `pending`. */
  setSaved: (s: SavedProgress | null) => void;
  pending?: SavedProgress | null;
  /** What storage held when it answered (null: nothing to resume). */
  found: (s: SavedProgress | null) => void;
  setRestored: (v: boolean) => void;
  setStopped: (v: boolean) => void;
}

/** Internal: what the player's parts read besides the public state. */
export interface PlayerState extends GuidedPracticeState {
  /** A start waits for the session code. */
  starting: boolean;
  /** The session code could not load (reported; Begin tries again). */
  failed: boolean;
}

// The idle state of a timeline, as the session clock reads it before a start.
const idleSnapshot = (timeline: Timeline | undefined): PracticeSnapshot => ({
  status: "idle",
  stepIndex: 0,
  stepElapsedMs: 0,
  stepRemainingMs: timeline?.steps[0]?.ms ?? null,
  remainingMs: timeline?.timedMs ?? 0,
  progress: 0,
  waitMs: 0,
});

/**
 * A validated practice's timeline without the breathing patterns resolved: the same lengths
 * as `buildTimeline` (a breathing step lasts whole breaths, rounded up; a shared session gives
 * "when you're ready" steps a fixed length) from the patterns' phase lengths alone.
 */
export function stepLengths(practice: Practice, shared: boolean): Timeline {
  let timedMs = 0;
  const steps = practice.steps.map(({ seconds = shared ? SHARED_READY_SECONDS : undefined, breathing }, index) => {
    let ms = seconds === undefined ? null : Math.round(seconds * 1000);
    if (breathing !== undefined && seconds !== undefined) {
      // A preset's phases as they are; a step's own phases on the engine's 0.25 s grid, at most 60 s.
      let cycleMs = 0;
      for (const p of typeof breathing === "string" ? presetPattern(breathing).phases : breathing.phases)
        cycleMs += (typeof breathing === "string" ? p.seconds : Math.min(MAX_PHASE_SECONDS, Math.max(STEP_SECONDS, snapSeconds(p.seconds)))) * 1000;
      // The engine's sessionCycles for a checked length (1800 s at most, well under its 2-hour cap).
      ms = Math.max(1, Math.ceil((seconds * 1000) / cycleMs - 1e-9)) * cycleMs;
    }
    if (ms !== null) timedMs += ms;
    return { index, ms };
  });
  return { steps, timedMs };
}
const isActive = (s: PracticeStatus) => s === "running" || s === "waiting";

/** All of GuidedPractice's state and actions, for hosts that render their own markup. */
export function useGuidedPractice(options: UseGuidedPracticeOptions = {}): GuidedPracticeState {
  const { practices: input = EMPTY, startAt, clock = systemClock, announce = "steps", persistKey, messages } = options;
  const code = useLazyModule(sessionCode);
  // Before the session code is here, only the idle player's words are (a session's come with it).
  const t = useTranslator((code?.messages ?? idleMessages) as Record<GuidedPracticeMessageKey, Message>, messages);
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
  // The steps' lengths, for the summary; the session's full timeline (with each breathing
  // pattern resolved) comes with its code.
  const lengths = React.useMemo(() => (practice ? stepLengths(practice, shared) : undefined), [practice, shared]);
  // A new practice, clock or shared start is a new session (back to the beginning); the session
  // itself exists once its code is here.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- a new object for each new session
  const key = React.useMemo(() => ({}), [lengths, clock, startAt]);
  // Callbacks and the latest props, read by the session code without restarting its frame loop.
  const hostRef = React.useRef<SessionHost | null>(null);
  const host = (hostRef.current ??= {
    lastKey: "",
    lastStep: -1,
    setSaved(s) {
      this.pending = s;
    },
  } as SessionHost);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const session: SessionDriver | undefined = React.useMemo(() => code?.driveSession(host, practice, shared, clock, startAt), [code, key]);
  const timeline = session ? session.timeline : lengths;

  const [status, setStatus] = useControllableState<PracticeStatus>({
    value: options.status,
    defaultValue: options.defaultStatus ?? "idle",
    onChange: options.onStatusChange,
    name: "GuidedPractice status",
  });
  const [snap, setSnap] = React.useState<PracticeSnapshot>(() => session?.read() ?? idleSnapshot(timeline));
  const [announcement, setAnnouncement] = React.useState("");
  const [restored, setRestored] = React.useState(false);
  const [stopped, setStopped] = React.useState(false);
  const [starting, setStarting] = React.useState(false);
  const [failed, setFailed] = React.useState(false);
  // What storage held (undefined: not asked, or not answered yet).
  const [saved, setFound] = React.useState<SavedProgress | null>();

  // An announcement that repeats the last one still changes the region's text, so it is said.
  const toggleRef = React.useRef(false);
  const say = React.useCallback((text: string) => {
    if (!text) return setAnnouncement("");
    toggleRef.current = !toggleRef.current;
    setAnnouncement(toggleRef.current ? text : `${text}\u00a0`);
  }, []);

  Object.assign(host, { options, t, announce, practice, report, say, setSnap, setStatus, found: setFound, setRestored, setStopped });

  // A new practice, clock or shared start (or the session code arriving): the session's own state.
  const sessionRef = React.useRef(session);
  const keyRef = React.useRef(key);
  if (sessionRef.current !== session || keyRef.current !== key) {
    sessionRef.current = session;
    keyRef.current = key;
    setSnap(session ? session.read() : idleSnapshot(timeline));
  }

  // Actions taken before the code is here, with the moment each was taken.
  const queue = React.useRef<Array<[SessionAction, number, number]>>([]);
  const live = React.useRef(true);
  React.useEffect(() => {
    live.current = true;
    return () => void (live.current = false);
  }, []);

  const need = React.useCallback(() => {
    setFailed(false);
    sessionCode.load().then(undefined, (cause: unknown) => {
      if (!live.current) return;
      queue.current = [];
      setStarting(false);
      setFailed(true);
      const h = hostRef.current!;
      if (h.announce !== "off") h.say(h.t("guidedPractice.loadFailed"));
      h.report({ code: "load-failed", message: "GuidedPractice: the session's code could not load; Begin tries again.", cause });
    });
  }, []);

  const act = (name: SessionAction) => () => {
    const s = sessionRef.current;
    if (s) return s.act(name);
    if (name === "start" || name === "toggle") {
      // One start is waiting already: the press that asked for it keeps its moment.
      if (!host.practice || queue.current.some(([a]) => a === "start" || a === "toggle")) return;
      setStarting(true);
    }
    const c = host.options.clock ?? systemClock;
    queue.current.push([name, c.now(), c.epochNow()]);
    need();
  };
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const actions = React.useMemo(() => ({ start: act("start"), pause: act("pause"), resume: act("resume"), toggle: act("toggle"), next: act("next"), back: act("back"), stop: act("stop") }), []);

  // The frame loop, while running or counting down; it stops with the effect (and on unmount).
  const active = isActive(snap.status);
  React.useEffect(() => (active && session ? session.loop() : undefined), [active, session]);

  // A host-owned status: follow it when it asks for something the session is not doing.
  // Also starts a practice whose default status is "running". Runs again for a new session.
  const effectKey = React.useRef(key);
  React.useEffect(() => {
    const fresh = effectKey.current !== key;
    effectKey.current = key;
    const current = session ? session.read().status : "idle";
    if (status === current) return;
    // A new practice or start while paused or finished: report the fresh idle state instead.
    if (fresh && (status === "paused" || status === "complete")) return setStatus(current);
    if (session) session.follow(status, current);
    else if (isActive(status)) need();
    // Only a change of the requested status (or a new session) acts; actions are stable per session.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [status, session]);

  // The code has arrived: what was asked for meanwhile happens now, in order (after the status above).
  React.useEffect(() => {
    if (!session || !queue.current.length) return;
    const waiting = queue.current;
    queue.current = [];
    setStarting(false);
    for (const [name, at, epochAt] of waiting) session.act(name, at, epochAt);
  }, [session]);

  // A shared start is usually joined soon: have the code ready.
  React.useEffect(() => {
    if (startAt !== undefined) warmSession();
  }, [startAt]);

  // Saved progress, when the host opts in: read through the provider's storage after mount.
  const adapter = useAttune().storage;
  React.useEffect(() => {
    if (!persistKey) return;
    let live = true;
    let stop: (() => void) | undefined;
    progressCode.load().then(
      (m) => {
        if (live) stop = m.keepProgress(hostRef.current!, `attune:guided-practice:${persistKey}`, adapter);
      },
      (cause: unknown) => {
        if (live) report({ code: "storage-unavailable", message: "GuidedPractice: could not load the code that saves progress; the practice runs without it.", cause });
      },
    );
    return () => {
      live = false;
      stop?.();
    };
  }, [persistKey, adapter, report]);

  // Once storage answers, an idle practice opens paused where it was left.
  const restoredOnce = React.useRef(false);
  React.useEffect(() => {
    if (restoredOnce.current || saved === undefined || !practice) return;
    if (saved && saved.practiceId === practice.id && saved.stepIndex < practice.steps.length) {
      if (!session) return need();
      session.restore(saved);
    }
    restoredOnce.current = true;
  }, [saved, practice, session, need]);

  const step = practice?.steps[snap.stepIndex];
  const returnKey = contentKey(options.returnAt);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const returnAt = React.useMemo(() => validReturnAt(options.returnAt), [returnKey]);

  const state: PlayerState = {
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
    ...actions,
    report,
    starting,
    failed,
  };
  return state;
}
