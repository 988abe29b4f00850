import * as React from "react";
import { flushSync } from "react-dom";
import {
  useControllableState,
  useErrorReporter,
  useIsomorphicLayoutEffect,
  useTranslator,
  warnOnce,
  type ErrorHandler,
  type Translate,
} from "@attune/core";
import type { Message } from "@attune/core/logic";
import { createAudio, playTone } from "./audio-cues";
import {
  createSession,
  resolvePattern,
  sessionCycles,
  systemClock,
  type BreathingClock,
  type BreathingPattern,
  type BreathingSession,
  type PhaseKind,
  type PresetName,
  type ResolvedPattern,
  type SessionSnapshot,
  type SessionStatus,
} from "./engine";
import { startFrameLoop } from "./frame-loop";
import { breathingMessages, type BreathingMessageKey } from "./messages";
import { vibrateFor } from "./vibration";
import { watchHidden } from "./visibility";

/* -------------------------------------------------------------------------------------------
 * Types
 * -----------------------------------------------------------------------------------------*/

/** The session as a host sees and sets it. A countdown to a shared start counts as "running". */
export type BreathingStatus = "idle" | "running" | "paused" | "finished";
export type BreathingAnnounce = "phases" | "cycles" | "off";
export type BreathingMessages = Partial<Record<BreathingMessageKey, Message>>;

const STATUSES: readonly BreathingStatus[] = ["idle", "running", "paused", "finished"];

export interface BreathingPhaseChange {
  phase: PhaseKind;
  /** One-based number of the current cycle. */
  cycle: number;
  cycles: number;
  /** Length of the phase in seconds. */
  seconds: number;
}

export interface BreathingCycleComplete {
  /** One-based number of the cycle just finished. */
  cycle: number;
  cycles: number;
}

export interface BreathingComplete {
  /** Milliseconds actually breathed on this device (pauses not counted). */
  durationMs: number;
  /** Cycles breathed on this device. */
  cycles: number;
}

export interface UseBreathingSessionProps {
  /** A preset name or a custom pattern (durations snap to 0.25 s). @default "resonance" */
  pattern?: PresetName | BreathingPattern;
  /** Pace of the resonance preset, 4.5 to 6.5 breaths a minute. @default 6 */
  breathsPerMinute?: number;
  /** Session length in seconds, rounded up to whole cycles. @default 300 */
  duration?: number;
  /** Session length in cycles; wins over `duration`. */
  cycles?: number;
  /** Shared start, epoch milliseconds, so two partners' guides breathe in step (at most an hour ahead). */
  startAt?: number;
  /** Start on mount. Only for hosts whose person already chose to begin. @default false */
  autoStart?: boolean;
  /** The session's status (controlled): set "paused" to pause from outside, "running" to start or resume, "idle" to stop. */
  status?: BreathingStatus;
  /** The status when uncontrolled. @default "idle" */
  defaultStatus?: BreathingStatus;
  /** Called when the status changes: by a control, the page being hidden, or the end of the session. */
  onStatusChange?: (status: BreathingStatus) => void;
  /** What the screen-reader announcement says: every phase, only cycle starts, or nothing. @default "phases" */
  announce?: BreathingAnnounce;
  /** Soft tones at each phase change through Web Audio. @default false */
  sound?: boolean;
  /** A short vibration at each phase change, where the browser supports it. @default false */
  vibrate?: boolean;
  /** When the page is hidden: pause, or keep time and catch up on return. @default "pause", or "continue" with `startAt` */
  whenHidden?: "pause" | "continue";
  /** Clocks to time against (keep the object stable); pass a server-corrected `epochNow` for shared sessions. @default performance.now() and Date.now() */
  clock?: BreathingClock;
  /** Called at the start of every phase, with the phase, one-based cycle and its length. */
  onPhaseChange?: (change: BreathingPhaseChange) => void;
  /** Called after every finished cycle, including cycles passed while the page was hidden. */
  onCycleComplete?: (info: BreathingCycleComplete) => void;
  /** Called once at the end with what this device breathed (pauses not counted). */
  onComplete?: (result: BreathingComplete) => void;
  /** Called for every recoverable problem (an unusable shared start, a bad prop). */
  onError?: ErrorHandler;
  /** Replaces any of the default strings for this session's words. */
  messages?: BreathingMessages;
}

export interface BreathingSessionState {
  status: BreathingStatus;
  /** The engine's finer status: "waiting" is the countdown to a shared start, "complete" the end. */
  sessionStatus: SessionStatus;
  /** The current phase while running or paused (not during a countdown), else null. */
  phase: PhaseKind | null;
  /** Length of the current phase, ms. */
  phaseMs: number;
  /** Whole seconds left in the phase (updated once a second). */
  phaseSecondsLeft: number;
  /** Milliseconds until a shared start begins (0 otherwise). */
  waitMs: number;
  /** One-based number of the current cycle. */
  cycle: number;
  cycles: number;
  /** 0 to 1 through the session (updated once a second and at each phase). */
  progress: number;
  remainingMs: number;
  totalMs: number;
  /** Epoch milliseconds of the first breath: the start to share with a partner. Null before a start. */
  startedAt: number | null;
  /** Where in the session this device began (above 0 when it joined a shared session late). */
  joinedAtMs: number;
  pattern: ResolvedPattern;
  /** The snapshot behind the values above. */
  snapshot: SessionSnapshot;
  /** A fresh reading of the session clock, for a host's own frame loop (lung level, exact progress). */
  read: () => SessionSnapshot;
  /** The latest sentence for a polite live region ("" when nothing to say). */
  announcement: string;
  start: () => void;
  pause: () => void;
  resume: () => void;
  /** Ends the session early and goes back to idle. */
  stop: () => void;
  /** Start, pause, resume or begin again, whichever the main button means now. */
  toggle: () => void;
  /** The session's translator (messages prop, then provider, then English). */
  t: Translate<BreathingMessageKey>;
  /** Attach to the element that holds the session, so a guide inside an iframe watches that frame's visibility. */
  ref: React.RefCallback<Element>;
}

function toPublic(s: SessionStatus): BreathingStatus {
  return s === "waiting" ? "running" : s === "complete" ? "finished" : s;
}

function parseStatus(value: unknown, what: string): BreathingStatus | undefined {
  if (value === undefined) return undefined;
  if ((STATUSES as readonly unknown[]).includes(value)) return value as BreathingStatus;
  if (process.env.NODE_ENV !== "production") warnOnce(`BreathingGuide ${what} must be one of ${STATUSES.join(", ")}; got ${String(value)}. Ignoring it.`);
  return undefined;
}

/* -------------------------------------------------------------------------------------------
 * useBreathingSession
 * -----------------------------------------------------------------------------------------*/

/**
 * Everything a breathing guide does except drawing it: the session clock, the frame loop,
 * cues, announcements, visibility handling and the status triple. Render its values with
 * the Breathing parts or with your own markup.
 */
export function useBreathingSession(props: UseBreathingSessionProps = {}): BreathingSessionState {
  const {
    pattern: patternProp,
    breathsPerMinute,
    duration,
    cycles: cyclesProp,
    startAt,
    autoStart = false,
    announce = "phases",
    sound = false,
    whenHidden = startAt === undefined ? "pause" : "continue",
    clock = systemClock,
    messages,
  } = props;
  const t = useTranslator(breathingMessages, messages);
  const report = useErrorReporter(props.onError);

  // Custom patterns often arrive as inline objects: key the memo on their content.
  const patternKey = typeof patternProp === "object" && patternProp !== null ? safeKey(patternProp) : patternProp;
  const pattern = React.useMemo(
    () => resolvePattern(patternProp, breathsPerMinute),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on the pattern's content, not its identity
    [patternKey, breathsPerMinute],
  );
  const cycles = React.useMemo(() => sessionCycles(pattern, { cycles: cyclesProp, seconds: duration }), [pattern, cyclesProp, duration]);
  const session = React.useMemo<BreathingSession>(
    () =>
      createSession({
        pattern,
        cycles,
        clock,
        startAt,
        onInvalidStart: (message) => report({ code: "invalid-input", message: `BreathingGuide: ${message}` }),
      }),
    [pattern, cycles, clock, startAt, report],
  );

  const [status, setStatus] = useControllableState<BreathingStatus>({
    value: parseStatus(props.status, "status"),
    defaultValue: parseStatus(props.defaultStatus, "defaultStatus") ?? "idle",
    onChange: props.onStatusChange,
    name: "BreathingGuide status",
  });

  const [snap, setSnap] = React.useState<SessionSnapshot>(() => session.read());
  const [announcement, setAnnouncement] = React.useState("");
  // A new session (pattern, length or shared start changed) starts from idle.
  const sessionRef = React.useRef(session);
  if (sessionRef.current !== session) {
    sessionRef.current = session;
    setSnap(session.read());
  }

  const audioRef = React.useRef<AudioContext | undefined>(undefined);
  const nodeRef = React.useRef<Element | null>(null);
  // The frame loop and actions read the latest props without restarting.
  const latest = React.useRef({ props, t, announce, cycles, pattern, sound });
  latest.current = { props, t, announce, cycles, pattern, sound };

  const say = React.useCallback((key: BreathingMessageKey, params?: Record<string, string | number>) => {
    const { announce: mode, t: tr } = latest.current;
    setAnnouncement(mode === "off" ? "" : tr(key, params));
  }, []);

  /* Snapshots: re-render only when a visible value (phase, whole second, status) changes;
   * fire callbacks and cues on phase changes. */
  const lastKey = React.useRef("");
  const lastPos = React.useRef<{ cycle: number; phase: number } | null>(null);

  const onSnapshot = React.useCallback(
    (next: SessionSnapshot, sync = false) => {
      const f = next.frame;
      const key = `${next.status}|${f.cycle}|${f.phaseIndex}|${Math.ceil(f.phaseRemainingMs / 1000)}|${Math.ceil(next.waitMs / 1000)}`;
      if (key === lastKey.current) return;
      lastKey.current = key;
      const prev = lastPos.current;
      const phaseChanged = next.status === "running" && !(prev && prev.cycle === f.cycle && prev.phase === f.phaseIndex);
      // A phase change is painted in this frame, not after it: React would otherwise render
      // an update from a frame callback in a later task, one frame late.
      if (sync && phaseChanged) flushSync(() => setSnap(next));
      else setSnap(next);
      const done = next.status === "complete";
      if (done ? !prev : !phaseChanged) return;
      const { props: cb, announce: mode, t: tr, cycles: n, pattern: p } = latest.current;
      // Every finished cycle is reported, even those passed while the page was hidden.
      if (prev) for (let c = prev.cycle + 1; c <= (done ? n : f.cycle); c++) cb.onCycleComplete?.({ cycle: c, cycles: n });
      if (done) {
        lastPos.current = null;
        cb.onComplete?.({ durationMs: f.totalMs - next.joinedAtMs, cycles: n - Math.floor(next.joinedAtMs / p.cycleMs) });
        say("breathing.completeTitle");
        setStatusRef.current("finished");
        return;
      }
      lastPos.current = { cycle: f.cycle, phase: f.phaseIndex };
      const kind = f.phase.kind;
      const seconds = f.phase.ms / 1000;
      cb.onPhaseChange?.({ phase: kind, cycle: f.cycle + 1, cycles: n, seconds });
      const word = tr(`breathing.phase.${kind}`);
      const phase = mode === "phases" ? tr("breathing.announcePhase", { phase: word, count: Math.round(seconds * 100) / 100 }) : word;
      if (f.phaseIndex === 0) say("breathing.announceCycle", { cycle: f.cycle + 1, cycles: n, phase });
      else if (mode === "phases") setAnnouncement(phase);
      if (cb.sound && audioRef.current) playTone(audioRef.current, kind);
      if (cb.vibrate) vibrateFor(kind);
    },
    [say],
  );
  const setStatusRef = React.useRef(setStatus);
  setStatusRef.current = setStatus;

  const active = snap.status === "running" || snap.status === "waiting";
  React.useEffect(() => {
    if (!active) return;
    return startFrameLoop(() => {
      const next = session.read();
      onSnapshot(next, true);
      return next.status === "running" || next.status === "waiting";
    });
  }, [active, session, onSnapshot]);

  /* The status triple drives the engine: whatever set the status (a control, the host, the
   * page being hidden), the engine follows here. Only a change of the status value or of
   * the session acts, so a host that ignores "finished" does not restart the session. */
  const applied = React.useRef<{ status: BreathingStatus; session: BreathingSession } | null>(null);
  useIsomorphicLayoutEffect(() => {
    const prev = applied.current;
    applied.current = { status, session };
    if (prev && prev.status === status && prev.session === session) return;
    const engine = session.read().status;
    if (prev && prev.session !== session && prev.status === status) {
      // Same wish, new session (pattern, length or shared start changed): back to idle.
      lastPos.current = null;
      lastKey.current = "";
      if (status !== "idle") setStatusRef.current("idle");
      applied.current = { status: "idle", session };
      return;
    }
    const begin = (next: SessionSnapshot, key?: BreathingMessageKey) => {
      lastKey.current = "";
      if (key) say(key);
      onSnapshot(next);
    };
    if (status === "running") {
      if (engine === "paused") begin(session.resume(), "breathing.announceResumed");
      else if (engine === "idle" || engine === "complete") {
        lastPos.current = null;
        begin(session.start());
      }
    } else if (status === "paused") {
      if (engine === "running" || engine === "waiting") {
        const next = session.pause();
        lastKey.current = "";
        // A pause on the very last frame finds the session already complete.
        if (next.status !== "paused") onSnapshot(next);
        else {
          setSnap(next);
          say("breathing.announcePaused");
        }
      }
    } else if (status === "idle") {
      if (engine !== "idle") {
        lastPos.current = null;
        begin(session.stop(), engine === "complete" ? undefined : "breathing.announceStopped");
      }
    }
  }, [status, session, onSnapshot, say]);

  const ensureAudio = () => {
    if (!latest.current.sound) return;
    if (!audioRef.current || audioRef.current.state === "closed") audioRef.current = createAudio();
    void audioRef.current?.resume?.().catch(() => undefined);
  };

  const start = () => {
    ensureAudio();
    // From "finished", a fresh start: go through idle so the engine begins again.
    if (status === "finished" || session.read().status === "complete") {
      lastPos.current = null;
      lastKey.current = "";
      onSnapshot(session.start());
      applied.current = { status: "running", session };
    }
    setStatus("running");
  };
  const pause = () => setStatus("paused");
  const resume = () => {
    ensureAudio();
    setStatus("running");
  };
  const stop = () => setStatus("idle");
  const toggle = () => {
    const s = snap.status;
    if (s === "running" || s === "waiting") pause();
    else if (s === "paused") resume();
    else start();
  };

  // Auto start only when the host asks; StrictMode's second mount finds it already running.
  React.useEffect(() => {
    if (autoStart && session.read().status === "idle") setStatusRef.current("running");
  }, [autoStart, session]);

  // Hidden page: pause (solo default) or keep time and catch up when visible again.
  React.useEffect(() => {
    const doc = nodeRef.current?.ownerDocument ?? (typeof document === "undefined" ? undefined : document);
    if (whenHidden !== "pause" || !doc) return;
    return watchHidden(doc, () => {
      const s = session.read().status;
      if (s === "running" || s === "waiting") setStatusRef.current("paused");
    });
  }, [whenHidden, session]);

  // Close the audio context on unmount.
  React.useEffect(
    () => () => {
      void audioRef.current?.close?.().catch(() => undefined);
      audioRef.current = undefined;
    },
    [],
  );

  const ref = React.useCallback((node: Element | null) => {
    nodeRef.current = node;
  }, []);

  const f = snap.frame;
  const showPhase = (snap.status === "running" || snap.status === "paused") && !snap.waitMs;
  return {
    // What the session is doing now (a controlled status the engine has not reached yet, such
    // as "running" while the host's update is on its way, shows once it does).
    status: toPublic(snap.status),
    sessionStatus: snap.status,
    phase: showPhase ? f.phase.kind : null,
    phaseMs: f.phase.ms,
    phaseSecondsLeft: Math.ceil(f.phaseRemainingMs / 1000),
    waitMs: snap.waitMs,
    cycle: f.cycle + 1,
    cycles,
    progress: f.progress,
    remainingMs: f.remainingMs,
    totalMs: f.totalMs,
    startedAt: snap.startedAt,
    joinedAtMs: snap.joinedAtMs,
    pattern,
    snapshot: snap,
    read: session.read,
    announcement,
    start,
    pause,
    resume,
    stop,
    toggle,
    t,
    ref,
  };
}

function safeKey(pattern: object): string {
  try {
    return JSON.stringify((pattern as { phases?: unknown }).phases ?? null) ?? "";
  } catch {
    // A cyclic or otherwise unserialisable object: resolvePattern reports what it cannot use.
    return "unserialisable";
  }
}
