import { describe, expect, it } from "vitest";
import { buildAgenda, groupAgenda } from "./agenda";
import { makeBenchmarkRituals } from "../../../bench/lib/planner-fixtures.mjs";
import type { Plan, RitualPlan } from "./types";

const weekly = (i: number, zone = "Europe/Berlin"): RitualPlan => ({
  kind: "ritual",
  id: `r${i}`,
  title: `Ritual ${i}`,
  timeZone: zone,
  startDate: "2026-03-02",
  time: `${String(6 + (i % 15)).padStart(2, "0")}:${String(i % 60).padStart(2, "0")}`,
  durationMinutes: 30,
  recurrence: { freq: "weekly", days: i % 2 ? ["MO", "WE", "FR"] : ["TU", "SA"] },
});

describe("buildAgenda", () => {
  it("groups occurrences by the viewer's local day", () => {
    const plans: Plan[] = [
      { ...weekly(1), time: "23:30", recurrence: { freq: "daily" } },
      { kind: "apart", id: "b", title: "Back", timeZone: "UTC", start: "2026-03-02T10:00:00Z", returnAt: "2026-03-02T11:00:00Z" },
    ];
    const from = Date.UTC(2026, 2, 2);
    const inBerlin = buildAgenda(plans, { from, to: from + 864e5, viewerZone: "Europe/Berlin" });
    expect(inBerlin.days.map((d) => [d.date, d.items.map((i) => i.planId)])).toEqual([
      ["2026-03-02", ["b", "r1"]],
    ]);
    // 23:30 in Berlin is 17:30 in New York the same day; 11:00Z is 06:00 there.
    const inNewYork = buildAgenda(plans, { from, to: from + 2 * 864e5, viewerZone: "America/New_York" });
    expect(inNewYork.days.map((d) => d.date)).toEqual(["2026-03-02", "2026-03-03"]);
  });
  it("lists invalid plans instead of failing", () => {
    const r = buildAgenda([{ ...weekly(1), timeZone: "Mars/Olympus" }, weekly(2)], { from: Date.UTC(2026, 2, 2), to: Date.UTC(2026, 2, 9), viewerZone: "UTC" });
    expect(r.invalid).toEqual([{ id: "r1", error: { code: "invalid-zone", field: "timeZone" } }]);
    expect(r.days.length).toBeGreaterThan(0);
  });
});

describe("collectOccurrences", () => {
  it("gives the same first occurrences whether or not the near window suffices", () => {
    const plans = Array.from({ length: 50 }, (_, i) => weekly(i));
    const from = Date.UTC(2026, 2, 20);
    const full = buildAgenda(plans, { from, to: from + 14 * 864e5, viewerZone: "UTC", limit: Infinity });
    const first = full.days.flatMap((d) => d.items).slice(0, 30);
    const capped = buildAgenda(plans, { from, to: from + 14 * 864e5, viewerZone: "UTC", limit: 30 });
    expect(capped.days.flatMap((d) => d.items).map((i) => i.planId + i.start)).toEqual(first.map((i) => i.planId + i.start));
    const many = buildAgenda(plans, { from, to: from + 14 * 864e5, viewerZone: "UTC", limit: 400 });
    expect(many.days.flatMap((d) => d.items)).toHaveLength(full.days.flatMap((d) => d.items).length);
  });
});

describe("1,000 rituals", () => {
  // Timings and their goals live in bench/ (a shared machine makes thresholds here flaky).
  it("builds two weeks of agenda for 1,000 rituals, grouped so each recurring ritual shows once", () => {
    const plans = makeBenchmarkRituals(1000);
    const from = Date.UTC(2026, 2, 20);
    const all = buildAgenda(plans, { from, to: from + 14 * 864e5, viewerZone: "Europe/Berlin", limit: Infinity });
    const occurrences = all.days.reduce((n, d) => n + d.items.length, 0);
    expect(occurrences).toBeGreaterThan(4000);
    const grouped = groupAgenda(all.days);
    const entries = grouped.flatMap((d) => d.entries);
    // Every ritual that happens in the window is one entry holding all of its occurrences.
    expect(new Set(entries.map((e) => e.planId)).size).toBe(entries.length);
    expect(entries.reduce((n, e) => n + e.items.length, 0)).toBe(occurrences);
  });
});

describe("groupAgenda", () => {
  it("shows a daily check-in once with its later times, one-offs and moved times on their own", () => {
    const daily = { ...weekly(1), id: "daily", recurrence: { freq: "daily" as const }, exceptions: { "2026-03-24": { moveTo: { date: "2026-03-24", time: "21:00" } } } };
    const once = { ...weekly(2), id: "once", startDate: "2026-03-25", recurrence: undefined };
    const from = Date.UTC(2026, 2, 20);
    const { days } = buildAgenda([daily, once], { from, to: from + 14 * 864e5, viewerZone: "UTC", limit: Infinity });
    const grouped = groupAgenda(days);
    const entries = grouped.flatMap((d) => d.entries);
    const dailyEntries = entries.filter((e) => e.planId === "daily");
    expect(dailyEntries).toHaveLength(2);
    expect(dailyEntries[0]!.items).toHaveLength(13);
    expect(dailyEntries[1]!.items[0]!.moved).toBe(true);
    expect(entries.filter((e) => e.planId === "once")).toHaveLength(1);
  });
});
