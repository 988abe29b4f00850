/**
 * Local calendar dates and clock times as the widget contract passes them: `IsoDate`
 * ("2026-03-08") and `IsoTime` ("19:30"). Template-literal types catch a value of the wrong
 * form at compile time; the parsers catch the rest (a 30 February, a 25th hour) at run time.
 */
export type IsoDate = `${number}-${number}-${number}`;
export type IsoTime = `${number}:${number}`;

/** A calendar date split into numbers (month 1-12). */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Days in a month of the proleptic Gregorian calendar (month 1-12). */
export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** "YYYY-MM-DD" for a date that exists, else undefined ("2026-02-30", "2026-2-3", 42). */
export function parseIsoDate(value: unknown): CalendarDate | undefined {
  if (typeof value !== "string") return undefined;
  const m = DATE.exec(value);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

/** True for a "YYYY-MM-DD" date that exists in the calendar. */
export function isIsoDate(value: unknown): value is IsoDate {
  return parseIsoDate(value) !== undefined;
}

/** "HH:MM" on a 24-hour clock (00:00-23:59), else undefined. */
export function parseIsoTime(value: unknown): { hour: number; minute: number } | undefined {
  if (typeof value !== "string") return undefined;
  const m = TIME.exec(value);
  return m ? { hour: Number(m[1]), minute: Number(m[2]) } : undefined;
}

/** True for an "HH:MM" time on a 24-hour clock. */
export function isIsoTime(value: unknown): value is IsoTime {
  return parseIsoTime(value) !== undefined;
}

/** The IsoDate of a calendar date (years 0-9999), or undefined when the date does not exist. */
export function toIsoDate(date: CalendarDate): IsoDate | undefined {
  const { year, month, day } = date ?? ({} as CalendarDate);
  if (!Number.isInteger(year) || year < 0 || year > 9999) return undefined;
  const text = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  return isIsoDate(text) ? text : undefined;
}
