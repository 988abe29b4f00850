import { describe, expect, it } from "vitest";
import { fromWallClock, isValidTimeZone, offsetMinutes, parseWallClock, toWallClock, validZonedTime } from "./time";
import edges from "../../../tests/fixtures/time-edge-cases.json";

function parseOffset(s: string): number {
  const sign = s.startsWith("-") ? -1 : 1;
  const [h, m] = s.slice(1).split(":").map(Number);
  return sign * (h! * 60 + m!);
}

describe("time zones", () => {
  it("rejects every invalid zone in the fixtures and accepts real ones", () => {
    for (const z of edges.invalid) expect(isValidTimeZone(z)).toBe(false);
    expect(isValidTimeZone("Europe/Berlin")).toBe(true);
    expect(isValidTimeZone("UTC")).toBe(true);
    expect(isValidTimeZone(undefined)).toBe(false);
  });

  it("reads odd offsets", () => {
    for (const { zone, offset } of edges.oddOffsets) {
      expect(offsetMinutes(Date.UTC(2026, 5, 1), zone)).toBe(parseOffset(offset));
    }
  });

  it("round-trips wall-clock time", () => {
    const r = fromWallClock({ year: 2026, month: 7, day: 1, hour: 20, minute: 0 }, "Europe/Berlin");
    expect(r).toEqual({ epochMs: Date.UTC(2026, 6, 1, 18, 0), status: "exact" });
    expect(toWallClock(r.epochMs, "Europe/Berlin")).toMatchObject({ hour: 20, minute: 0, day: 1 });
  });

  for (const t of edges.transitions) {
    it(`${t.zone} ${t.kind} on ${t.localDate}`, () => {
      const [y, mo, d] = t.localDate.split("-").map(Number) as [number, number, number];
      const range = (t.kind === "gap" ? t.missing : t.repeated)!;
      const [hh, mm] = range.split("-")[0]!.split(":").map(Number) as [number, number];
      const wall = { year: y, month: mo, day: d, hour: hh, minute: mm };
      const before = parseOffset(t.offsetBefore);
      const after = parseOffset(t.offsetAfter);
      const r = fromWallClock(wall, t.zone);
      const asUtc = Date.UTC(y, mo - 1, d, hh, mm);
      if (t.kind === "gap") {
        // Moved forward by the gap: read with the offset from before the change.
        expect(r.status).toBe("gap");
        expect(r.epochMs).toBe(asUtc - before * 60000);
        const shown = toWallClock(r.epochMs, t.zone);
        expect(shown.hour * 60 + shown.minute).toBe(hh * 60 + mm + (after - before));
      } else {
        expect(r.status).toBe("overlap");
        expect(r.epochMs).toBe(asUtc - before * 60000);
        expect(fromWallClock(wall, t.zone, "later").epochMs).toBe(asUtc - after * 60000);
      }
    });
  }

  it("parses datetime-local text and rejects impossible dates", () => {
    expect(parseWallClock("2026-02-28T08:30")).toEqual({ year: 2026, month: 2, day: 28, hour: 8, minute: 30, second: 0 });
    expect(parseWallClock("2026-02-30T08:30")).toBeUndefined();
    expect(parseWallClock("2026-13-01T08:30")).toBeUndefined();
    expect(parseWallClock("tomorrow")).toBeUndefined();
    expect(parseWallClock(null)).toBeUndefined();
  });

  it("validates a ZonedTime", () => {
    expect(validZonedTime({ at: "2026-11-21T20:00:00Z", timeZone: "Europe/Berlin" })).toEqual({
      at: "2026-11-21T20:00:00.000Z",
      timeZone: "Europe/Berlin",
    });
    expect(validZonedTime({ at: "not a date", timeZone: "Europe/Berlin" })).toBeUndefined();
    expect(validZonedTime({ at: "2026-11-21T20:00:00Z", timeZone: "Mars/Olympus" })).toBeUndefined();
    expect(validZonedTime("2026")).toBeUndefined();
  });
});
