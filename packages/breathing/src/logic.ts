// React-free entry: the timing engine, the shared-start JSON shape and the words around a
// session. Imports on a server, in a worker and in a test without a DOM.
import {
  MAX_PHASE_SECONDS,
  PHASE_KINDS,
  PRESET_NAMES,
  RESONANCE_RANGE,
  type BreathingPattern,
  type PresetName,
  type ResolvedPattern,
} from "./engine";

export * from "./engine";

/* -------------------------------------------------------------------------------------------
 * The shared start: what one partner's device sends the other so both breathe in step
 * -----------------------------------------------------------------------------------------*/

/**
 * A breathing session two partners share, as plain JSON:
 *
 * ```json
 * { "version": 1, "startAt": 1795291200000, "pattern": "box", "cycles": 19 }
 * ```
 *
 * - `version`: always 1 for this shape.
 * - `startAt`: epoch milliseconds of the first breath, read from the starting device's
 *   clock (pass it as `startAt` on the other device; both count down to it or join it).
 * - `pattern`: a preset name, or `{ "phases": [{ "kind": "inhale", "seconds": 4 }, …] }`.
 * - `breathsPerMinute` (optional): the resonance pace, 4.5 to 6.5.
 * - `cycles`: the session length in whole breaths.
 */
export interface BreathingStart {
  version: 1;
  startAt: number;
  pattern: PresetName | BreathingPattern;
  breathsPerMinute?: number;
  cycles: number;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: string };

/** Largest number of cycles a shared start may carry (two hours of the quickest pattern). */
const MAX_SHARED_CYCLES = 10_000;

function parsePattern(value: unknown): PresetName | BreathingPattern | string {
  if (typeof value === "string") return (PRESET_NAMES as readonly string[]).includes(value) ? (value as PresetName) : `unknown pattern "${value}"`;
  const phases = (value as { phases?: unknown } | null)?.phases;
  if (typeof value !== "object" || value === null || !Array.isArray(phases) || phases.length === 0) return "pattern must be a preset name or { phases: [...] }";
  const out: BreathingPattern["phases"][number][] = [];
  for (const [i, raw] of phases.entries()) {
    const kind = (raw as { kind?: unknown } | null)?.kind;
    const seconds = (raw as { seconds?: unknown } | null)?.seconds;
    if (!(PHASE_KINDS as readonly unknown[]).includes(kind)) return `phase ${i} has an unknown kind`;
    if (typeof seconds !== "number" || !(seconds > 0 && seconds <= MAX_PHASE_SECONDS)) return `phase ${i} needs seconds above 0 and at most ${MAX_PHASE_SECONDS}`;
    out.push({ kind: kind as BreathingPattern["phases"][number]["kind"], seconds });
  }
  return { phases: out };
}

/** Checks a shared start that came back from a host's backend. Never throws. */
export function parseBreathingStart(value: unknown): ParseResult<BreathingStart> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return { ok: false, error: "expected an object" };
  const v = value as Record<string, unknown>;
  if (v.version !== 1) return { ok: false, error: `unsupported version ${String(v.version)}` };
  if (typeof v.startAt !== "number" || !Number.isFinite(v.startAt) || Math.abs(v.startAt) > 8.64e15) {
    return { ok: false, error: "startAt must be epoch milliseconds" };
  }
  const pattern = parsePattern(v.pattern);
  if (typeof pattern === "string" && !(PRESET_NAMES as readonly string[]).includes(pattern)) return { ok: false, error: pattern };
  if (typeof v.cycles !== "number" || !Number.isInteger(v.cycles) || v.cycles < 1 || v.cycles > MAX_SHARED_CYCLES) {
    return { ok: false, error: `cycles must be a whole number from 1 to ${MAX_SHARED_CYCLES}` };
  }
  const out: BreathingStart = { version: 1, startAt: v.startAt, pattern: pattern as BreathingStart["pattern"], cycles: v.cycles };
  if (v.breathsPerMinute !== undefined) {
    const bpm = v.breathsPerMinute;
    if (typeof bpm !== "number" || !(bpm >= RESONANCE_RANGE.min && bpm <= RESONANCE_RANGE.max)) {
      return { ok: false, error: `breathsPerMinute must be ${RESONANCE_RANGE.min} to ${RESONANCE_RANGE.max}` };
    }
    out.breathsPerMinute = bpm;
  }
  return { ok: true, value: out };
}

/* -------------------------------------------------------------------------------------------
 * Words around a session
 * -----------------------------------------------------------------------------------------*/

/**
 * Whether "breaths a minute" says something true about a pattern: a steady in-and-out pace
 * (resonance, cyclic sighing). With holds (box, 4-7-8) the number counts cycles, not breaths,
 * and "3.8 breaths a minute" would only puzzle.
 */
export function showsBreathingRate(pattern: ResolvedPattern): boolean {
  return !pattern.phases.some((p) => p.kind === "hold" || p.kind === "holdOut");
}

/** A session's length for the summary: whole seconds under a minute, else whole minutes. */
export function sessionLength(totalMs: number): { unit: "seconds" | "minutes"; count: number } {
  const ms = Number.isFinite(totalMs) && totalMs > 0 ? totalMs : 0;
  if (ms < 59_500) return { unit: "seconds", count: Math.max(1, Math.round(ms / 1000)) };
  return { unit: "minutes", count: Math.round(ms / 60_000) };
}
