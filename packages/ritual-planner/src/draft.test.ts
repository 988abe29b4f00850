import { describe, expect, it } from "vitest";
import { draftFromPlan, emptyDraft, planFromDraft } from "./draft";
import type { RitualPlan, TimeApartPlan } from "./types";

const NOW = Date.UTC(2026, 2, 4, 17, 20); // Wednesday 18:20 in Berlin

describe("drafts", () => {
  it("starts at the next full hour on today's weekday", () => {
    const d = emptyDraft("n1", "Europe/Berlin", NOW);
    expect([d.date, d.time, d.days]).toEqual(["2026-03-04", "19:00", ["WE"]]);
  });
  it("falls back to UTC for an invalid zone instead of throwing", () => {
    expect(emptyDraft("n1", "Mars/Olympus", NOW).timeZone).toBe("UTC");
  });
  it("turns a weekly draft into a ritual and back", () => {
    const d = { ...emptyDraft("n1", "Europe/Berlin", NOW), title: "  Sunday tea ", how: "tea", days: ["SU" as const], reminder: "15" };
    const r = planFromDraft(d, NOW);
    expect(r).toEqual({
      ok: true,
      value: {
        id: "n1",
        kind: "ritual",
        title: "Sunday tea",
        timeZone: "Europe/Berlin",
        starter: "either",
        how: "tea",
        reminderMinutes: 15,
        startDate: "2026-03-04",
        time: "19:00",
        durationMinutes: 30,
        recurrence: { freq: "weekly", interval: 1, days: ["SU"] },
      },
    });
    if (!r.ok) return;
    const back = draftFromPlan(r.value, NOW);
    expect(planFromDraft(back, NOW)).toEqual(r);
  });
  it("keeps a custom ritual's own words", () => {
    const d = { ...emptyDraft("n1", "UTC", NOW), title: "Us", how: "custom", customHow: "Cook together", repeat: "none" as const };
    const r = planFromDraft(d, NOW);
    expect(r.ok && r.value.how).toBe("Cook together");
    expect(r.ok && draftFromPlan(r.value, NOW)).toMatchObject({ how: "custom", customHow: "Cook together", repeat: "none" });
  });
  it("reports the first problem: name, zone, date, order", () => {
    const d = { ...emptyDraft("n1", "Europe/Berlin", NOW), title: "x" };
    expect(planFromDraft({ ...d, title: "  " }, NOW)).toEqual({ ok: false, error: { code: "title", field: "title" } });
    expect(planFromDraft({ ...d, timeZone: "America/New York" }, NOW)).toEqual({ ok: false, error: { code: "invalid-zone", field: "timeZone" } });
    expect(planFromDraft({ ...d, date: "2026-02-30" }, NOW)).toEqual({ ok: false, error: { code: "invalid-date", field: "startDate" } });
    expect(planFromDraft({ ...d, until: "2026-03-01" }, NOW)).toEqual({ ok: false, error: { code: "end-before-start", field: "until" } });
    expect(planFromDraft({ ...d, duration: "" }, NOW)).toMatchObject({ ok: false, error: { code: "invalid-duration" } });
    expect(planFromDraft({ ...d, days: [] }, NOW)).toMatchObject({ ok: false, error: { code: "invalid-recurrence" } });
  });
  it("plans time apart from now for a length, or until a local time", () => {
    const d = { ...emptyDraft("b1", "Europe/Berlin", NOW, "apart"), title: "Back together", minutes: "45" };
    const r = planFromDraft(d, NOW);
    expect(r.ok && r.value).toMatchObject({ kind: "apart", start: "2026-03-04T17:20:00.000Z", returnAt: "2026-03-04T18:05:00.000Z" });
    const u = planFromDraft({ ...d, lengthMode: "until", untilDate: "2026-03-04", untilTime: "21:00" }, NOW);
    expect(u.ok && (u.value as TimeApartPlan).returnAt).toBe("2026-03-04T20:00:00.000Z");
    expect(planFromDraft({ ...d, lengthMode: "until", untilDate: "2026-03-04", untilTime: "17:00" }, NOW)).toEqual({
      ok: false,
      error: { code: "end-before-start", field: "until" },
    });
    expect(planFromDraft({ ...d, startMode: "later", date: "2026-13-01" }, NOW)).toEqual({ ok: false, error: { code: "invalid-date", field: "date" } });
  });
  it("reopens a stored plan with an invalid zone so it can be fixed", () => {
    const broken: RitualPlan = { kind: "ritual", id: "x", title: "Walk", timeZone: "Mars/Olympus", startDate: "2026-03-04", time: "19:00", durationMinutes: 30 };
    const d = draftFromPlan(broken, NOW);
    expect(d.timeZone).toBe("Mars/Olympus");
    expect(planFromDraft(d, NOW).ok).toBe(false);
    expect(planFromDraft({ ...d, timeZone: "Europe/Berlin" }, NOW).ok).toBe(true);
  });
});
