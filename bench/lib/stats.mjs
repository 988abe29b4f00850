// Small statistics helpers shared by every section of the benchmark.

/** Linear-interpolated quantile (q in 0..1) of a list of numbers; NaN for an empty list. */
export function quantile(values, q) {
  const xs = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (xs.length === 0) return NaN;
  const pos = (xs.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return xs[lo] + (xs[hi] - xs[lo]) * (pos - lo);
}

export const median = (values) => quantile(values, 0.5);

/**
 * Summary of repeated measurements: the median with its spread (min, max and the
 * interquartile range). Every timing the bench prints is one of these.
 */
export function summarise(values) {
  const xs = values.filter((v) => Number.isFinite(v));
  return {
    n: xs.length,
    median: median(xs),
    min: xs.length ? Math.min(...xs) : NaN,
    max: xs.length ? Math.max(...xs) : NaN,
    p25: quantile(xs, 0.25),
    p75: quantile(xs, 0.75),
    samples: xs.map((v) => round(v, 4)),
  };
}

export function round(v, digits = 2) {
  if (!Number.isFinite(v)) return v;
  const f = 10 ** digits;
  return Math.round(v * f) / f;
}

/** "1.23 ms (1.10–1.40)" */
export function fmtMs(s, digits = 2) {
  if (!s || !Number.isFinite(s.median)) return "n/a";
  return `${s.median.toFixed(digits)} ms (${s.min.toFixed(digits)}–${s.max.toFixed(digits)})`;
}

export function fmtKB(bytes) {
  return Number.isFinite(bytes) ? `${(bytes / 1000).toFixed(1)} kB` : "n/a";
}

/** Runs fn and returns its duration in ms (monotonic clock). */
export async function timeIt(fn) {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}
