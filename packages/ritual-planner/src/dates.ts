/** Calendar arithmetic on day numbers (days since 1970-01-01), free of any time zone. */
import { parseIsoDate, parseIsoTime, type CalendarDate } from "@attune/core/logic";
import type { LocalDate, Weekday } from "./types";

export const WEEKDAYS: readonly Weekday[] = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

// Parsing and month lengths are core's (the widget contract's IsoDate and IsoTime).
export { daysInMonth, parseIsoDate as parseLocalDate, parseIsoTime as parseLocalTime } from "@attune/core/logic";
export type YMD = CalendarDate;

export function dayNumber({ year, month, day }: YMD): number {
  return Math.floor(Date.UTC(year, month - 1, day) / 864e5);
}

export function fromDayNumber(n: number): YMD {
  const d = new Date(n * 864e5);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

// An agenda asks for the same few dates thousands of times (every occurrence of every plan);
// building each through a Date and its ISO string was the costliest step of expanding them.
const keys = new Map<number, LocalDate>();
/** "YYYY-MM-DD" of a day number. */
export function dayKey(n: number): LocalDate {
  let key = keys.get(n);
  if (key === undefined) {
    if (keys.size > 4000) keys.clear();
    keys.set(n, (key = new Date(n * 864e5).toISOString().slice(0, 10)));
  }
  return key;
}

export const formatLocalDate = (date: YMD): LocalDate => dayKey(dayNumber(date));

/** 0 = Monday … 6 = Sunday (ISO order, so weeks start on Monday as in RRULE WKST=MO). */
export function isoWeekdayIndex(n: number): number {
  // 1970-01-01 was a Thursday (index 3).
  return (((n + 3) % 7) + 7) % 7;
}

export function addMonths({ year, month }: YMD, months: number): { year: number; month: number } {
  const total = year * 12 + (month - 1) + months;
  return { year: Math.floor(total / 12), month: (total % 12) + 1 };
}

/** A local date and time as the epoch of the same UTC fields (day number × 864e5 + time of day); NaN when either is invalid. */
export function localMs(date: unknown, time: unknown): number {
  const d = parseIsoDate(date);
  const t = parseIsoTime(time);
  return d && t ? dayNumber(d) * 864e5 + (t.hour * 60 + t.minute) * 60000 : NaN;
}
