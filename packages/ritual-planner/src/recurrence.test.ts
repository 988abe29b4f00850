import { describe, expect, it } from "vitest";
import edge from "./__fixtures__/time-edge-cases.json";
import { expandRitual, isRuleDate, moveOccurrence, restoreOccurrence, setPaused, skipOccurrence, validateRitual } from "./recurrence";
import type { RitualPlan } from "./types";

const base: RitualPlan = {
  kind: "ritual",
  id: "r1",
  title: "Check-in",
  timeZone: "Europe/Berlin",
  startDate: "2026-03-02", // a Monday
  time: "19:00",
  durationMinutes: 20,
};
const plan = (over: Partial<RitualPlan>): RitualPlan => ({ ...base, ...over });
const RANGE = { from: Date.UTC(2026, 0, 1), to: Date.UTC(2027, 0, 1), limit: 1000 };

function dates(p: RitualPlan, range = RANGE): string[] {
  const r = expandRitual(p, range);
  if (!r.ok) throw new Error(r.error.code);
  return r.value.map((o) => o.originalDate);
}

describe("validateRitual", () => {
  it("accepts a good ritual", () => {
    expect(validateRitual(plan({ recurrence: { freq: "weekly", days: ["MO"] } }))).toBeUndefined();
  });
  it.each(edge.invalid)("rejects the zone %j", (zone) => {
    expect(validateRitual(plan({ timeZone: zone }))).toEqual({ code: "invalid-zone", field: "timeZone" });
  });
  it.each(["2026-02-30", "2026-13-01", "26-1-1", "", "2026-02-29"])("rejects the date %j", (startDate) => {
    expect(validateRitual(plan({ startDate }))?.code).toBe("invalid-date");
  });
  it.each(["24:00", "7:00", "19:60", "noon"])("rejects the time %j", (time) => {
    expect(validateRitual(plan({ time }))?.code).toBe("invalid-time");
  });
  it("rejects an end before the start", () => {
    expect(validateRitual(plan({ until: "2026-03-01" }))).toEqual({ code: "end-before-start", field: "until" });
  });
  it("rejects bad durations and rules", () => {
    expect(validateRitual(plan({ durationMinutes: 0 }))?.code).toBe("invalid-duration");
    expect(validateRitual(plan({ durationMinutes: NaN }))?.code).toBe("invalid-duration");
    expect(validateRitual(plan({ recurrence: { freq: "weekly", days: [] } }))?.code).toBe("invalid-recurrence");
    expect(validateRitual(plan({ recurrence: { freq: "daily", interval: 0 } }))?.code).toBe("invalid-recurrence");
    expect(validateRitual(plan({ recurrence: { freq: "yearly" } as never }))?.code).toBe("invalid-recurrence");
  });
  it.each([{ text: "hi" }, ["a"], 42, true])("rejects a stored title that is not text: %j", (title) => {
    expect(validateRitual(plan({ title: title as never }))).toEqual({ code: "invalid-plan" });
    expect(expandRitual(plan({ title: title as never }), RANGE).ok).toBe(false);
  });
  it("keeps accepting an empty or missing title (it renders as nothing)", () => {
    expect(validateRitual(plan({ title: "" }))).toBeUndefined();
    expect(validateRitual(plan({ title: undefined as never }))).toBeUndefined();
  });
  it("returns an error value instead of throwing when expanding a broken plan", () => {
    expect(expandRitual(plan({ timeZone: "Mars/Olympus" }), RANGE)).toEqual({ ok: false, error: { code: "invalid-zone", field: "timeZone" } });
    expect(expandRitual(plan({}), { from: NaN, to: 0 }).ok).toBe(false);
  });
});

describe("recurrence", () => {
  it("a one-off happens once", () => {
    expect(dates(base)).toEqual(["2026-03-02"]);
  });
  it("daily, every 3 days, until a date", () => {
    expect(dates(plan({ recurrence: { freq: "daily", interval: 3 }, until: "2026-03-14" }))).toEqual([
      "2026-03-02",
      "2026-03-05",
      "2026-03-08",
      "2026-03-11",
      "2026-03-14",
    ]);
  });
  it("weekly on chosen days", () => {
    expect(dates(plan({ startDate: "2026-03-04", recurrence: { freq: "weekly", days: ["FR", "MO"] }, until: "2026-03-16" }))).toEqual([
      "2026-03-06",
      "2026-03-09",
      "2026-03-13",
      "2026-03-16",
    ]);
  });
  it("every 2 weeks counts weeks from the start week (Monday-based)", () => {
    expect(dates(plan({ startDate: "2026-03-04", recurrence: { freq: "weekly", interval: 2, days: ["MO", "SU"] }, until: "2026-04-06" }))).toEqual([
      "2026-03-08",
      "2026-03-16",
      "2026-03-22",
      "2026-03-30",
      "2026-04-05",
    ]);
  });
  it("monthly on the 31st leaves out shorter months", () => {
    expect(dates(plan({ startDate: "2026-01-31", recurrence: { freq: "monthly" }, until: "2026-08-31" }))).toEqual([
      "2026-01-31",
      "2026-03-31",
      "2026-05-31",
      "2026-07-31",
      "2026-08-31",
    ]);
  });
  it("starts the expansion near the window, not at the start date", () => {
    const r = expandRitual(plan({ startDate: "2000-01-01", recurrence: { freq: "daily" } }), {
      from: Date.UTC(2026, 5, 1),
      to: Date.UTC(2026, 5, 4),
    });
    expect(r.ok && r.value.map((o) => o.originalDate)).toEqual(["2026-06-01", "2026-06-02", "2026-06-03"]);
  });
  it("respects the limit", () => {
    expect(expandRitual(plan({ recurrence: { freq: "daily" } }), { ...RANGE, limit: 3 }).ok && dates(plan({ recurrence: { freq: "daily" } }), { ...RANGE, limit: 3 })).toHaveLength(3);
  });
  it("isRuleDate follows the rule", () => {
    const p = plan({ recurrence: { freq: "weekly", days: ["MO"] } });
    expect(isRuleDate(p, "2026-03-09")).toBe(true);
    expect(isRuleDate(p, "2026-03-10")).toBe(false);
    expect(isRuleDate(p, "2026-02-23")).toBe(false);
    expect(isRuleDate(p, "nope")).toBe(false);
  });
});

describe("wall-clock time across daylight saving", () => {
  it("keeps 19:00 in Berlin before and after the March change", () => {
    const r = expandRitual(plan({ startDate: "2026-03-28", recurrence: { freq: "daily" }, until: "2026-03-30" }), RANGE);
    expect(r.ok && r.value.map((o) => new Date(o.start).toISOString())).toEqual([
      "2026-03-28T18:00:00.000Z",
      "2026-03-29T17:00:00.000Z",
      "2026-03-30T17:00:00.000Z",
    ]);
  });
  for (const t of edge.transitions) {
    const start = (t.kind === "gap" ? t.missing : t.repeated)!.slice(0, 5);
    it(`${t.zone} ${t.kind} on ${t.localDate} at ${start}: ${t.kind === "gap" ? "moves forward by the gap" : "takes the earlier time"}`, () => {
      const r = expandRitual(plan({ timeZone: t.zone, startDate: t.localDate, time: start }), RANGE);
      if (!r.ok) throw new Error(r.error.code);
      const [o] = r.value;
      expect(o!.adjustment).toBe(t.kind);
      const toMin = (x: string) => (x[0] === "-" ? -1 : 1) * (Number(x.slice(1, 3)) * 60 + Number(x.slice(4, 6)));
      const [y, m, d] = t.localDate.split("-").map(Number) as [number, number, number];
      const [hh, mm] = start.split(":").map(Number) as [number, number];
      const wallAsUtc = Date.UTC(y, m - 1, d, hh, mm);
      // Both rules read the wall time with the offset in force before the change.
      expect(o!.start).toBe(wallAsUtc - toMin(t.offsetBefore) * 60000);
    });
  }
  it("marks ordinary days as unadjusted", () => {
    const r = expandRitual(plan({}), RANGE);
    expect(r.ok && r.value[0]!.adjustment).toBe("none");
  });
});

describe("skip, move, pause", () => {
  const weekly = plan({ recurrence: { freq: "weekly", days: ["MO"] }, until: "2026-03-23" });
  it("skips one occurrence and restores it", () => {
    const r = skipOccurrence(weekly, "2026-03-09");
    if (!r.ok) throw new Error();
    expect(dates(r.value)).toEqual(["2026-03-02", "2026-03-16", "2026-03-23"]);
    expect(dates(restoreOccurrence(r.value, "2026-03-09"))).toHaveLength(4);
  });
  it("moves one occurrence to another day and time", () => {
    const r = moveOccurrence(weekly, "2026-03-09", { date: "2026-03-11", time: "08:30" });
    if (!r.ok) throw new Error();
    const out = expandRitual(r.value, RANGE);
    if (!out.ok) throw new Error();
    const moved = out.value.find((o) => o.moved)!;
    expect(moved.originalDate).toBe("2026-03-09");
    expect(new Date(moved.start).toISOString()).toBe("2026-03-11T07:30:00.000Z");
    expect(out.value.map((o) => o.originalDate)).toEqual(["2026-03-02", "2026-03-09", "2026-03-16", "2026-03-23"]);
  });
  it("refuses to skip or move a date the rule does not produce, or to a bad date", () => {
    expect(skipOccurrence(weekly, "2026-03-10").ok).toBe(false);
    expect(moveOccurrence(weekly, "2026-03-09", { date: "2026-02-31", time: "08:00" })).toEqual({
      ok: false,
      error: { code: "invalid-date", field: "moveTo" },
    });
    expect(moveOccurrence(weekly, "2026-03-09", { date: "2026-03-10", time: "25:00" }).ok).toBe(false);
  });
  it("a paused ritual has no upcoming occurrences until resumed", () => {
    const paused = setPaused(weekly, true);
    expect(dates(paused)).toEqual([]);
    expect(expandRitual(paused, { ...RANGE, includePaused: true }).ok && dates(setPaused(paused, false))).toHaveLength(4);
  });
});
