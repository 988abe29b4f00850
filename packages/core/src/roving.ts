import type { Direction } from "./direction";

export type RovingOrientation = "horizontal" | "vertical" | "both";

export interface RovingMoveOptions {
  /** Number of items. */
  count: number;
  /** Which arrow keys move focus. @default "both" */
  orientation?: RovingOrientation;
  /** Left and right swap under "rtl". @default "ltr" */
  dir?: Direction;
  /** Wrap from the last item to the first and back. @default false */
  loop?: boolean;
  /** Columns for a grid: Up/Down move by a row. Omit for a list. */
  columns?: number;
}

/**
 * The index that a key moves focus to from `index` in a list or grid, or null when the key
 * is not a navigation key here. Pure: the one place Attune maps arrow keys, Home and End
 * (with right-to-left mirroring) for listboxes, toolbars, toggle groups and grids.
 */
export function rovingIndex(key: string, index: number, options: RovingMoveOptions): number | null {
  const { count, orientation = "both", dir = "ltr", loop = false, columns } = options;
  if (count <= 0) return null;
  const last = count - 1;
  const from = Math.min(Math.max(Number.isFinite(index) ? Math.trunc(index) : 0, 0), last);
  const horizontal = orientation !== "vertical";
  const vertical = orientation !== "horizontal";
  const forward = dir === "rtl" ? "ArrowLeft" : "ArrowRight";
  const backward = dir === "rtl" ? "ArrowRight" : "ArrowLeft";
  const row = columns && columns > 0 ? Math.trunc(columns) : 1;
  let next: number;
  if (horizontal && key === forward) next = from + 1;
  else if (horizontal && key === backward) next = from - 1;
  else if (vertical && key === "ArrowDown") next = from + row;
  else if (vertical && key === "ArrowUp") next = from - row;
  else if (key === "Home") next = 0;
  else if (key === "End") next = last;
  else return null;
  if (next < 0 || next > last) {
    if (!loop) return Math.min(Math.max(next, 0), last);
    next = ((next % count) + count) % count;
  }
  return next;
}
