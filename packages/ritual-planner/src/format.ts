/** Intl formatting with cached formatters (no date library). */
const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    cache.set(key, f);
  }
  return f;
}

/** "19:00" / "7:00 PM" in a zone; with the zone's short name when `zoneName` is set. */
export function formatTime(epochMs: number, timeZone: string, locale: string, zoneName = false): string {
  return formatter(locale, timeZone, { hour: "numeric", minute: "2-digit", ...(zoneName ? { timeZoneName: "short" } : {}) }).format(epochMs);
}

/** "Wednesday 4 March" for a local date (no zone math: read as UTC). */
export function formatDay(localDate: string, locale: string, style: "long" | "short" = "long"): string {
  const t = Date.parse(`${localDate}T00:00:00Z`);
  if (!Number.isFinite(t)) return localDate;
  return formatter(locale, "UTC", { weekday: style, day: "numeric", month: style }).format(t);
}

/** "Wed 4 Mar, 19:00" in a zone. */
export function formatDateTime(epochMs: number, timeZone: string, locale: string): string {
  return formatter(locale, timeZone, { weekday: "short", day: "numeric", month: "short", hour: "numeric", minute: "2-digit" }).format(epochMs);
}

/** "March 2026". */
export function formatMonth(year: number, month: number, locale: string): string {
  return formatter(locale, "UTC", { month: "long", year: "numeric" }).format(Date.UTC(year, month - 1, 1));
}

/** Weekday names Monday first, from 2024-01-01 (a Monday). */
export function weekdayNames(locale: string, style: "long" | "short" | "narrow"): string[] {
  const f = formatter(locale, "UTC", { weekday: style });
  return Array.from({ length: 7 }, (_, i) => f.format(Date.UTC(2024, 0, 1 + i)));
}
