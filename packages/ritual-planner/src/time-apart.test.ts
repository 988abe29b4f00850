import { describe, expect, it } from "vitest";
import edge from "./__fixtures__/time-edge-cases.json";
import { breakGuidance, planFromReturnTime, planTimeApart, reconnectionInterval, timeApartSummary } from "./time-apart";

const NOW = Date.UTC(2026, 4, 10, 18, 0);
const input = { id: "b1", title: "Back together", timeZone: "Europe/Berlin" };

describe("planTimeApart", () => {
  it("starts now and lasts a duration", () => {
    const r = planTimeApart({ ...input, start: "now", durationMinutes: 45, how: "tea" }, NOW);
    expect(r).toEqual({
      ok: true,
      value: {
        kind: "apart",
        id: "b1",
        title: "Back together",
        timeZone: "Europe/Berlin",
        start: "2026-05-10T18:00:00.000Z",
        returnAt: "2026-05-10T18:45:00.000Z",
        starter: "either",
        how: "tea",
      },
    });
  });
  it("starts later and runs until a time", () => {
    const r = planTimeApart({ ...input, start: "2026-05-10T20:00:00Z", until: { at: "2026-05-11T08:00:00Z", timeZone: "Europe/Berlin" } }, NOW);
    expect(r.ok && timeApartSummary(r.value)).toEqual({ minutes: 720, guidance: "ok" });
  });
  it("gives an error value for an end before the start, a bad date or zone", () => {
    expect(planTimeApart({ ...input, start: "now", until: "2026-05-10T17:00:00Z" }, NOW)).toEqual({
      ok: false,
      error: { code: "end-before-start", field: "until" },
    });
    expect(planTimeApart({ ...input, start: "not a date", durationMinutes: 30 }, NOW).ok).toBe(false);
    expect(planTimeApart({ ...input, start: "now" }, NOW)).toEqual({ ok: false, error: { code: "invalid-duration", field: "durationMinutes" } });
    expect(planTimeApart({ ...input, start: "now", durationMinutes: -5 }, NOW).ok).toBe(false);
    expect(planTimeApart({ ...input, title: { text: "hi" } as never, start: "now", durationMinutes: 30 }, NOW)).toEqual({
      ok: false,
      error: { code: "invalid-plan" },
    });
    for (const zone of edge.invalid) {
      expect(planTimeApart({ ...input, timeZone: zone, start: "now", durationMinutes: 30 }, NOW)).toEqual({
        ok: false,
        error: { code: "invalid-zone", field: "timeZone" },
      });
    }
  });
});

describe("guidance", () => {
  it("is gentle about breaks under about 20 minutes and over a day", () => {
    expect(breakGuidance(10)).toBe("short");
    expect(breakGuidance(19)).toBe("short");
    expect(breakGuidance(20)).toBe("ok");
    expect(breakGuidance(24 * 60)).toBe("ok");
    expect(breakGuidance(24 * 60 + 1)).toBe("long");
  });
});

describe("planFromReturnTime (a ReassuranceComposer card's ZonedTime)", () => {
  it("plans time apart from now until the chosen return, in its zone", () => {
    const r = planFromReturnTime({ at: "2026-05-10T19:30:00.000Z", timeZone: "America/New_York" }, { id: "x", title: "Back soon" }, NOW);
    expect(r.ok && r.value).toMatchObject({ start: "2026-05-10T18:00:00.000Z", returnAt: "2026-05-10T19:30:00.000Z", timeZone: "America/New_York" });
    expect(r.ok && reconnectionInterval(r.value).end - reconnectionInterval(r.value).start).toBe(30 * 60000);
  });
  it("rejects a bad zone or instant clearly", () => {
    expect(planFromReturnTime({ at: "2026-05-10T19:30:00Z", timeZone: "Mars/Olympus" }, { id: "x", title: "" }, NOW)).toEqual({
      ok: false,
      error: { code: "invalid-zone", field: "timeZone" },
    });
    expect(planFromReturnTime({ at: "yesterday-ish", timeZone: "UTC" }, { id: "x", title: "" }, NOW)).toEqual({
      ok: false,
      error: { code: "invalid-date", field: "until" },
    });
    expect(planFromReturnTime({ at: "2026-05-10T17:00:00Z", timeZone: "UTC" }, { id: "x", title: "" }, NOW).ok).toBe(false);
  });
});
