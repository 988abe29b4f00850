// The breathing timing engine: patterns as data and a session clock. No React, no DOM, no
// timers: every answer is computed from a monotonic clock reading and the session's start,
// so a frame that arrives late never pushes later phases back (no drift from chained timers).
import { warnOnce } from "@attune/core/logic";

const warn = (message: string) => warnOnce(`BreathingGuide: ${message}`);

/* -------------------------------------------------------------------------------------------
 * Patterns
 * -----------------------------------------------------------------------------------------*/

/** "topUp" is the short second inhale of a cyclic sigh; "holdOut" is the pause with empty lungs. */
export type PhaseKind = "inhale" | "topUp" | "hold" | "exhale" | "holdOut";

export interface BreathingPhase {
  kind: PhaseKind;
  /** Length in seconds; custom patterns are rounded to 0.25 s steps. */
  seconds: number;
}

export interface BreathingPattern {
  phases: readonly BreathingPhase[];
}

export type PresetName = "box" | "4-7-8" | "resonance" | "cyclic-sigh";

/** A validated pattern ready for timing: durations in milliseconds and lung levels per phase. */
export interface ResolvedPhase {
  kind: PhaseKind;
  ms: number;
  /** Start of the phase within the cycle, ms. */
  startMs: number;
  /** How full the lungs are at the start and end of the phase, 0 to 1 (drives the shape). */
  fromLevel: number;
  toLevel: number;
}

export interface ResolvedPattern {
  /** The preset's name, or "custom". */
  name: PresetName | "custom";
  phases: readonly ResolvedPhase[];
  cycleMs: number;
  breathsPerMinute: number;
}

export const PHASE_KINDS: readonly PhaseKind[] = ["inhale", "topUp", "hold", "exhale", "holdOut"];
/** Custom durations snap to this step, in seconds. */
export const STEP_SECONDS = 0.25;
/** Longest single phase accepted, in seconds. */
export const MAX_PHASE_SECONDS = 60;
/** The adjustable range of the resonance preset, breaths a minute. */
export const RESONANCE_RANGE = { min: 4.5, max: 6.5, default: 6 } as const;

const PRESET_PHASES: Record<Exclude<PresetName, "resonance">, BreathingPattern> = {
  box: {
    phases: [
      { kind: "inhale", seconds: 4 },
      { kind: "hold", seconds: 4 },
      { kind: "exhale", seconds: 4 },
      { kind: "holdOut", seconds: 4 },
    ],
  },
  "4-7-8": {
    phases: [
      { kind: "inhale", seconds: 4 },
      { kind: "hold", seconds: 7 },
      { kind: "exhale", seconds: 8 },
    ],
  },
  // A nasal inhale, a short top-up inhale, then an exhale twice as long as both together.
  "cyclic-sigh": {
    phases: [
      { kind: "inhale", seconds: 3 },
      { kind: "topUp", seconds: 1 },
      { kind: "exhale", seconds: 8 },
    ],
  },
};

export const PRESET_NAMES: readonly PresetName[] = ["box", "4-7-8", "resonance", "cyclic-sigh"];

/** The fallback for an unusable pattern: resonance at 6 breaths a minute, no holds. */
export const DEFAULT_PRESET: PresetName = "resonance";

/**
 * Resonance breathing at a given rate: equal inhale and exhale, no holds. The rate is
 * clamped to 4.5–6.5 breaths a minute (where adults' resonance rates lie).
 */
export function resonancePattern(breathsPerMinute: number = RESONANCE_RANGE.default): BreathingPattern {
  const bpm = Math.min(RESONANCE_RANGE.max, Math.max(RESONANCE_RANGE.min, Number.isFinite(breathsPerMinute) ? breathsPerMinute : RESONANCE_RANGE.default));
  if (process.env.NODE_ENV !== "production" && bpm !== breathsPerMinute) warn(`breathsPerMinute ${String(breathsPerMinute)} is outside 4.5–6.5; using ${bpm}.`);
  const half = 30 / bpm;
  return {
    phases: [
      { kind: "inhale", seconds: half },
      { kind: "exhale", seconds: half },
    ],
  };
}

/** The data of a preset, for hosts that want to show or adapt it. */
export function presetPattern(name: PresetName, breathsPerMinute?: number): BreathingPattern {
  return name === "resonance" ? resonancePattern(breathsPerMinute) : PRESET_PHASES[name];
}

function isPreset(value: unknown): value is PresetName {
  return typeof value === "string" && (PRESET_NAMES as readonly string[]).includes(value);
}

/** Round to the 0.25 s grid, without float dust (4.1 → 4, 4.13 → 4.25). */
export function snapSeconds(seconds: number): number {
  return Math.round(seconds / STEP_SECONDS) * STEP_SECONDS;
}

/**
 * Turns whatever the host passed into a pattern that can be timed. A preset name is used
 * as is; a custom pattern has each duration snapped to 0.25 s and capped at 60 s. Phases
 * with an unknown kind or a zero, negative or non-finite duration are dropped; if nothing
 * usable is left the default preset is used. Every repair warns once in development and
 * nothing throws.
 */
export function resolvePattern(input: unknown, breathsPerMinute?: number): ResolvedPattern {
  if (input === undefined) return build(DEFAULT_PRESET, presetPattern(DEFAULT_PRESET, breathsPerMinute).phases);
  if (isPreset(input)) return build(input, presetPattern(input, breathsPerMinute).phases);
  const rawPhases = (input as { phases?: unknown } | null)?.phases;
  const list = Array.isArray(rawPhases) ? rawPhases : [];
  const phases: BreathingPhase[] = [];
  for (const raw of list) {
    const kind = (raw as { kind?: unknown } | null)?.kind;
    const seconds = (raw as { seconds?: unknown } | null)?.seconds;
    if (!(PHASE_KINDS as readonly unknown[]).includes(kind) || typeof seconds !== "number" || !(seconds > 0 && seconds < Infinity)) {
      if (process.env.NODE_ENV !== "production") warn(`skipping a phase "${String(kind)}" of ${String(seconds)} s: needs a known kind and more than 0 s.`);
      continue;
    }
    let snapped = snapSeconds(seconds);
    if (snapped < STEP_SECONDS) snapped = STEP_SECONDS;
    if (snapped > MAX_PHASE_SECONDS) {
      if (process.env.NODE_ENV !== "production") warn(`shortening a ${kind} phase of ${seconds} s to ${MAX_PHASE_SECONDS} s.`);
      snapped = MAX_PHASE_SECONDS;
    }
    phases.push({ kind: kind as PhaseKind, seconds: snapped });
  }
  if (phases.length === 0) {
    if (process.env.NODE_ENV !== "production") warn(`no usable phases; using "${DEFAULT_PRESET}".`);
    return build(DEFAULT_PRESET, presetPattern(DEFAULT_PRESET).phases);
  }
  return build("custom", phases);
}

function build(name: ResolvedPattern["name"], phases: readonly BreathingPhase[]): ResolvedPattern {
  const levels = lungLevels(phases);
  let start = 0;
  const resolved = phases.map((p, i) => {
    const ms = p.seconds * 1000;
    const phase: ResolvedPhase = { kind: p.kind, ms, startMs: start, fromLevel: levels[i]![0], toLevel: levels[i]![1] };
    start += ms;
    return phase;
  });
  return { name, phases: resolved, cycleMs: start, breathsPerMinute: 60000 / start };
}

/**
 * Where the lungs are at the start and end of each phase: an inhale fills (to three
 * quarters when a top-up follows), a top-up fills the rest, an exhale empties, holds keep
 * the level. Computed around the cycle twice so a pattern may start with any phase.
 */
function lungLevels(phases: readonly BreathingPhase[]): Array<[number, number]> {
  const out: Array<[number, number]> = phases.map(() => [0, 0]);
  let level = 0;
  for (let pass = 0; pass < 2; pass++) {
    phases.forEach((p, i) => {
      const next = phases[(i + 1) % phases.length]!;
      const from = level;
      if (p.kind === "inhale") level = next.kind === "topUp" && phases.length > 1 ? 0.75 : 1;
      else if (p.kind === "topUp") level = 1;
      else if (p.kind === "exhale") level = 0;
      out[i] = [from, level];
    });
  }
  return out;
}

/** Breaths a minute, rounded to one decimal for display (6, 5.5, 3.2). */
export function roundedBreathsPerMinute(pattern: ResolvedPattern): number {
  return Math.round(pattern.breathsPerMinute * 10) / 10;
}

/* -------------------------------------------------------------------------------------------
 * Session length
 * -----------------------------------------------------------------------------------------*/

export interface SessionLength {
  /** Number of breathing cycles; wins over `seconds` when both are given. */
  cycles?: number;
  /** Length in seconds; rounded up to whole cycles so a session never stops mid-breath. */
  seconds?: number;
}

/** Default session: 5 minutes, the length the evidence supports for daily practice. */
export const DEFAULT_SESSION_SECONDS = 300;
/** A session is capped at 2 hours. */
export const MAX_SESSION_SECONDS = 7200;

/** The whole number of cycles a session lasts (at least one). */
export function sessionCycles(pattern: ResolvedPattern, length: SessionLength = {}): number {
  const maxCycles = Math.max(1, Math.floor((MAX_SESSION_SECONDS * 1000) / pattern.cycleMs));
  const { cycles, seconds } = length;
  if (cycles !== undefined) {
    if (typeof cycles === "number" && Number.isFinite(cycles) && cycles >= 1) return Math.min(maxCycles, Math.round(cycles));
    if (process.env.NODE_ENV !== "production") warn(`cycles ${String(cycles)} is not a number of at least 1; using the duration.`);
  }
  let s = seconds ?? DEFAULT_SESSION_SECONDS;
  if (typeof s !== "number" || !Number.isFinite(s) || s <= 0) {
    if (process.env.NODE_ENV !== "production") warn(`duration ${String(s)} is not a number of seconds above 0; using ${DEFAULT_SESSION_SECONDS}.`);
    s = DEFAULT_SESSION_SECONDS;
  }
  // A tiny epsilon keeps 300 s of a 10 s cycle at exactly 30 cycles despite float dust.
  return Math.min(maxCycles, Math.max(1, Math.ceil((s * 1000) / pattern.cycleMs - 1e-9)));
}

/* -------------------------------------------------------------------------------------------
 * Where we are at time t
 * -----------------------------------------------------------------------------------------*/

export interface BreathingFrame {
  /** Zero-based index of the current cycle. */
  cycle: number;
  phaseIndex: number;
  phase: ResolvedPhase;
  phaseElapsedMs: number;
  phaseRemainingMs: number;
  /** 0 to 1 through the current phase. */
  phaseProgress: number;
  /** Lung level now, 0 to 1 (linear within the phase). */
  level: number;
  elapsedMs: number;
  remainingMs: number;
  totalMs: number;
  /** 0 to 1 through the session. */
  progress: number;
  done: boolean;
}

/** The phase, countdown and progress at `elapsedMs` into a session of `cycles` cycles. */
export function frameAt(pattern: ResolvedPattern, cycles: number, elapsedMs: number): BreathingFrame {
  const totalMs = pattern.cycleMs * cycles;
  const elapsed = Math.min(totalMs, Math.max(0, Number.isFinite(elapsedMs) ? elapsedMs : 0));
  const done = elapsed >= totalMs;
  const cycle = done ? cycles - 1 : Math.floor(elapsed / pattern.cycleMs);
  const within = done ? pattern.cycleMs : elapsed - cycle * pattern.cycleMs;
  const phases = pattern.phases;
  let phaseIndex = phases.length - 1;
  for (let i = 0; i < phases.length; i++) {
    if (within < phases[i]!.startMs + phases[i]!.ms) {
      phaseIndex = i;
      break;
    }
  }
  const phase = phases[phaseIndex]!;
  const phaseElapsedMs = Math.min(phase.ms, Math.max(0, within - phase.startMs));
  const phaseProgress = phase.ms > 0 ? phaseElapsedMs / phase.ms : 1;
  return {
    cycle,
    phaseIndex,
    phase,
    phaseElapsedMs,
    phaseRemainingMs: phase.ms - phaseElapsedMs,
    phaseProgress,
    level: phase.fromLevel + (phase.toLevel - phase.fromLevel) * phaseProgress,
    elapsedMs: elapsed,
    remainingMs: totalMs - elapsed,
    totalMs,
    progress: totalMs > 0 ? elapsed / totalMs : 1,
    done,
  };
}

/* -------------------------------------------------------------------------------------------
 * Session clock
 * -----------------------------------------------------------------------------------------*/

export interface BreathingClock {
  /** Monotonic milliseconds (performance.now()). */
  now(): number;
  /** Wall-clock epoch milliseconds (Date.now()), read once to place a shared start. */
  epochNow(): number;
}

export const systemClock: BreathingClock = {
  now: () => (typeof performance !== "undefined" ? performance.now() : Date.now()),
  epochNow: () => Date.now(),
};

export type SessionStatus = "idle" | "waiting" | "running" | "paused" | "complete";

export interface SessionSnapshot {
  status: SessionStatus;
  /** Milliseconds until a shared start in the future begins (0 otherwise). */
  waitMs: number;
  frame: BreathingFrame;
  /** Where in the session this device began: above 0 when it joined a shared session late. */
  joinedAtMs: number;
  /** Epoch milliseconds at which this session's first breath began (or begins): the start to share with a partner. Null before a start. */
  startedAt: number | null;
}

export interface SessionOptions {
  pattern: ResolvedPattern;
  cycles: number;
  clock?: BreathingClock;
  /**
   * Shared start, epoch milliseconds, the same on both partners' devices. In the future the
   * session counts down to it; in the past it joins at the matching phase; past the end of
   * the session it starts a full session still in step with the shared rhythm.
   */
  startAt?: number;
  /** Called when `startAt` cannot be used (not a number, or more than MAX_WAIT_MS ahead); the session then starts now. */
  onInvalidStart?: (message: string) => void;
}

/** Longest countdown to a shared start: one hour. A start further ahead is a mistake, not a plan. */
export const MAX_WAIT_MS = 60 * 60 * 1000;

export interface BreathingSession {
  start(): SessionSnapshot;
  pause(): SessionSnapshot;
  resume(): SessionSnapshot;
  stop(): SessionSnapshot;
  read(): SessionSnapshot;
}

/**
 * A session driven by a monotonic clock. `read()` may be called as often as the host likes
 * (every animation frame); each answer depends only on the clock, never on how many
 * times or how late it was called.
 */
export function createSession({ pattern, cycles, clock = systemClock, startAt, onInvalidStart }: SessionOptions): BreathingSession {
  const totalMs = pattern.cycleMs * cycles;
  let mode: "idle" | "active" | "paused" | "complete" = "idle";
  // Monotonic time at which elapsed was 0 (while active), and elapsed frozen at a pause.
  let anchor = 0;
  let frozen = 0;
  let joinedAtMs = 0;
  let startedAt: number | null = null;

  const elapsedNow = () => (mode === "active" ? clock.now() - anchor : mode === "paused" ? frozen : mode === "complete" ? totalMs : 0);

  const read = (): SessionSnapshot => {
    let elapsed = elapsedNow();
    if (mode === "active" && elapsed >= totalMs) {
      mode = "complete";
      elapsed = totalMs;
    }
    const status: SessionStatus = mode === "active" ? (elapsed < 0 ? "waiting" : "running") : mode;
    return { status, waitMs: elapsed < 0 ? -elapsed : 0, frame: frameAt(pattern, cycles, elapsed), joinedAtMs, startedAt };
  };

  return {
    start() {
      const now = clock.now();
      let offset = 0;
      if (startAt !== undefined) {
        const gap = typeof startAt === "number" && Number.isFinite(startAt) ? clock.epochNow() - startAt : NaN;
        if (gap >= -MAX_WAIT_MS) {
          offset = gap;
          if (offset >= totalMs) {
            // The shared session is over: start a full one, still on the shared beat.
            offset %= pattern.cycleMs;
          }
        } else {
          const message = Number.isNaN(gap)
            ? `startAt ${String(startAt)} is not epoch milliseconds; starting now.`
            : `startAt ${String(startAt)} is more than an hour away; starting now.`;
          if (onInvalidStart) onInvalidStart(message);
          else if (process.env.NODE_ENV !== "production") warn(message);
        }
      }
      anchor = now - offset;
      joinedAtMs = Math.max(0, offset);
      startedAt = clock.epochNow() - offset;
      mode = "active";
      return read();
    },
    pause() {
      if (mode === "active") {
        frozen = clock.now() - anchor;
        if (frozen >= totalMs) return read();
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
      frozen = 0;
      joinedAtMs = 0;
      startedAt = null;
      return read();
    },
    read,
  };
}
