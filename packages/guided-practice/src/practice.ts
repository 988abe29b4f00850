// The guided practice player's logic: practice data and a session clock ("./check" holds the
// validator's rules; "./logic" is the public entry with them all). No React, no DOM, no
// timers: every answer is computed from a monotonic clock reading and the current step's
// exact start, so a late frame never pushes later steps back (no drift).
import { validZonedTime, warnOnce, type ZonedTime } from "@attune/core/logic";
import {
  frameAt,
  resolvePattern,
  sessionCycles,
  systemClock,
  type BreathingClock,
  type BreathingFrame,
  type BreathingPattern,
  type PresetName,
  type ResolvedPattern,
} from "@attune/breathing/engine";
import { LIMITS, PRACTICE_VERSION, isObject, isSafeAudioUrl } from "./check";

/* -------------------------------------------------------------------------------------------
 * Practice data (the JSON a host brings)
 * -----------------------------------------------------------------------------------------*/

export { PRACTICE_VERSION };

export interface PracticeStep {
  /** What the step says; shown large and announced once. Plain text, never HTML. */
  text: string;
  /** How long the step lasts, in seconds. Left out: the step waits until the person continues ("when you're ready"). */
  seconds?: number;
  /** A breathing pattern for the step (a preset name or phases); the step then lasts whole breaths. */
  breathing?: PresetName | BreathingPattern;
  /** The host's own recording for the step, played by a plain audio element (http(s), blob: or a relative URL). */
  audio?: string;
}

export interface Practice {
  version: typeof PRACTICE_VERSION;
  /** Stable id, e.g. "holding-both"; used for sharing a start and for saved progress. */
  id: string;
  title: string;
  /** One or two sentences about what the practice is for. */
  description?: string;
  /** BCP 47 language of the texts, when it may differ from the page's. */
  lang?: string;
  steps: readonly PracticeStep[];
}

/** What two partners exchange to practise together: the same practice from the same instant. */
export interface PracticeStart {
  version: typeof PRACTICE_VERSION;
  practiceId: string;
  /** Shared start, epoch milliseconds. */
  startAt: number;
}

/** A time a person chose in a place: core's `ZonedTime` (`{ at, timeZone }`, `at` an ISO instant). */
export type ZonedInstant = ZonedTime;

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: string };

/** In a shared session a "when you're ready" step lasts this long, so both partners stay on one timeline. */
export const SHARED_READY_SECONDS = 30;

export { LIMITS, isSafeAudioUrl };

/** Checks the start JSON one partner sends the other. */
export function parsePracticeStart(value: unknown): ParseResult<PracticeStart> {
  if (!isObject(value)) return { ok: false, error: "a practice start must be an object" };
  if (value.version !== PRACTICE_VERSION) return { ok: false, error: `version must be ${PRACTICE_VERSION}` };
  if (typeof value.practiceId !== "string" || !/^[\w.:-]{1,64}$/.test(value.practiceId)) return { ok: false, error: "practiceId must be a practice id" };
  if (typeof value.startAt !== "number" || !Number.isFinite(value.startAt) || Math.abs(value.startAt) > 8.64e15)
    return { ok: false, error: "startAt must be epoch milliseconds" };
  return { ok: true, value: { version: PRACTICE_VERSION, practiceId: value.practiceId, startAt: value.startAt } };
}

/** A usable return time, or undefined (with a development warning) for anything else. */
export function validReturnAt(value: unknown): ZonedInstant | undefined {
  if (value === undefined) return undefined;
  const zoned = validZonedTime(value);
  if (zoned) return zoned;
  if (process.env.NODE_ENV !== "production") warnOnce("GuidedPractice: returnAt needs core's ZonedTime { at, timeZone }; not showing a return time.");
  return undefined;
}

/* -------------------------------------------------------------------------------------------
 * Timeline
 * -----------------------------------------------------------------------------------------*/

export interface TimedStep {
  index: number;
  /** Length in ms, or null for "when you're ready". */
  ms: number | null;
  breathing?: ResolvedPattern;
}

export interface Timeline {
  steps: readonly TimedStep[];
  /** Sum of the timed steps, ms. */
  timedMs: number;
}

/**
 * Step lengths in ms. A breathing step lasts whole breaths (rounded up, as the breathing
 * guide does) so it never ends mid-breath. In a shared session "when you're ready" steps
 * get a fixed length so both partners stay on one timeline.
 */
export function buildTimeline(practice: Practice, options: { shared?: boolean } = {}): Timeline {
  let timedMs = 0;
  const steps = practice.steps.map((s, index): TimedStep => {
    const seconds = s.seconds ?? (options.shared ? SHARED_READY_SECONDS : undefined);
    let ms: number | null = seconds === undefined ? null : Math.round(seconds * 1000);
    let breathing: ResolvedPattern | undefined;
    if (s.breathing !== undefined) {
      breathing = resolvePattern(s.breathing);
      if (seconds !== undefined) ms = sessionCycles(breathing, { seconds }) * breathing.cycleMs;
    }
    if (ms !== null) timedMs += ms;
    return breathing ? { index, ms, breathing } : { index, ms };
  });
  return { steps, timedMs };
}

/** About how many whole minutes the timed steps take (at least 1). */
export function practiceMinutes(timeline: Timeline): number {
  return Math.max(1, Math.round(timeline.timedMs / 60000));
}

/* -------------------------------------------------------------------------------------------
 * Session clock
 * -----------------------------------------------------------------------------------------*/

export type PracticeStatus = "idle" | "waiting" | "running" | "paused" | "complete";

export interface PracticeSnapshot {
  status: PracticeStatus;
  stepIndex: number;
  /** How long the current step has run, ms (pauses not counted). */
  stepElapsedMs: number;
  /** Until the step ends, ms; null for "when you're ready". */
  stepRemainingMs: number | null;
  /** Time left in the timed steps from here, ms. */
  remainingMs: number;
  /** 0 to 1 through the practice: by time, or by steps when nothing is timed. */
  progress: number;
  /** Milliseconds until a shared start in the future begins (0 otherwise). */
  waitMs: number;
  /** Where the breath is, for a step with a breathing pattern. */
  breath?: BreathingFrame;
}

export interface PracticeSession {
  start(): PracticeSnapshot;
  pause(): PracticeSnapshot;
  resume(): PracticeSnapshot;
  stop(): PracticeSnapshot;
  /** Skip ahead: the next step, or the end after the last. */
  next(): PracticeSnapshot;
  /** The previous step from its beginning (the first step restarts). */
  back(): PracticeSnapshot;
  /** Puts the session paused at a step and time (restoring saved progress). */
  seek(stepIndex: number, stepElapsedMs: number): PracticeSnapshot;
  read(): PracticeSnapshot;
}

export interface PracticeSessionOptions {
  timeline: Timeline;
  clock?: BreathingClock;
  /**
   * Shared start, epoch milliseconds, the same on both partners' devices. In the future the
   * session counts down to it; in the past it joins at the matching step and moment. A
   * shared practice that is already over starts from the beginning now.
   */
  startAt?: number;
}

export { systemClock, type BreathingClock as PracticeClock };

/**
 * A practice driven by a monotonic clock. `read()` may be called as often as the host
 * likes (every animation frame); each answer depends only on the clock.
 */
export function createPracticeSession({ timeline, clock = systemClock, startAt }: PracticeSessionOptions): PracticeSession {
  const steps = timeline.steps;
  const last = steps.length - 1;
  let mode: "idle" | "active" | "paused" | "complete" = "idle";
  let index = 0;
  // Monotonic time at which the current step began (while active); its elapsed time at a pause.
  let anchor = 0;
  let frozen = 0;

  const laterMs = (from: number) => {
    let sum = 0;
    for (let i = from; i < steps.length; i++) sum += steps[i]!.ms ?? 0;
    return sum;
  };

  const snapshot = (elapsed: number): PracticeSnapshot => {
    const status: PracticeStatus = mode === "active" ? (elapsed < 0 ? "waiting" : "running") : mode;
    const step = steps[index];
    const within = Math.max(0, elapsed);
    const stepMs = step?.ms ?? null;
    const stepRemainingMs = stepMs === null ? null : mode === "complete" ? 0 : Math.max(0, stepMs - within);
    const remainingMs = mode === "complete" ? 0 : (stepRemainingMs ?? 0) + laterMs(index + 1);
    const progress =
      mode === "complete" ? 1 : timeline.timedMs > 0 ? (timeline.timedMs - remainingMs) / timeline.timedMs : steps.length ? index / steps.length : 0;
    let breath: BreathingFrame | undefined;
    if (step?.breathing) {
      const p = step.breathing;
      // A "when you're ready" breathing step breathes on until the person continues.
      const cycles = stepMs === null ? Math.floor(within / p.cycleMs) + 1 : Math.max(1, Math.round(stepMs / p.cycleMs));
      breath = frameAt(p, cycles, mode === "complete" ? cycles * p.cycleMs : within);
    }
    const snap: PracticeSnapshot = {
      status,
      stepIndex: index,
      stepElapsedMs: stepMs === null ? within : Math.min(stepMs, within),
      stepRemainingMs,
      remainingMs,
      progress: Math.min(1, Math.max(0, progress)),
      waitMs: elapsed < 0 ? -elapsed : 0,
    };
    if (breath) snap.breath = breath;
    return snap;
  };

  const read = (): PracticeSnapshot => {
    if (mode === "active") {
      const now = clock.now();
      // Each step starts exactly where the one before ended, not when a frame noticed it.
      for (let ms = steps[index]?.ms ?? null; ms !== null && now - anchor >= ms; ms = steps[index]?.ms ?? null) {
        if (index >= last) {
          mode = "complete";
          return snapshot(ms);
        }
        anchor += ms;
        index++;
      }
      return snapshot(now - anchor);
    }
    return snapshot(mode === "paused" ? frozen : mode === "complete" ? (steps[index]?.ms ?? 0) : 0);
  };

  // read() may end the session, which TypeScript cannot see through the closure.
  const ended = () => mode === "complete";

  const moveTo = (i: number) => {
    index = i;
    if (mode === "paused") frozen = 0;
    else anchor = clock.now();
    return read();
  };

  return {
    start() {
      if (steps.length === 0) return read();
      let offset = 0;
      if (startAt !== undefined) {
        if (typeof startAt === "number" && Number.isFinite(startAt)) {
          offset = clock.epochNow() - startAt;
          // Already over for both: begin again now, alone.
          if (offset >= timeline.timedMs && steps.every((s) => s.ms !== null)) offset = 0;
        } else if (process.env.NODE_ENV !== "production") {
          warnOnce(`GuidedPractice: startAt ${String(startAt)} is not epoch milliseconds; starting now.`);
        }
      }
      index = 0;
      anchor = clock.now() - offset;
      mode = "active";
      return read();
    },
    pause() {
      if (mode === "active") {
        const snap = read();
        if (mode !== "active") return snap;
        frozen = Math.max(0, clock.now() - anchor);
        // Paused during a shared countdown: resuming begins the first step from its start.
        if (snap.status === "waiting") frozen = 0;
        mode = "paused";
      }
      return read();
    },
    resume() {
      if (mode === "paused") {
        anchor = clock.now() - frozen;
        mode = "active";
      }
      return read();
    },
    stop() {
      mode = "idle";
      index = 0;
      frozen = 0;
      return read();
    },
    next() {
      if (mode === "idle" || mode === "complete") return read();
      read();
      if (ended()) return read();
      if (index >= last) {
        mode = "complete";
        return read();
      }
      return moveTo(index + 1);
    },
    back() {
      if (mode === "idle") return read();
      if (!ended()) read();
      if (ended()) {
        // Back from the end: the last step again, running.
        mode = "active";
        return moveTo(last);
      }
      return moveTo(Math.max(0, index - 1));
    },
    seek(stepIndex, stepElapsedMs) {
      if (steps.length === 0) return read();
      index = Math.min(last, Math.max(0, Math.floor(Number.isFinite(stepIndex) ? stepIndex : 0)));
      const ms = steps[index]!.ms;
      const e = Math.max(0, Number.isFinite(stepElapsedMs) ? stepElapsedMs : 0);
      frozen = ms === null ? e : Math.min(e, Math.max(0, ms - 1));
      mode = "paused";
      return read();
    },
    read,
  };
}

/* -------------------------------------------------------------------------------------------
 * Saved progress (opt-in persistence)
 * -----------------------------------------------------------------------------------------*/

export interface SavedProgress {
  version: typeof PRACTICE_VERSION;
  practiceId: string;
  stepIndex: number;
  stepElapsedMs: number;
}

/** Stored progress of the right shape (anything else, old or tampered, is ignored). */
export function isSavedProgress(value: unknown): value is SavedProgress | null {
  if (value === null) return true;
  return (
    isObject(value) &&
    value.version === PRACTICE_VERSION &&
    typeof value.practiceId === "string" &&
    Number.isInteger(value.stepIndex) &&
    (value.stepIndex as number) >= 0 &&
    (value.stepIndex as number) < LIMITS.steps &&
    typeof value.stepElapsedMs === "number" &&
    Number.isFinite(value.stepElapsedMs) &&
    value.stepElapsedMs >= 0
  );
}

/** Minutes and seconds left, for display: 185000 → { minutes: 3, seconds: 5 } (rounded up to the second). */
export function splitTime(ms: number): { minutes: number; seconds: number } {
  const total = Math.max(0, Math.ceil((Number.isFinite(ms) ? ms : 0) / 1000));
  return { minutes: Math.floor(total / 60), seconds: total % 60 };
}
