import { fromWallClock, offsetMinutes, toWallClock } from "@attune/core/logic";
import { describe, expect, it } from "vitest";
import edge from "./__fixtures__/time-edge-cases.json";
import { fastOffset, localDayNumber, resolveWallClock } from "./zone-offsets";

const zones = [...new Set([...edge.transitions.map((t) => t.zone), ...edge.oddOffsets.map((o) => o.zone), "UTC", "Australia/Sydney"])];

describe("fast offsets agree with core's Intl-based helpers", () => {
  it.each(zones)("%s: offsets every 37 minutes through 2026", (zone) => {
    for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += 37 * 60000 * 13) {
      expect(fastOffset(t, zone)).toBe(offsetMinutes(t, zone));
    }
  });
  it.each(edge.transitions)("$zone $kind on $localDate: every 15 minutes of the day resolves as core does", (t) => {
    const [y, m, d] = t.localDate.split("-").map(Number) as [number, number, number];
    for (let minute = 0; minute < 24 * 60; minute += 15) {
      const w = { year: y, month: m, day: d, hour: Math.floor(minute / 60), minute: minute % 60, second: 0 };
      expect(resolveWallClock(w, t.zone)).toEqual(fromWallClock(w, t.zone));
    }
  });
  it("gives local day numbers as toWallClock does", () => {
    const t = Date.UTC(2026, 2, 8, 4, 30);
    const w = toWallClock(t, "America/New_York");
    expect(localDayNumber(t, "America/New_York")).toBe(Date.UTC(w.year, w.month - 1, w.day) / 864e5);
  });
});
