// Pure math for NeedsSpectrum: no React, no DOM. Safe on a server and in a worker.
import { clamp, finiteOr, normalizeRange, snapToStep, warnOnce, type Direction, type NumericRange as Range } from "@attune/core/logic";

export type { Range };
export type Orientation = "horizontal" | "vertical";
/** @deprecated use `Direction` from @attune/core. */
export type Dir = Direction;
export const ORIENTATIONS: readonly Orientation[] = ["horizontal", "vertical"];

/** An orientation prop from JSX or JSON; anything else warns and falls back to horizontal. */
export function parseOrientation(value: unknown, what = "NeedsSpectrum"): Orientation {
  if (value === undefined || value === "horizontal") return "horizontal";
  if (value === "vertical") return "vertical";
  if (process.env.NODE_ENV !== "production") warnOnce(`${what} orientation must be "horizontal" or "vertical"; got ${String(value)}. Using "horizontal".`);
  return "horizontal";
}

/** 0 = all the way toward space, 100 = all the way toward closeness. */
export const DEFAULT_RANGE: Range = { min: 0, max: 100, step: 1 };

/** A usable range from whatever the host passed (NaN, Infinity, min > max, step <= 0 repaired). */
export function resolveRange(min: unknown, max: unknown, step: unknown, what = "NeedsSpectrum"): Range {
  return normalizeRange(min, max, step, DEFAULT_RANGE, what);
}

/** The middle of the range, snapped to a step. */
export function midpoint(range: Range): number {
  return snapToStep((range.min + range.max) / 2, range);
}

/**
 * A value the slider can show: a finite number inside the range, on a step. Anything else is
 * repaired (non-numbers become `fallback`, outside values are clamped) with a development warning.
 */
export function sanitizeValue(value: unknown, range: Range, fallback: number, what = "NeedsSpectrum value"): number {
  const n = finiteOr(value, fallback, what);
  if (process.env.NODE_ENV !== "production" && (n < range.min || n > range.max)) warnOnce(`${what} ${n} is outside ${range.min}..${range.max}; clamping.`);
  return snapToStep(clamp(n, range.min, range.max), range);
}

/** Where a value sits along the range, 0..100. */
export function valueToPercent(value: number, { min, max }: Pick<Range, "min" | "max">): number {
  if (!(max > min)) return 0;
  return clamp(((value - min) / (max - min)) * 100, 0, 100);
}

/** The stepped value at a 0..100 position along the range. */
export function percentToValue(percent: number, range: Range): number {
  const p = clamp(percent, 0, 100);
  return snapToStep(range.min + (p / 100) * (range.max - range.min), range);
}

export type Zone = "strong-start" | "start" | "middle" | "end" | "strong-end";
export const ZONES: readonly Zone[] = ["strong-start", "start", "middle", "end", "strong-end"];

/**
 * Five bands, mirrored around the centre so neither end is favoured: the outer fifth on each
 * side, the next fifth, and the middle fifth (both edges of the middle band belong to it).
 */
export function zoneOf(value: number, range: Pick<Range, "min" | "max">): Zone {
  const p = valueToPercent(value, range);
  if (p < 20) return "strong-start";
  if (p < 40) return "start";
  if (p <= 60) return "middle";
  if (p <= 80) return "end";
  return "strong-end";
}

/** One "page" of movement: a tenth of the range, rounded to whole steps (at least one step). */
export function pageStep(range: Range): number {
  const steps = Math.max(1, Math.round((range.max - range.min) / 10 / range.step));
  return steps * range.step;
}

export interface KeyContext {
  orientation: Orientation;
  dir: Direction;
}

/**
 * The value after a key press (WAI-ARIA APG slider), or null when the key is not the slider's.
 * Arrow keys follow what the person sees: under RTL the range starts on the right, so the
 * left arrow moves toward the end. Up always increases. Shift + arrow moves a page.
 */
export function valueForKey(
  key: string,
  value: number,
  range: Range,
  { dir }: KeyContext,
  shiftKey = false,
): number | null {
  const small = shiftKey ? pageStep(range) : range.step;
  const forward = dir === "rtl" ? "ArrowLeft" : "ArrowRight";
  const backward = dir === "rtl" ? "ArrowRight" : "ArrowLeft";
  let next: number;
  switch (key) {
    case "ArrowUp":
    case forward:
      next = value + small;
      break;
    case "ArrowDown":
    case backward:
      next = value - small;
      break;
    case "PageUp":
      next = value + pageStep(range);
      break;
    case "PageDown":
      next = value - pageStep(range);
      break;
    case "Home":
      return range.min;
    case "End":
      return range.max;
    default:
      return null;
  }
  return snapToStep(clamp(next, range.min, range.max), range);
}

export interface TrackRect {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * The value under a pointer on the track. Horizontal tracks start on the left (LTR) or the
 * right (RTL); vertical tracks start at the bottom.
 */
export function valueFromPointer(
  point: { x: number; y: number },
  rect: TrackRect,
  range: Range,
  { orientation, dir }: KeyContext,
): number {
  let percent: number;
  if (orientation === "vertical") {
    percent = rect.height > 0 ? ((rect.top + rect.height - point.y) / rect.height) * 100 : 50;
  } else if (rect.width <= 0) {
    percent = 50;
  } else {
    const fromLeft = ((point.x - rect.left) / rect.width) * 100;
    percent = dir === "rtl" ? 100 - fromLeft : fromLeft;
  }
  return percentToValue(percent, range);
}

/** Index of the value nearest `target`; ties go to the earliest (the primary thumb). */
export function nearestIndex(values: readonly number[], target: number): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) {
    if (Math.abs(values[i]! - target) < Math.abs(values[best]! - target)) best = i;
  }
  return best;
}

/* -------------------------------------------------------------------------------------------
 * Overlap (after the Inclusion of Other in the Self scale)
 * -----------------------------------------------------------------------------------------*/

/**
 * Centres of two circles of radius `r` whose overlap follows the percent: at 0 they just
 * touch, at 100 they almost coincide (the last IOS picture still shows two circles).
 * Returns the offset of each centre from the middle, in the same units as `r`.
 */
export function overlapOffsets(percent: number, r: number): { self: number; other: number; overlap: number } {
  const p = clamp(percent, 0, 100) / 100;
  const far = 2 * r;
  const near = 0.2 * r;
  const distance = far - (far - near) * p;
  return { self: -distance / 2, other: distance / 2, overlap: Math.max(0, 2 * r - distance) / (2 * r) };
}

/* -------------------------------------------------------------------------------------------
 * History
 * -----------------------------------------------------------------------------------------*/

export interface HistoryEntry {
  /** When this was recorded: epoch milliseconds, an ISO instant ("2026-03-08T19:30:00Z") or a calendar date ("2026-03-08"). A Date is accepted too. */
  date: Date | string | number;
  /** The value recorded then, in the same range as the slider. */
  value: number;
}

export interface HistoryPoint {
  time: number;
  /** True when the entry was a calendar date ("2026-03-08"): show it as that date in any time zone. */
  dateOnly: boolean;
  value: number;
  /** 0..width: the lean, space at 0 and closeness at the width (the slider's axis). */
  x: number;
  /** 0..height: time, oldest at the top. */
  y: number;
}

/** Largest instant a Date can hold, in ms either side of 1970. */
const MAX_TIME = 8.64e15;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

function dayExists(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/**
 * Epoch milliseconds and whether the entry is a calendar date, or null for a date that
 * cannot be read: out of a Date's range, not ISO 8601, or a day that does not exist
 * ("2026-02-30" is not quietly 2 March).
 */
export function readHistoryDate(date: unknown): { time: number; dateOnly: boolean } | null {
  let time = NaN;
  let dateOnly = false;
  if (date instanceof Date) time = date.getTime();
  else if (typeof date === "number") time = date;
  else if (typeof date === "string") {
    const s = date.trim();
    const day = ISO_DATE.exec(s);
    const instant = day ? null : ISO_INSTANT.exec(s);
    const parts = day ?? instant;
    if (!parts || !dayExists(Number(parts[1]), Number(parts[2]), Number(parts[3]))) return null;
    if (instant && (Number(instant[4]) > 23 || Number(instant[5]) > 59 || Number(instant[6] ?? 0) > 59)) return null;
    dateOnly = !!day;
    time = Date.parse(day ? `${s}T00:00:00Z` : s);
  }
  return Number.isFinite(time) && Math.abs(time) <= MAX_TIME ? { time, dateOnly } : null;
}

/** Epoch milliseconds, or NaN for a date that cannot be read. */
export function toTime(date: unknown): number {
  return readHistoryDate(date)?.time ?? NaN;
}

/**
 * Sorts entries by date, drops unreadable ones (each passed to `onSkip`), clamps values into
 * the range and scales them into a width × height box: the lean along the width, as on the
 * slider, and time down the height. A single entry, or entries that share one instant, are
 * spread evenly so each stays visible.
 */
export function scaleHistory(
  entries: readonly HistoryEntry[] | null | undefined,
  range: Range,
  box: { width: number; height: number },
  onSkip?: (entry: unknown, index: number) => void,
): HistoryPoint[] {
  if (!Array.isArray(entries)) return [];
  const clean: Array<{ time: number; dateOnly: boolean; value: number }> = [];
  entries.forEach((entry: unknown, index) => {
    const e = entry as Partial<HistoryEntry> | null;
    const when = readHistoryDate(e?.date);
    if (!when || typeof e?.value !== "number" || !Number.isFinite(e.value)) {
      if (onSkip) onSkip(entry, index);
      else if (process.env.NODE_ENV !== "production") warnOnce(`NeedsHistory: skipping an entry with an unreadable date or value (${String(e?.date)}, ${String(e?.value)}).`);
      return;
    }
    clean.push({ ...when, value: sanitizeValue(e.value, range, midpoint(range), "NeedsHistory value") });
  });
  clean.sort((a, b) => a.time - b.time);
  const first = clean[0]?.time ?? 0;
  const span = (clean[clean.length - 1]?.time ?? 0) - first;
  return clean.map((p, i) => {
    const fraction = span > 0 ? (p.time - first) / span : clean.length > 1 ? i / (clean.length - 1) : 0.5;
    return { ...p, x: (valueToPercent(p.value, range) / 100) * box.width, y: fraction * box.height };
  });
}

/* -------------------------------------------------------------------------------------------
 * Sharing with a partner
 * -----------------------------------------------------------------------------------------*/

export type RevealState = "open" | "waiting-for-both" | "waiting-for-partner" | "waiting-for-you" | "revealed";

/**
 * Whether the partner's position may be shown. Without the reveal mode it shows whenever the
 * host passes one ("open"); in the reveal mode only once both people have shared.
 */
export function revealState(reveal: boolean, selfShared: boolean, partnerShared: boolean): RevealState {
  if (!reveal) return "open";
  if (selfShared && partnerShared) return "revealed";
  if (selfShared) return "waiting-for-partner";
  if (partnerShared) return "waiting-for-you";
  return "waiting-for-both";
}

/* -------------------------------------------------------------------------------------------
 * The position partners exchange
 * -----------------------------------------------------------------------------------------*/

/**
 * Where one person leans, as plain JSON for a host's backend:
 *
 * ```json
 * { "version": 1, "value": 70, "shared": true, "min": 0, "max": 100, "topic": "evenings", "updatedAt": 1795291200000 }
 * ```
 *
 * - `version`: always 1 for this shape.
 * - `value`: where the person leans, `min` (space) to `max` (closeness).
 * - `shared`: whether the person chose to share it (reveal mode shows a partner's value only
 *   when both have shared).
 * - `min`, `max` (optional, default 0 and 100): the range the value is in.
 * - `topic` (optional): the topic id, for NeedsProfile rows.
 * - `updatedAt` (optional): epoch milliseconds of the last change.
 */
export interface SpectrumPosition {
  version: 1;
  value: number;
  shared: boolean;
  min?: number;
  max?: number;
  topic?: string;
  updatedAt?: number;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: string };

/** Checks a spectrum position that came back from a host's backend. Never throws. */
export function parseSpectrumPosition(value: unknown): ParseResult<SpectrumPosition> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return { ok: false, error: "expected an object" };
  const v = value as Record<string, unknown>;
  if (v.version !== 1) return { ok: false, error: `unsupported version ${String(v.version)}` };
  const finite = (x: unknown) => typeof x === "number" && Number.isFinite(x);
  if (!finite(v.value)) return { ok: false, error: "value must be a finite number" };
  if (typeof v.shared !== "boolean") return { ok: false, error: "shared must be true or false" };
  const out: SpectrumPosition = { version: 1, value: v.value as number, shared: v.shared };
  for (const key of ["min", "max"] as const) {
    if (v[key] === undefined) continue;
    if (!finite(v[key])) return { ok: false, error: `${key} must be a finite number` };
    out[key] = v[key] as number;
  }
  const min = out.min ?? DEFAULT_RANGE.min;
  const max = out.max ?? DEFAULT_RANGE.max;
  if (!(max > min)) return { ok: false, error: "max must be above min" };
  if (out.value < min || out.value > max) return { ok: false, error: `value must be within ${min}..${max}` };
  if (v.topic !== undefined) {
    if (typeof v.topic !== "string" || v.topic === "") return { ok: false, error: "topic must be a non-empty string" };
    out.topic = v.topic;
  }
  if (v.updatedAt !== undefined) {
    if (!finite(v.updatedAt) || Math.abs(v.updatedAt as number) > MAX_TIME) return { ok: false, error: "updatedAt must be epoch milliseconds" };
    out.updatedAt = v.updatedAt as number;
  }
  return { ok: true, value: out };
}
