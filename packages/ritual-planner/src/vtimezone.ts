/**
 * VTIMEZONE from the platform's Intl data (no tz database shipped): find every offset change
 * in the years a calendar needs, write one observance per change, and give the latest
 * daylight and standard observances a yearly RRULE when the change follows an nth-weekday
 * pattern (most zones), so calendar apps stay right in later years too.
 */
import { offsetMinutes } from "@attune/core/logic";
import { WEEKDAYS } from "./dates";

export interface Transition {
  /** First instant (epoch ms) with the new offset. */
  at: number;
  /** Offsets in minutes east of UTC, before and after. */
  from: number;
  to: number;
}

const MINUTE = 60000;
const STEP = 7 * 864e5; // no zone changes its offset twice within a week

/** Offset changes in [fromMs, toMs), to the minute. */
export function findTransitions(timeZone: string, fromMs: number, toMs: number): Transition[] {
  const out: Transition[] = [];
  let t = Math.floor(fromMs / MINUTE) * MINUTE;
  let prev = offsetMinutes(t, timeZone);
  while (t < toMs) {
    const next = Math.min(t + STEP, toMs);
    const o = offsetMinutes(next, timeZone);
    if (o !== prev) {
      let lo = t / MINUTE;
      let hi = next / MINUTE;
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if (offsetMinutes(mid * MINUTE, timeZone) === prev) lo = mid;
        else hi = mid;
      }
      out.push({ at: hi * MINUTE, from: prev, to: o });
      prev = o;
    }
    t = next;
  }
  return out;
}

const years = new Map<string, Transition[]>();

/** The offset changes of one UTC calendar year in a zone, read from Intl once and kept. */
export function yearTransitions(timeZone: string, year: number): Transition[] {
  const key = `${timeZone} ${year}`;
  let found = years.get(key);
  if (!found) {
    if (years.size > 5000) years.clear();
    years.set(key, (found = findTransitions(timeZone, Date.UTC(year, 0, 1), Date.UTC(year + 1, 0, 1))));
  }
  return found;
}

/** "+0100", "-0430", "+0545". */
export function formatOffset(minutes: number): string {
  // "19700101T053000" for 330 minutes: offsets stay under a day.
  return (minutes < 0 ? "-" : "+") + formatFloating(Math.abs(minutes) * 60000).slice(9, 13);
}

/** "YYYYMMDDTHHMMSS" of an epoch read as UTC fields. */
export function formatFloating(epochMs: number): string {
  return new Date(epochMs).toISOString().replace(/\.\d+Z|[-:]/g, "");
}

/** The local wall time (before the change) at which a transition happens, as UTC fields. */
const localStart = (tr: Transition): number => tr.at + tr.from * MINUTE;

/**
 * The yearly rule a transition fits as the nth ("2SU") or last ("-1SU") weekday of its month,
 * followed by its wall time and offsets: two transitions follow one rule when these are equal.
 */
function ruleOf(tr: Transition): string {
  const local = new Date(localStart(tr));
  const day = local.getUTCDate();
  const month = local.getUTCMonth() + 1;
  const n = new Date(Date.UTC(local.getUTCFullYear(), month, 0)).getUTCDate() - day < 7 ? -1 : Math.ceil(day / 7);
  return `FREQ=YEARLY;BYMONTH=${month};BYDAY=${n}${WEEKDAYS[(local.getUTCDay() + 6) % 7]}|${local.getTime() % 864e5}|${tr.from}|${tr.to}`;
}

/**
 * VTIMEZONE lines (unfolded, no CRLF) for a zone covering the years given. Transitions are
 * searched from the start of the year before, so the first event always has an observance.
 */
export function vtimezoneLines(timeZone: string, firstYear: number, lastYear: number): string[] {
  const from = Date.UTC(firstYear - 1, 0, 1);
  const transitions: Transition[] = [];
  for (let y = firstYear - 1; y <= lastYear + 1; y++) transitions.push(...yearTransitions(timeZone, y));
  const lines = ["BEGIN:VTIMEZONE", `TZID:${timeZone}`];
  if (transitions.length === 0) {
    // A zone that never changes: one standard observance from 1970-01-01 00:00 local.
    const o = offsetMinutes(from, timeZone);
    transitions.push({ at: -o * MINUTE, from: o, to: o });
  }
  // The last change of each direction carries the yearly rule when the year before agrees.
  transitions.forEach((tr, i) => {
    const daylight = tr.to > tr.from;
    const kind = daylight ? "DAYLIGHT" : "STANDARD";
    const same = (p: Transition) => p.to > p.from === daylight;
    lines.push(`BEGIN:${kind}`, `DTSTART:${formatFloating(localStart(tr))}`);
    if (!transitions.slice(i + 1).some(same)) {
      const previous = transitions.slice(0, i).reverse().find(same);
      const rule = ruleOf(tr);
      if (previous && tr.at - previous.at < 400 * 864e5 && ruleOf(previous) === rule) lines.push(`RRULE:${rule.split("|")[0]}`);
    }
    lines.push(`TZOFFSETFROM:${formatOffset(tr.from)}`, `TZOFFSETTO:${formatOffset(tr.to)}`, `END:${kind}`);
  });
  lines.push("END:VTIMEZONE");
  return lines;
}
