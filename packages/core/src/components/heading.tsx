import * as React from "react";
import { warnOnce } from "../dev";

export interface HeadingProps extends React.HTMLAttributes<HTMLHeadingElement> {
  /** 1 to 6; anything else is clamped (NaN and non-numbers fall back to 2). */
  level: number;
}

/** Clamps a heading level to 1…6 (NaN, fractions and non-numbers: 2 or the nearest level). */
export function clampHeadingLevel(level: unknown): 1 | 2 | 3 | 4 | 5 | 6 {
  const n = typeof level === "number" && Number.isFinite(level) ? Math.trunc(level) : 2;
  return Math.min(Math.max(n, 1), 6) as 1 | 2 | 3 | 4 | 5 | 6;
}

/**
 * A widget's `headingLevel` prop read safely: an integer from 1 to `max` (widgets that nest
 * headings one level down pass 5), else the nearest valid level with a development warning.
 */
export function headingLevelProp(name: string, value: unknown, max = 6, fallback = 2): number {
  if (value === undefined) return fallback;
  const n = typeof value === "number" && Number.isFinite(value) ? Math.min(Math.max(Math.trunc(value), 1), max) : fallback;
  if (process.env.NODE_ENV !== "production" && n !== value) warnOnce(`${name} headingLevel must be an integer from 1 to ${max}; using ${n}.`);
  return n;
}

/** A heading whose level the host chooses (`level` 1–6), so widgets fit the host's outline. */
export const Heading = /* @__PURE__ */ React.forwardRef<HTMLHeadingElement, HeadingProps>(function Heading({ level, ...props }, ref) {
  const Tag = `h${clampHeadingLevel(level)}` as "h2";
  return <Tag ref={ref} {...props} />;
});
