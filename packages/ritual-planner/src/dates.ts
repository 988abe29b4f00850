/** Calendar arithmetic on day numbers (days since 1970-01-01), free of any time zone. */
import type { LocalDate, Weekday } from "./types";

export const WEEKDAYS: readonly Weekday[] = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

export interface YMD {
  year: number;
  month: number;
  day: number;
}

/** Parses "YYYY-MM-DD", rejecting impossible dates (2026-02-30). */
export function parseLocalDate(text: unknown): YMD | undefined {
  if (typeof text !== "string") return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

/** Parses "HH:mm" (24-hour). */
export function parseLocalTime(text: unknown): { hour: number; minute: number } | undefined {
  if (typeof text !== "string") return undefined;
  const m = /^(\d{2}):(\d{2})$/.exec(text);
  if (!m) return undefined;
  const hour = Number(m[1]);
  const minute = Number(m[2]);
  if (hour > 23 || minute > 59) return undefined;
  return { hour, minute };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function dayNumber({ year, month, day }: YMD): number {
  return Math.floor(Date.UTC(year, month - 1, day) / 864e5);
}

export function fromDayNumber(n: number): YMD {
  const d = new Date(n * 864e5);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** "YYYY-MM-DD" of a day number. */
export const dayKey = (n: number): LocalDate => new Date(n * 864e5).toISOString().slice(0, 10);

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
  const d = parseLocalDate(date);
  const t = parseLocalTime(time);
  return d && t ? dayNumber(d) * 864e5 + (t.hour * 60 + t.minute) * 60000 : NaN;
}
