/**
 * Fast offsets for many occurrences: each (zone, year) is read from Intl once (its offset
 * changes, found to the minute), then every lookup is a small search. Same answers as
 * core's `offsetMinutes` and `fromWallClock`, at a fraction of the cost for 1,000 rituals.
 */
import { fromWallClock, offsetMinutes, type ResolvedWallClock, type WallClock } from "@attune/core/logic";
import { yearTransitions, type Transition } from "./vtimezone";

// The year looked up last in each zone: an agenda's plans interleave zones, and consecutive
// lookups in one zone are nearly always in the same year.
type Year = { start: number; end: number; base: number; transitions: Transition[] };
const lastYear = new Map<string, Year>();

/** Offset in minutes east of UTC at an instant. */
export function fastOffset(epochMs: number, zone: string): number {
  let last = lastYear.get(zone);
  if (!last || epochMs < last.start || epochMs >= last.end) {
    const year = new Date(epochMs).getUTCFullYear();
    const start = Date.UTC(year, 0, 1);
    const transitions = yearTransitions(zone, year);
    // The year's first change starts from its offset on 1 January (the scan starts there).
    const base = transitions[0]?.from ?? offsetMinutes(start, zone);
    if (lastYear.size > 200) lastYear.clear();
    lastYear.set(zone, (last = { start, end: Date.UTC(year + 1, 0, 1), base, transitions }));
  }
  let o = last.base;
  for (const tr of last.transitions) {
    if (tr.at > epochMs) break;
    o = tr.to;
  }
  return o;
}

/** Day number (days since 1970-01-01) of an instant's local date in a zone. */
export function localDayNumber(epochMs: number, zone: string): number {
  return Math.floor((epochMs + fastOffset(epochMs, zone) * 60000) / 864e5);
}

/** As core's `fromWallClock(w, zone)` ("compatible": gaps move forward, overlaps take the earlier). */
export function resolveWallClock(w: WallClock, zone: string): ResolvedWallClock {
  return resolveLocalMs(Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second ?? 0), zone);
}

/**
 * The same, for a wall-clock time given as its UTC-fields epoch (day number × 864e5 + time of
 * day). When the cached offsets give exactly one instant (nearly every occurrence, even on a
 * clock-change day) that is the answer; a time in a gap or an overlap goes to core's
 * `fromWallClock`, so Attune has one disambiguation rule.
 */
export function resolveLocalMs(guess: number, zone: string): ResolvedWallClock {
  const here = fastOffset(guess, zone);
  const before = fastOffset(guess - 864e5, zone);
  const after = fastOffset(guess + 864e5, zone);
  if (before === here && after === here) return { epochMs: guess - here * 60000, status: "exact" };
  const candidates = [...new Set([before, here, after].map((o) => guess - o * 60000))].filter((t) => t + fastOffset(t, zone) * 60000 === guess);
  if (candidates.length === 1) return { epochMs: candidates[0]!, status: "exact" };
  const d = new Date(guess);
  return fromWallClock(
    { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds() },
    zone,
  );
}
