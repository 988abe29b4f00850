import { warnOnce } from "./dev";

/** A finite number or the fallback, with a development warning naming the bad input. */
export function finiteOr(value: unknown, fallback: number, what: string): number {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (process.env.NODE_ENV !== "production" && value !== undefined) warnOnce(`${what} must be a finite number; got ${String(value)}. Using ${fallback}.`);
  return fallback;
}

/** Clamp into [min, max]; a NaN becomes min. */
export function clamp(value: number, min: number, max: number): number {
  if (Number.isNaN(value)) return min;
  return Math.min(max, Math.max(min, value));
}

export interface NumericRange {
  min: number;
  max: number;
  step: number;
}

/**
 * Makes a usable range out of whatever the host passed: finite numbers, min below max
 * (swapped when reversed), a positive step. Each repair warns once in development.
 */
export function normalizeRange(min: unknown, max: unknown, step: unknown, defaults: NumericRange, what: string): NumericRange {
  let lo = finiteOr(min, defaults.min, `${what}: min`);
  let hi = finiteOr(max, defaults.max, `${what}: max`);
  if (lo > hi) {
    if (process.env.NODE_ENV !== "production") warnOnce(`${what}: min (${lo}) is greater than max (${hi}); swapping them.`);
    [lo, hi] = [hi, lo];
  }
  if (lo === hi) {
    if (process.env.NODE_ENV !== "production") warnOnce(`${what}: min equals max (${lo}); using the default range.`);
    lo = defaults.min;
    hi = defaults.max;
  }
  let s = finiteOr(step, defaults.step, `${what}: step`);
  if (s <= 0) {
    if (process.env.NODE_ENV !== "production") warnOnce(`${what}: step must be greater than 0; got ${s}. Using ${defaults.step}.`);
    s = defaults.step;
  }
  return { min: lo, max: hi, step: s };
}

/** Round to the nearest step from min, then clamp; avoids float dust like 0.30000000000000004. */
export function snapToStep(value: number, { min, max, step }: NumericRange): number {
  const snapped = Math.round((value - min) / step) * step + min;
  const decimals = Math.max(countDecimals(step), countDecimals(min));
  return clamp(Number(snapped.toFixed(decimals)), min, max);
}

function countDecimals(n: number): number {
  const s = String(n);
  const i = s.indexOf(".");
  return i === -1 ? 0 : s.length - i - 1;
}
