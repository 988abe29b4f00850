/**
 * Time-zone math on Intl alone (no tz database shipped): enough to turn a wall-clock time
 * in an IANA zone into an instant, and back, with explicit handling of DST gaps and overlaps.
 */

/** A moment agreed between partners: an instant plus the zone it was chosen in. */
export interface ZonedTime {
  /** ISO 8601 instant in UTC, e.g. "2026-11-21T20:00:00.000Z". */
  at: string;
  /** IANA time zone the person chose the time in, e.g. "Europe/Berlin". */
  timeZone: string;
}

export interface WallClock {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second?: number;
}

const zoneCache = new Map<string, boolean>();

/** True for a time zone the platform's Intl knows (IANA names and "UTC"). */
export function isValidTimeZone(zone: unknown): zone is string {
  if (typeof zone !== "string" || zone === "" || zone.length > 64) return false;
  let ok = zoneCache.get(zone);
  if (ok === undefined) {
    try {
      new Intl.DateTimeFormat("en-US", { timeZone: zone });
      ok = true;
    } catch {
      ok = false;
    }
    zoneCache.set(zone, ok);
  }
  return ok;
}

/** The host's or browser's zone, "UTC" if it cannot be read. */
export function localTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
  } catch {
    return "UTC";
  }
}

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

/** The wall-clock reading of an instant in a zone. */
export function toWallClock(epochMs: number, timeZone: string): WallClock {
  let f = partsFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    partsFormatters.set(timeZone, f);
  }
  const out: Record<string, number> = {};
  for (const p of f.formatToParts(epochMs)) if (p.type !== "literal") out[p.type] = Number(p.value);
  return {
    year: out.year!,
    month: out.month!,
    day: out.day!,
    hour: out.hour! === 24 ? 0 : out.hour!,
    minute: out.minute!,
    second: out.second!,
  };
}

function wallAsUtc(w: WallClock): number {
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second ?? 0);
}

/** Offset of the zone from UTC at an instant, in minutes (east positive). */
export function offsetMinutes(epochMs: number, timeZone: string): number {
  const floored = Math.floor(epochMs / 1000) * 1000;
  return Math.round((wallAsUtc(toWallClock(floored, timeZone)) - floored) / 60000);
}

export type Disambiguation = "compatible" | "earlier" | "later";

export interface ResolvedWallClock {
  epochMs: number;
  /** "gap": the time did not exist (clocks sprang forward) and was moved later by the gap;
   *  "overlap": it existed twice (clocks fell back) and one reading was chosen. */
  status: "exact" | "gap" | "overlap";
}

/**
 * The instant a wall-clock time in a zone stands for. The rule (the same as Temporal's
 * "compatible"): a time inside a spring-forward gap moves forward by the gap's length
 * (02:30 becomes 03:30); a time that happens twice takes the first (earlier) occurrence.
 */
export function fromWallClock(w: WallClock, timeZone: string, disambiguation: Disambiguation = "compatible"): ResolvedWallClock {
  const guess = wallAsUtc(w);
  // The offset can only be one of the offsets in force a day either side.
  const offsets = new Set([offsetMinutes(guess - 864e5, timeZone), offsetMinutes(guess + 864e5, timeZone), offsetMinutes(guess, timeZone)]);
  const candidates = [...offsets]
    .map((o) => guess - o * 60000)
    .filter((t) => wallAsUtc(toWallClock(t, timeZone)) === guess)
    .sort((a, b) => a - b);
  const unique = [...new Set(candidates)];
  if (unique.length === 1) return { epochMs: unique[0]!, status: "exact" };
  if (unique.length > 1) {
    return { epochMs: disambiguation === "later" ? unique[unique.length - 1]! : unique[0]!, status: "overlap" };
  }
  // In a gap: read the clock with the offset from before the transition, which lands after it.
  const before = offsetMinutes(guess - 864e5, timeZone);
  const after = offsetMinutes(guess + 864e5, timeZone);
  const epochMs = disambiguation === "earlier" ? guess - after * 60000 : guess - before * 60000;
  return { epochMs, status: "gap" };
}

/** Parses "YYYY-MM-DDTHH:mm" (as a datetime-local input gives) into a wall clock, or undefined. */
export function parseWallClock(text: unknown): WallClock | undefined {
  if (typeof text !== "string") return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/.exec(text.trim());
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = m.slice(1).map((x) => (x === undefined ? 0 : Number(x))) as number[];
  const w: WallClock = { year: year!, month: month!, day: day!, hour: hour!, minute: minute!, second: second! };
  const check = new Date(Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute));
  if (
    check.getUTCFullYear() !== w.year ||
    check.getUTCMonth() !== w.month - 1 ||
    check.getUTCDate() !== w.day ||
    w.hour > 23 ||
    w.minute > 59
  ) {
    return undefined;
  }
  return w;
}

/** A ZonedTime that is safe to use, or undefined when its instant or zone is invalid. */
export function validZonedTime(value: unknown): ZonedTime | undefined {
  if (!value || typeof value !== "object") return undefined;
  const { at, timeZone } = value as Partial<ZonedTime>;
  if (typeof at !== "string" || !isValidTimeZone(timeZone)) return undefined;
  const t = Date.parse(at);
  if (!Number.isFinite(t)) return undefined;
  return { at: new Date(t).toISOString(), timeZone };
}
