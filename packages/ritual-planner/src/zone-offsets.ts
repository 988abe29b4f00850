/**
 * Fast offsets for many occurrences: each (zone, year) is read from Intl once (its offset
 * changes, found to the minute), then every lookup is a small search. Same answers as
 * core's `offsetMinutes` and `fromWallClock`, at a fraction of the cost for 1,000 rituals.
 */
import { offsetMinutes, type ResolvedWallClock, type WallClock } from "@attune/core/logic";
import { yearTransitions, type Transition } from "./vtimezone";

interface YearOffsets {
  base: number;
  transitions: Transition[];
}

const zones = new Map<string, Map<number, YearOffsets>>();
const YEAR_MS = 365.2425 * 864e5;

function yearOffsets(zone: string, epochMs: number): YearOffsets {
  let byYear = zones.get(zone);
  if (!byYear) {
    if (zones.size > 500) zones.clear();
    byYear = new Map();
    zones.set(zone, byYear);
  }
  // A cheap year estimate is enough if each entry covers its own exact bounds.
  let year = Math.floor(epochMs / YEAR_MS) + 1970;
  if (epochMs < Date.UTC(year, 0, 1)) year--;
  else if (epochMs >= Date.UTC(year + 1, 0, 1)) year++;
  let y = byYear.get(year);
  if (!y) {
    const start = Date.UTC(year, 0, 1);
    y = { base: offsetMinutes(start, zone), transitions: yearTransitions(zone, year) };
    byYear.set(year, y);
  }
  return y;
}

// The last year looked up: consecutive lookups are nearly always in the same zone and year.
let last: { zone: string; start: number; end: number; offsets: YearOffsets } | undefined;

/** Offset in minutes east of UTC at an instant. */
export function fastOffset(epochMs: number, zone: string): number {
  let offsets: YearOffsets;
  if (last && last.zone === zone && epochMs >= last.start && epochMs < last.end) {
    offsets = last.offsets;
  } else {
    offsets = yearOffsets(zone, epochMs);
    const year = new Date(epochMs).getUTCFullYear();
    last = { zone, start: Date.UTC(year, 0, 1), end: Date.UTC(year + 1, 0, 1), offsets };
  }
  const { base, transitions } = offsets;
  let o = base;
  for (const tr of transitions) {
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

/** The same, for a wall-clock time given as its UTC-fields epoch (day number × 864e5 + time of day). */
export function resolveLocalMs(guess: number, zone: string): ResolvedWallClock {
  const before = fastOffset(guess - 864e5, zone);
  const after = fastOffset(guess + 864e5, zone);
  const here = fastOffset(guess, zone);
  if (before === after && after === here) return { epochMs: guess - here * 60000, status: "exact" };
  const candidates = [...new Set([before, after, here].map((o) => guess - o * 60000))]
    .filter((t) => t + fastOffset(t, zone) * 60000 === guess)
    .sort((a, b) => a - b);
  if (candidates.length === 1) return { epochMs: candidates[0]!, status: "exact" };
  if (candidates.length > 1) return { epochMs: candidates[0]!, status: "overlap" };
  return { epochMs: guess - before * 60000, status: "gap" };
}
