import { describe, expect, it } from "vitest";
import { parseBreathingStart, resolvePattern, sessionLength, showsBreathingRate } from "./logic";
import * as engineAlias from "./engine";
import * as logic from "./logic";

describe("@attune/breathing/logic", () => {
  it("keeps /engine as an alias: every engine export is also in logic", () => {
    for (const name of Object.keys(engineAlias)) expect(logic).toHaveProperty(name);
  });

  it("accepts a shared start that round-trips through JSON", () => {
    const start = { version: 1, startAt: 1_795_291_200_000, pattern: "box", cycles: 19 };
    expect(parseBreathingStart(JSON.parse(JSON.stringify(start)))).toEqual({ ok: true, value: start });
    const custom = { version: 1, startAt: 0, pattern: { phases: [{ kind: "inhale", seconds: 4 }, { kind: "exhale", seconds: 6 }] }, cycles: 3, breathsPerMinute: 6 };
    expect(parseBreathingStart(custom)).toEqual({ ok: true, value: custom });
  });

  it.each([
    ["not an object", "box"],
    ["null", null],
    ["an array", []],
    ["another version", { version: 2, startAt: 0, pattern: "box", cycles: 1 }],
    ["a string start", { version: 1, startAt: "2026-01-01", pattern: "box", cycles: 1 }],
    ["a start beyond any date", { version: 1, startAt: 8.64e15 + 1, pattern: "box", cycles: 1 }],
    ["NaN start", { version: 1, startAt: NaN, pattern: "box", cycles: 1 }],
    ["an unknown preset", { version: 1, startAt: 0, pattern: "square", cycles: 1 }],
    ["an empty custom pattern", { version: 1, startAt: 0, pattern: { phases: [] }, cycles: 1 }],
    ["a phase of unknown kind", { version: 1, startAt: 0, pattern: { phases: [{ kind: "sigh", seconds: 4 }] }, cycles: 1 }],
    ["a phase of 0 s", { version: 1, startAt: 0, pattern: { phases: [{ kind: "inhale", seconds: 0 }] }, cycles: 1 }],
    ["zero cycles", { version: 1, startAt: 0, pattern: "box", cycles: 0 }],
    ["fractional cycles", { version: 1, startAt: 0, pattern: "box", cycles: 1.5 }],
    ["a pace outside resonance", { version: 1, startAt: 0, pattern: "resonance", cycles: 1, breathsPerMinute: 20 }],
  ])("rejects %s with a reason", (_name, value) => {
    const result = parseBreathingStart(value);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/\w/);
  });

  it("shows breaths a minute only for steady in-and-out patterns", () => {
    expect(showsBreathingRate(resolvePattern("resonance"))).toBe(true);
    expect(showsBreathingRate(resolvePattern("cyclic-sigh"))).toBe(true);
    expect(showsBreathingRate(resolvePattern("box"))).toBe(false);
    expect(showsBreathingRate(resolvePattern("4-7-8"))).toBe(false);
  });

  it("gives short sessions in seconds, not 'about 1 minute'", () => {
    expect(sessionLength(16_000)).toEqual({ unit: "seconds", count: 16 });
    expect(sessionLength(48_000)).toEqual({ unit: "seconds", count: 48 });
    expect(sessionLength(60_000)).toEqual({ unit: "minutes", count: 1 });
    expect(sessionLength(304_000)).toEqual({ unit: "minutes", count: 5 });
    expect(sessionLength(NaN)).toEqual({ unit: "seconds", count: 1 });
  });
});
