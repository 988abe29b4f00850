/** The planner's date and time patterns, on core's cached formatters. */
import { dateTimeFormat } from "@attune/core/logic";
import { agreementStatus } from "./agreement";
import { RITUAL_LIBRARY } from "./draft";
import type { ShortKey } from "./messages";
import type { Plan } from "./types";
import type { T } from "./use-ritual-planner";

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

// The plan's words live here rather than in the hook: the plan dialog's and the export's chunks
// use them too, and importing them from the hook would pull the hook (with its dynamic imports)
// into a shared chunk, where "./lazy/..." paths no longer match.

/** The ritual's "how" as words: a library ritual's catalogue text, else the text itself. */
export function howLabel(how: unknown, t: T): string | undefined {
  if (typeof how !== "string" || !how) return undefined;
  return (RITUAL_LIBRARY as readonly string[]).includes(how) ? t(`how.${how}` as ShortKey) : how;
}

/** A plan's title as text (stored data may hold anything), or the catalogue's "Untitled plan". */
export const titleOf = (plan: Plan | undefined, t: T): string => (typeof plan?.title === "string" && plan.title.trim() ? plan.title : t("untitled"));

/** The agreement status as words ("Agreed", "Your partner proposed this"). */
export function statusText(plan: Plan, t: T): string {
  const s = agreementStatus(plan);
  if (s === "draft" || s === "accepted") return t(`status.${s}`);
  return t(`status.${s}.${plan.agreement!.by}` as ShortKey);
}
