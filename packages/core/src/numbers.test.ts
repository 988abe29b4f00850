import { afterEach, describe, expect, it, vi } from "vitest";
import { clamp, finiteOr, normalizeRange, snapToStep } from "./numbers";
import { resetWarnings } from "./dev";

afterEach(() => {
  resetWarnings();
  vi.restoreAllMocks();
});

const defaults = { min: 0, max: 100, step: 1 };

describe("numbers", () => {
  it("clamps, and turns NaN into the minimum", () => {
    expect(clamp(150, 0, 100)).toBe(100);
    expect(clamp(-Infinity, 0, 100)).toBe(0);
    expect(clamp(Number.NaN, 0, 100)).toBe(0);
  });

  it("repairs a broken range with a warning for each repair", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    expect(normalizeRange(10, 0, 2, defaults, "X")).toEqual({ min: 0, max: 10, step: 2 });
    expect(normalizeRange(Number.NaN, Infinity, -1, defaults, "Y")).toEqual(defaults);
    expect(normalizeRange(5, 5, 0, defaults, "Z")).toEqual(defaults);
    expect(warn.mock.calls.length).toBeGreaterThanOrEqual(5);
  });

  it("snaps to the step without float dust", () => {
    const r = { min: 0, max: 1, step: 0.1 };
    expect(snapToStep(0.30000000000000004, r)).toBe(0.3);
    expect(snapToStep(0.74, { min: 0, max: 10, step: 0.25 })).toBe(0.75);
    expect(snapToStep(7, { min: 1, max: 9, step: 3 })).toBe(7);
    expect(snapToStep(99, r)).toBe(1);
  });

  it("finiteOr keeps finite numbers and replaces anything else", () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    expect(finiteOr(3, 1, "n")).toBe(3);
    expect(finiteOr("3", 1, "n")).toBe(1);
    expect(finiteOr(Number.POSITIVE_INFINITY, 1, "n")).toBe(1);
  });
});
