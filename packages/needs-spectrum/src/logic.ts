// Pure math for NeedsSpectrum: no React, no DOM. Safe on a server and in a worker.
import { clamp, finiteOr, normalizeRange, snapToStep, warnOnce, type NumericRange as Range } from "@attune/core/logic";

export type { Range };
export type Orientation = "horizontal" | "vertical";
export type Dir = "ltr" | "rtl";

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
  if (n < range.min || n > range.max) {
    warnOnce(`${what} ${n} is outside ${range.min}..${range.max}; clamping.`);
  }
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
  dir: Dir;
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
  /** When this was recorded: a Date, an ISO string or epoch milliseconds, from the host. */
  date: Date | string | number;
  /** The value recorded then, in the same range as the slider. */
  value: number;
}

export interface HistoryPoint {
  time: number;
  value: number;
  /** 0..width, oldest on the left. */
  x: number;
  /** 0..height, the range's end (closeness) at the top. */
  y: number;
}

/** Epoch milliseconds, or NaN for a date that cannot be read. */
export function toTime(date: unknown): number {
  if (date instanceof Date) return date.getTime();
  if (typeof date === "number") return Number.isFinite(date) ? date : NaN;
  if (typeof date === "string" && date.trim() !== "") return Date.parse(date);
  return NaN;
}

/**
 * Sorts entries by date, drops unreadable ones (warning once), clamps values into the range
 * and scales them into a width × height box. A single entry, or entries that share one
 * instant, are spread evenly so each stays visible.
 */
export function scaleHistory(
  entries: readonly HistoryEntry[] | null | undefined,
  range: Range,
  box: { width: number; height: number },
): HistoryPoint[] {
  if (!Array.isArray(entries)) return [];
  const clean: Array<{ time: number; value: number }> = [];
  for (const entry of entries) {
    const time = toTime(entry?.date);
    if (Number.isNaN(time) || typeof entry?.value !== "number" || !Number.isFinite(entry.value)) {
      warnOnce(`NeedsHistory: skipping an entry with an unreadable date or value (${String(entry?.date)}, ${String(entry?.value)}).`);
      continue;
    }
    clean.push({ time, value: sanitizeValue(entry.value, range, midpoint(range), "NeedsHistory value") });
  }
  clean.sort((a, b) => a.time - b.time);
  const first = clean[0]?.time ?? 0;
  const span = (clean[clean.length - 1]?.time ?? 0) - first;
  return clean.map((p, i) => {
    const fraction = span > 0 ? (p.time - first) / span : clean.length > 1 ? i / (clean.length - 1) : 0.5;
    return {
      time: p.time,
      value: p.value,
      x: fraction * box.width,
      y: box.height - (valueToPercent(p.value, range) / 100) * box.height,
    };
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
