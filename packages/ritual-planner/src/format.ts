/** The planner's date and time patterns, on core's cached formatters. */
import { dateTimeFormat } from "@attune/core/logic";

const HOUR_MINUTE = { hour: "numeric", minute: "2-digit" } as const;
const format = (epochMs: number, locale: string, timeZone: string, options: Intl.DateTimeFormatOptions): string =>
  Number.isFinite(epochMs) && Math.abs(epochMs) <= 8.64e15 ? dateTimeFormat(locale, { ...options, timeZone }).format(epochMs) : "";

/** "19:00" / "7:00 PM" in a zone; with the zone's short name when `zoneName` is set. */
export const formatTime = (epochMs: number, timeZone: string, locale: string, zoneName = false): string =>
  format(epochMs, locale, timeZone, zoneName ? { ...HOUR_MINUTE, timeZoneName: "short" } : HOUR_MINUTE);

/** "Wednesday 4 March" for a local date (no zone math: read as UTC). */
export function formatDay(localDate: string, locale: string, style: "long" | "short" = "long"): string {
  // A date-only ISO string parses as UTC midnight.
  const t = Date.parse(localDate);
  return Number.isFinite(t) ? format(t, locale, "UTC", { weekday: style, day: "numeric", month: style }) : localDate;
}

/** "Wed 4 Mar, 19:00" in a zone. */
export const formatDateTime = (epochMs: number, timeZone: string, locale: string): string =>
  format(epochMs, locale, timeZone, { weekday: "short", day: "numeric", month: "short", ...HOUR_MINUTE });

/** Weekday names Monday first, from 2024-01-01 (a Monday). */
export const weekdayNames = (locale: string, style: "long" | "short" | "narrow"): string[] =>
  Array.from({ length: 7 }, (_, i) => format(Date.UTC(2024, 0, 1 + i), locale, "UTC", { weekday: style }));
