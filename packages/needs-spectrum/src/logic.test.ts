import { afterEach, describe, expect, it, vi } from "vitest";
import { resetWarnings } from "@attune/core/logic";
import {
  DEFAULT_RANGE,
  midpoint,
  nearestIndex,
  overlapOffsets,
  pageStep,
  percentToValue,
  resolveRange,
  revealState,
  sanitizeValue,
  scaleHistory,
  toTime,
  valueForKey,
  valueFromPointer,
  valueToPercent,
  zoneOf,
} from "./logic";

afterEach(() => {
  resetWarnings();
  vi.restoreAllMocks();
});

describe("resolveRange", () => {
  it("keeps a good range", () => {
    expect(resolveRange(-5, 5, 0.5)).toEqual({ min: -5, max: 5, step: 0.5 });
  });
  it("repairs NaN, Infinity, min > max and step <= 0, warning each time", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    expect(resolveRange(NaN, Infinity, 1)).toEqual(DEFAULT_RANGE);
    expect(resolveRange(10, 0, 1)).toEqual({ min: 0, max: 10, step: 1 });
    expect(resolveRange(0, 10, 0)).toEqual({ min: 0, max: 10, step: 1 });
    expect(resolveRange(0, 10, -2)).toEqual({ min: 0, max: 10, step: 1 });
    expect(warn).toHaveBeenCalledTimes(5);
  });
});

describe("sanitizeValue", () => {
  it("clamps outside values and snaps to the step, with a warning", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    expect(sanitizeValue(140, DEFAULT_RANGE, 50)).toBe(100);
    expect(sanitizeValue(-3, DEFAULT_RANGE, 50)).toBe(0);
    expect(warn).toHaveBeenCalledTimes(2);
    expect(sanitizeValue(0.7, { min: 0, max: 1, step: 0.25 }, 0.5)).toBe(0.75);
  });
  it("uses the fallback for non-numbers", () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    expect(sanitizeValue(NaN, DEFAULT_RANGE, 50)).toBe(50);
    expect(sanitizeValue(-Infinity, DEFAULT_RANGE, 50)).toBe(50);
    expect(sanitizeValue("70", DEFAULT_RANGE, 50)).toBe(50);
    expect(sanitizeValue(undefined, DEFAULT_RANGE, 30)).toBe(30);
  });
});

describe("percent conversions", () => {
  it("maps both ways over an offset range", () => {
    const range = { min: -10, max: 10, step: 2 };
    expect(valueToPercent(-10, range)).toBe(0);
    expect(valueToPercent(5, range)).toBe(75);
    expect(percentToValue(75, range)).toBe(6);
    expect(percentToValue(-20, range)).toBe(-10);
    expect(percentToValue(500, range)).toBe(10);
  });
  it("midpoint lands on a step", () => {
    expect(midpoint(DEFAULT_RANGE)).toBe(50);
    expect(midpoint({ min: 0, max: 7, step: 1 })).toBe(4);
  });
});

describe("zoneOf", () => {
  it("has five bands mirrored around the centre", () => {
    expect([0, 19, 20, 39, 40, 50, 60, 61, 80, 81, 100].map((v) => zoneOf(v, DEFAULT_RANGE))).toEqual([
      "strong-start",
      "strong-start",
      "start",
      "start",
      "middle",
      "middle",
      "middle",
      "end",
      "end",
      "strong-end",
      "strong-end",
    ]);
  });
  it("is symmetric", () => {
    const mirror = { "strong-start": "strong-end", start: "end", middle: "middle", end: "start", "strong-end": "strong-start" };
    for (let v = 0; v <= 100; v++) expect(zoneOf(100 - v, DEFAULT_RANGE)).toBe(mirror[zoneOf(v, DEFAULT_RANGE)]);
  });
});

describe("valueForKey", () => {
  const ltr = { orientation: "horizontal" as const, dir: "ltr" as const };
  const rtl = { orientation: "horizontal" as const, dir: "rtl" as const };
  it("follows the APG slider keys", () => {
    expect(valueForKey("ArrowRight", 50, DEFAULT_RANGE, ltr)).toBe(51);
    expect(valueForKey("ArrowUp", 50, DEFAULT_RANGE, ltr)).toBe(51);
    expect(valueForKey("ArrowLeft", 50, DEFAULT_RANGE, ltr)).toBe(49);
    expect(valueForKey("ArrowDown", 50, DEFAULT_RANGE, ltr)).toBe(49);
    expect(valueForKey("PageUp", 50, DEFAULT_RANGE, ltr)).toBe(60);
    expect(valueForKey("PageDown", 50, DEFAULT_RANGE, ltr)).toBe(40);
    expect(valueForKey("Home", 50, DEFAULT_RANGE, ltr)).toBe(0);
    expect(valueForKey("End", 50, DEFAULT_RANGE, ltr)).toBe(100);
    expect(valueForKey("a", 50, DEFAULT_RANGE, ltr)).toBeNull();
    expect(valueForKey("Enter", 50, DEFAULT_RANGE, ltr)).toBeNull();
  });
  it("mirrors left and right under RTL, keeps up and down", () => {
    expect(valueForKey("ArrowLeft", 50, DEFAULT_RANGE, rtl)).toBe(51);
    expect(valueForKey("ArrowRight", 50, DEFAULT_RANGE, rtl)).toBe(49);
    expect(valueForKey("ArrowUp", 50, DEFAULT_RANGE, rtl)).toBe(51);
  });
  it("clamps at the ends and moves a page with Shift", () => {
    expect(valueForKey("ArrowRight", 100, DEFAULT_RANGE, ltr)).toBe(100);
    expect(valueForKey("PageDown", 3, DEFAULT_RANGE, ltr)).toBe(0);
    expect(valueForKey("ArrowRight", 50, DEFAULT_RANGE, ltr, true)).toBe(60);
  });
  it("keeps fractional steps free of float dust", () => {
    const range = { min: 0, max: 1, step: 0.1 };
    expect(valueForKey("ArrowUp", 0.2, range, ltr)).toBe(0.3);
    expect(pageStep(range)).toBe(0.1);
    expect(pageStep({ min: 0, max: 6, step: 1 })).toBe(1);
  });
});

describe("valueFromPointer", () => {
  const rect = { left: 100, top: 20, width: 200, height: 300 };
  it("reads from the left in LTR and from the right in RTL", () => {
    expect(valueFromPointer({ x: 150, y: 0 }, rect, DEFAULT_RANGE, { orientation: "horizontal", dir: "ltr" })).toBe(25);
    expect(valueFromPointer({ x: 150, y: 0 }, rect, DEFAULT_RANGE, { orientation: "horizontal", dir: "rtl" })).toBe(75);
  });
  it("reads from the bottom when vertical", () => {
    expect(valueFromPointer({ x: 0, y: 20 }, rect, DEFAULT_RANGE, { orientation: "vertical", dir: "ltr" })).toBe(100);
    expect(valueFromPointer({ x: 0, y: 245 }, rect, DEFAULT_RANGE, { orientation: "vertical", dir: "rtl" })).toBe(25);
  });
  it("clamps outside the track and survives a zero-size track", () => {
    expect(valueFromPointer({ x: 9999, y: 0 }, rect, DEFAULT_RANGE, { orientation: "horizontal", dir: "ltr" })).toBe(100);
    expect(valueFromPointer({ x: 5, y: 5 }, { left: 0, top: 0, width: 0, height: 0 }, DEFAULT_RANGE, { orientation: "horizontal", dir: "ltr" })).toBe(50);
  });
});

describe("nearestIndex", () => {
  it("picks the closer marker; a tie goes to the first", () => {
    expect(nearestIndex([20, 80], 70)).toBe(1);
    expect(nearestIndex([20, 80], 50)).toBe(0);
    expect(nearestIndex([40], 99)).toBe(0);
  });
});

describe("overlapOffsets", () => {
  it("goes from touching to almost the same circle", () => {
    const apart = overlapOffsets(0, 10);
    expect(apart.other - apart.self).toBe(20);
    expect(apart.overlap).toBe(0);
    const close = overlapOffsets(100, 10);
    expect(close.other - close.self).toBeCloseTo(2);
    expect(close.overlap).toBeCloseTo(0.9);
    expect(overlapOffsets(50, 10).overlap).toBeGreaterThan(0);
  });
});

describe("history", () => {
  it("reads dates in several forms", () => {
    expect(toTime(new Date(5))).toBe(5);
    expect(toTime(7)).toBe(7);
    expect(toTime("2026-03-08T07:00:00Z")).toBe(Date.UTC(2026, 2, 8, 7));
    expect(toTime("not a date")).toBeNaN();
    expect(toTime(Infinity)).toBeNaN();
    expect(toTime(null)).toBeNaN();
  });
  it("sorts, scales and skips unreadable entries", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const points = scaleHistory(
      [
        { date: "2026-01-03T00:00:00Z", value: 100 },
        { date: "2026-01-01T00:00:00Z", value: 0 },
        { date: "garbage", value: 10 },
        { date: "2026-01-02T00:00:00Z", value: NaN },
        { date: "2026-01-02T00:00:00Z", value: 150 },
      ],
      DEFAULT_RANGE,
      { width: 200, height: 100 },
    );
    // The lean across (space at 0, closeness at the width), time down (oldest at the top).
    expect(points.map((p) => [p.x, p.y, p.value])).toEqual([
      [0, 0, 0],
      [200, 50, 100],
      [200, 100, 100],
    ]);
    expect(warn).toHaveBeenCalled();
  });
  it("spreads entries that share one instant, centres a single one", () => {
    const same = scaleHistory(
      [
        { date: 1000, value: 50 },
        { date: 1000, value: 60 },
      ],
      DEFAULT_RANGE,
      { width: 100, height: 10 },
    );
    expect(same.map((p) => p.y)).toEqual([0, 10]);
    expect(scaleHistory([{ date: 1, value: 50 }], DEFAULT_RANGE, { width: 100, height: 10 })[0]!.y).toBe(5);
    expect(scaleHistory(null, DEFAULT_RANGE, { width: 100, height: 10 })).toEqual([]);
  });
});

describe("revealState", () => {
  it("opens only when both have shared in reveal mode", () => {
    expect(revealState(false, false, false)).toBe("open");
    expect(revealState(true, false, false)).toBe("waiting-for-both");
    expect(revealState(true, true, false)).toBe("waiting-for-partner");
    expect(revealState(true, false, true)).toBe("waiting-for-you");
    expect(revealState(true, true, true)).toBe("revealed");
  });
});
