/**
 * VTIMEZONE from the platform's Intl data (no tz database shipped): find every offset change
 * in the years a calendar needs, write one observance per change, and give the latest
 * daylight and standard observances a yearly RRULE when the change follows an nth-weekday
 * pattern (most zones), so calendar apps stay right in later years too.
 */
import { offsetMinutes } from "@attune/core/logic";

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

const years = new Map<string, Map<number, Transition[]>>();

/** The offset changes of one UTC calendar year in a zone, read from Intl once and kept. */
export function yearTransitions(timeZone: string, year: number): Transition[] {
  let byYear = years.get(timeZone);
  if (!byYear) {
    if (years.size > 500) years.clear();
    byYear = new Map();
    years.set(timeZone, byYear);
  }
  let found = byYear.get(year);
  if (!found) {
    found = findTransitions(timeZone, Date.UTC(year, 0, 1), Date.UTC(year + 1, 0, 1));
    byYear.set(year, found);
  }
  return found;
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

/** "+0100", "-0430", "+0545". */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`;
}

/** "YYYYMMDDTHHMMSS" of an epoch read as UTC fields. */
export function formatFloating(epochMs: number): string {
  const d = new Date(epochMs);
  return `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(
    d.getUTCMinutes(),
  )}${pad(d.getUTCSeconds())}`;
}

const DAY_CODES = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"];

/** The local wall time (before the change) at which a transition happens, as UTC fields. */
function localStart(tr: Transition): number {
  return tr.at + tr.from * MINUTE;
}

/** "2SU" / "-1SU" style position of a date in its month, or undefined. */
function nthWeekday(local: Date): { month: number; byDay: string; time: number } {
  const day = local.getUTCDate();
  const dim = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth() + 1, 0)).getUTCDate();
  const code = DAY_CODES[local.getUTCDay()]!;
  const n = dim - day < 7 ? -1 : Math.ceil(day / 7);
  return { month: local.getUTCMonth() + 1, byDay: `${n}${code}`, time: local.getTime() % 864e5 };
}

function sameRule(a: Transition, b: Transition): string | undefined {
  const ra = nthWeekday(new Date(localStart(a)));
  const rb = nthWeekday(new Date(localStart(b)));
  if (ra.month !== rb.month || ra.byDay !== rb.byDay || ra.time !== rb.time || a.from !== b.from || a.to !== b.to) return undefined;
  return `FREQ=YEARLY;BYMONTH=${ra.month};BYDAY=${ra.byDay}`;
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
    const o = formatOffset(offsetMinutes(from, timeZone));
    lines.push("BEGIN:STANDARD", "DTSTART:19700101T000000", `TZOFFSETFROM:${o}`, `TZOFFSETTO:${o}`, "END:STANDARD");
  } else {
    // The last change of each direction carries the yearly rule when the year before agrees.
    const lastIndex = new Map<boolean, number>();
    transitions.forEach((tr, i) => lastIndex.set(tr.to > tr.from, i));
    transitions.forEach((tr, i) => {
      const daylight = tr.to > tr.from;
      const kind = daylight ? "DAYLIGHT" : "STANDARD";
      lines.push(`BEGIN:${kind}`, `DTSTART:${formatFloating(localStart(tr))}`);
      if (lastIndex.get(daylight) === i) {
        const previous = transitions.slice(0, i).reverse().find((p) => p.to > p.from === daylight && tr.at - p.at < 400 * 864e5);
        const rule = previous && sameRule(previous, tr);
        if (rule) lines.push(`RRULE:${rule}`);
      }
      lines.push(`TZOFFSETFROM:${formatOffset(tr.from)}`, `TZOFFSETTO:${formatOffset(tr.to)}`, `END:${kind}`);
    });
  }
  lines.push("END:VTIMEZONE");
  return lines;
}
