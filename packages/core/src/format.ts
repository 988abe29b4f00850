/**
 * Cached Intl.DateTimeFormat instances: building one costs far more than formatting with it,
 * and widgets format the same few patterns hundreds of times (an agenda, a history chart).
 */
const cache = new Map<string, Intl.DateTimeFormat>();

/** A cached `Intl.DateTimeFormat(locale, options)`; an invalid locale or zone falls back rather than throwing. */
export function dateTimeFormat(locale: string | undefined, options: Intl.DateTimeFormatOptions = {}): Intl.DateTimeFormat {
  const key = JSON.stringify([locale ?? "", options]);
  let f = cache.get(key);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat(locale, options);
    } catch {
      // A bad locale tag or time zone: keep the options that are certainly valid.
      const { timeZone: _zone, ...rest } = options;
      try {
        f = new Intl.DateTimeFormat(locale, rest);
      } catch {
        f = new Intl.DateTimeFormat(undefined, rest);
      }
    }
    cache.set(key, f);
  }
  return f;
}

/** Formats an instant (epoch ms) with a cached formatter; a non-finite instant gives "". */
export function formatDateTime(epochMs: number, locale: string | undefined, options: Intl.DateTimeFormatOptions = {}): string {
  return Number.isFinite(epochMs) && Math.abs(epochMs) <= 8.64e15 ? dateTimeFormat(locale, options).format(epochMs) : "";
}
