import { validZonedTime, type ZonedTime } from "@attune/core/logic";

/** Places on the body, in the order arrow keys visit them: head to feet, then "all over". */
export const BODY_PLACES = ["head", "face", "throat", "shoulders", "chest", "back", "stomach", "arms", "legs", "allOver"] as const;
export type BodyPlace = (typeof BODY_PLACES)[number];

/** Words for a sensation, unpleasant, neutral and pleasant alike (written for Attune). */
export const SENSATIONS = [
  "tight",
  "heavy",
  "hollow",
  "fluttery",
  "buzzing",
  "hot",
  "cold",
  "numb",
  "shaky",
  "restless",
  "tingly",
  "still",
  "soft",
  "warm",
  "open",
  "calm",
] as const;
export type Sensation = (typeof SENSATIONS)[number];

/** What a person may say they need now. */
export const BODY_NEEDS = ["pause", "hug", "walk", "alone", "slow"] as const;
export type BodyNeed = (typeof BODY_NEEDS)[number];

/** Minutes a person can ask for before talking again (at least about twenty: the body needs that long to settle). */
export const PAUSE_MINUTES = [20, 30, 45, 60] as const;

export const MAX_TEXT = 280;
export const CHECK_IN_VERSION = 1;

export interface BodyPlaceMark {
  place: BodyPlace;
  /** Words from `SENSATIONS`. */
  sensations: Sensation[];
  /** The person's own words for it. */
  own?: string;
  /** How strong it is, 0 to 10; absent until the person says. */
  intensity?: number;
}

/**
 * One check-in: the JSON a host stores or a partner receives. `date` is epoch ms, stamped at
 * the first change. Validate anything from outside with `parseCheckIn`.
 */
export interface BodyCheckInEntry {
  version: 1;
  date?: number;
  marks: BodyPlaceMark[];
  /** The feeling, in the person's own words. */
  feeling?: string;
  need?: BodyNeed;
  /** Minutes asked for when the need is a pause. */
  minutes?: number;
  /** When they will come back, as the person chose it in their time zone. */
  returnAt?: ZonedTime;
}

export type ParseResult<T> = { ok: true; value: T; problems: string[] } | { ok: false; error: string };

export const emptyCheckIn = (): BodyCheckInEntry => ({ version: 1, marks: [] });

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const text = (v: unknown) => (typeof v === "string" ? v.slice(0, MAX_TEXT) : undefined);
const validDate = (v: unknown) => typeof v === "number" && Number.isFinite(v) && Math.abs(v) <= 8.64e15;

/** Clamp to a whole number from 0 to 10, or undefined when it is not a number. */
export function clampIntensity(v: unknown): number | undefined {
  return typeof v === "number" && Number.isFinite(v) ? Math.min(10, Math.max(0, Math.round(v))) : undefined;
}

/**
 * Check a check-in from storage, a prop or a partner. A bad field or mark is dropped and named
 * in `problems` ("mark 2", "need"); the valid rest is kept. Only a value that is not a
 * check-in at all fails.
 */
export function parseCheckIn(value: unknown): ParseResult<BodyCheckInEntry> {
  if (!isObj(value)) return { ok: false, error: "not a check-in" };
  if (value.version !== CHECK_IN_VERSION) return { ok: false, error: "version" };
  if (!Array.isArray(value.marks)) return { ok: false, error: "marks" };
  const problems: string[] = [];
  const out: BodyCheckInEntry = { version: 1, marks: [] };
  if (value.date !== undefined) {
    if (validDate(value.date)) out.date = value.date as number;
    else problems.push("date");
  }
  const seen = new Set<string>();
  value.marks.forEach((m, i) => {
    if (!isObj(m) || !(BODY_PLACES as readonly unknown[]).includes(m.place)) return problems.push(`mark ${i}`);
    const place = m.place as BodyPlace;
    if (seen.has(place)) return problems.push(`mark ${i}`);
    seen.add(place);
    const raw = Array.isArray(m.sensations) ? m.sensations : [];
    const sensations = SENSATIONS.filter((s) => raw.includes(s));
    if (sensations.length !== raw.length || !Array.isArray(m.sensations)) problems.push(`mark ${i} sensations`);
    const mark: BodyPlaceMark = { place, sensations };
    const own = text(m.own);
    if (own) mark.own = own;
    const intensity = clampIntensity(m.intensity);
    if (intensity !== undefined) mark.intensity = intensity;
    else if (m.intensity !== undefined) problems.push(`mark ${i} intensity`);
    out.marks.push(mark);
  });
  const feeling = text(value.feeling);
  if (feeling) out.feeling = feeling;
  if ((BODY_NEEDS as readonly unknown[]).includes(value.need)) out.need = value.need as BodyNeed;
  else if (value.need !== undefined) problems.push("need");
  if ((PAUSE_MINUTES as readonly unknown[]).includes(value.minutes)) out.minutes = value.minutes as number;
  else if (value.minutes !== undefined) problems.push("minutes");
  if (value.returnAt !== undefined) {
    const at = validZonedTime(value.returnAt);
    if (at) out.returnAt = at;
    else problems.push("returnAt");
  }
  return { ok: true, value: out, problems };
}

/** The strongest intensity the person gave, or undefined. */
export function strongest(entry: BodyCheckInEntry): number | undefined {
  let max: number | undefined;
  for (const m of entry.marks) if (m.intensity !== undefined && (max === undefined || m.intensity > max)) max = m.intensity;
  return max;
}

/** Words for a number, never a verdict: 0 none, 1–3 mild, 4–6 moderate, 7–8 strong, 9–10 very strong. */
export function intensityBand(n: number): "none" | "mild" | "moderate" | "strong" | "veryStrong" {
  return n <= 0 ? "none" : n <= 3 ? "mild" : n <= 6 ? "moderate" : n <= 8 ? "strong" : "veryStrong";
}

/** A change between two check-ins, place by place and overall: "7 to 3". */
export interface CheckInChange {
  place: BodyPlace | "overall";
  before: number;
  now: number;
}

export function compareCheckIns(before: BodyCheckInEntry, now: BodyCheckInEntry): CheckInChange[] {
  const out: CheckInChange[] = [];
  const a = strongest(before);
  const b = strongest(now);
  if (a !== undefined && b !== undefined) out.push({ place: "overall", before: a, now: b });
  for (const m of now.marks) {
    const old = before.marks.find((x) => x.place === m.place);
    if (old?.intensity !== undefined && m.intensity !== undefined) out.push({ place: m.place, before: old.intensity, now: m.intensity });
  }
  return out;
}

/** Join words the way the language does ("a, b and c"), falling back to commas. */
export function joinList(items: string[], locale?: string): string {
  try {
    return new Intl.ListFormat(locale, { type: "conjunction" }).format(items);
  } catch {
    return items.join(", ");
  }
}

/** The words a sentence needs, from the host's catalogue. */
export interface SentenceWords {
  sensation: (s: Sensation) => string;
  /** "in my chest", "all over". */
  where: (p: BodyPlace) => string;
  /** "{what} {where}" */
  mark: (what: string, where: string) => string;
  something: string;
  noticing: (marks: string) => string;
  about: (n: number) => string;
  feeling: (feeling: string) => string;
  need: (need: BodyNeed, minutes: number) => string;
  locale?: string;
}

/** One plain sentence from the person's choices ("I'm noticing tightness in my chest, about 7 of 10."). */
export function buildSentence(entry: BodyCheckInEntry, w: SentenceWords): string {
  const parts: string[] = [];
  if (entry.marks.length) {
    const marks = entry.marks.map((m) => {
      const words = [...m.sensations.map(w.sensation), ...(m.own?.trim() ? [m.own.trim()] : [])];
      return w.mark(words.length ? joinList(words, w.locale) : w.something, w.where(m.place));
    });
    const max = strongest(entry);
    parts.push(w.noticing(joinList(marks, w.locale)) + (max === undefined ? "." : w.about(max)));
  }
  if (entry.feeling?.trim()) parts.push(w.feeling(entry.feeling.trim()));
  if (entry.need) parts.push(w.need(entry.need, entry.minutes ?? PAUSE_MINUTES[0]));
  return parts.join(" ");
}

/** Toggle a place on or off (pure). */
export function togglePlace(entry: BodyCheckInEntry, place: BodyPlace): BodyCheckInEntry {
  const has = entry.marks.some((m) => m.place === place);
  const marks = has ? entry.marks.filter((m) => m.place !== place) : [...entry.marks, { place, sensations: [] }];
  marks.sort((a, b) => BODY_PLACES.indexOf(a.place) - BODY_PLACES.indexOf(b.place));
  return { ...entry, marks };
}

/** Change one place's mark (pure). */
export function updateMark(entry: BodyCheckInEntry, place: BodyPlace, change: (m: BodyPlaceMark) => BodyPlaceMark): BodyCheckInEntry {
  return { ...entry, marks: entry.marks.map((m) => (m.place === place ? change(m) : m)) };
}

/** The return time a pause asks for, in the person's zone. */
export function returnTime(nowMs: number, minutes: number, timeZone: string): ZonedTime {
  return { at: new Date(nowMs + minutes * 60_000).toISOString(), timeZone };
}
