// React-free: the loop's JSON shapes, their validators, and the few facts the widget draws.
// Safe to import on a server ("@attune/loop-map/logic").

/** Suggestions written for Attune, covering reaching and retreating alike, without labels. */
export const LOOP_SUGGESTIONS = {
  feel: ["far", "shutOut", "crowded", "criticised", "alone", "pressed", "unheard", "flooded"],
  move: ["askMore", "goQuiet", "follow", "leaveRoom", "raiseVoice", "getBusy", "keepTexting", "shutDown"],
  longing: ["okay", "breathe", "chosen", "trusted", "close", "enough"],
  step: ["sayBack", "breathe", "askGently", "stayLonger", "nameIt"],
} as const;

export type LoopField = keyof typeof LOOP_SUGGESTIONS;
export const LOOP_FIELDS = Object.keys(LOOP_SUGGESTIONS) as LoopField[];

/** Longest text kept in one answer. */
export const MAX_TEXT = 140;

/** One answer: a suggestion (shown in the reader's language) or the person's own words. */
export interface LoopAnswer {
  /** A key of `LOOP_SUGGESTIONS[field]`; ignored when `text` is not empty. */
  suggestion?: string;
  /** The person's own words. */
  text: string;
}

/**
 * One partner's half of the loop: plain JSON a host stores or sends to the partner.
 * `date` is epoch milliseconds (0 until the first change).
 */
export interface LoopHalf {
  version: 1;
  date: number;
  feel: LoopAnswer;
  move: LoopAnswer;
  longing: LoopAnswer;
  /** The one new step this person chooses to try. */
  step: LoopAnswer;
  /** True once the person chose to share this half. */
  shared: boolean;
}

/** A dated loop a host can store and show again later: both halves as they were. */
export interface LoopEntry {
  version: 1;
  date: number;
  mine: LoopHalf;
  partner?: LoopHalf;
}

export type ParseResult<T> = { ok: true; value: T; problems: string[] } | { ok: false; error: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const isInstant = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v) && Math.abs(v) <= 8.64e15;
const empty = (): LoopAnswer => ({ text: "" });

/** An empty half dated `date`. */
export const emptyHalf = (date = 0): LoopHalf => ({ version: 1, date, feel: empty(), move: empty(), longing: empty(), step: empty(), shared: false });

/**
 * Checks a half from storage, a host's backend or the partner. A bad answer becomes empty with
 * a problem listed; the rest is kept. Only a value that is not a half at all fails.
 */
export function parseLoopHalf(value: unknown): ParseResult<LoopHalf> {
  if (!isObject(value)) return { ok: false, error: "not an object" };
  if (value.version !== 1) return { ok: false, error: "unknown version" };
  const problems: string[] = [];
  const half = emptyHalf(isInstant(value.date) ? value.date : 0);
  if (value.date !== undefined && !isInstant(value.date)) problems.push("date: not an instant");
  for (const field of LOOP_FIELDS) {
    const a = value[field];
    if (a === undefined) continue;
    const text = isObject(a) && typeof a.text === "string" ? a.text.slice(0, MAX_TEXT) : undefined;
    const s = isObject(a) ? a.suggestion : undefined;
    const known = (LOOP_SUGGESTIONS[field] as readonly unknown[]).includes(s);
    if (text === undefined || (s !== undefined && !known)) problems.push(`${field}: invalid`);
    half[field] = { ...(known ? { suggestion: s as string } : {}), text: text ?? "" };
  }
  half.shared = value.shared === true;
  return { ok: true, value: half, problems };
}

/** Checks a stored entry: both halves as `parseLoopHalf` does; a bad partner half is dropped. */
export function parseLoopEntry(value: unknown): ParseResult<LoopEntry> {
  if (!isObject(value)) return { ok: false, error: "not an object" };
  if (value.version !== 1) return { ok: false, error: "unknown version" };
  if (!isInstant(value.date)) return { ok: false, error: "date: not an instant" };
  const mine = parseLoopHalf(value.mine);
  if (!mine.ok) return { ok: false, error: `mine: ${mine.error}` };
  const problems = mine.problems.map((p) => `mine.${p}`);
  const entry: LoopEntry = { version: 1, date: value.date, mine: mine.value };
  if (value.partner !== undefined) {
    const partner = parseLoopHalf(value.partner);
    if (partner.ok) {
      entry.partner = partner.value;
      problems.push(...partner.problems.map((p) => `partner.${p}`));
    } else problems.push(`partner: ${partner.error}`);
  }
  return { ok: true, value: entry, problems };
}

/** A dated entry from the two halves, ready to store. */
export const toLoopEntry = (mine: LoopHalf, partner: LoopHalf | undefined, date: number): LoopEntry => ({
  version: 1,
  date,
  mine,
  ...(partner ? { partner } : {}),
});

/** True when the answer says something. */
export const answered = (a: LoopAnswer | undefined): boolean => Boolean(a && (a.text.trim() || a.suggestion));

/** A half can be shared once it says how the person feels and what they tend to do. */
export const canShareHalf = (half: LoopHalf): boolean => answered(half.feel) && answered(half.move);

/** Both halves shared: the spectrum's reveal rule, so nobody sees a half that was not offered. */
export const bothShared = (mine: LoopHalf, partner: LoopHalf | undefined): partner is LoopHalf =>
  mine.shared && Boolean(partner?.shared) && canShareHalf(mine) && canShareHalf(partner!);

/** Whether two answers say the same thing. */
export const sameAnswer = (a: LoopAnswer, b: LoopAnswer): boolean =>
  a.text.trim() ? a.text.trim() === b.text.trim() : !b.text.trim() && a.suggestion === b.suggestion;

export interface LoopChange {
  who: "mine" | "partner";
  field: LoopField;
  before: LoopAnswer;
  after: LoopAnswer;
}

/** What changed, field by field, between an earlier entry and now. */
export function compareLoops(previous: LoopEntry, mine: LoopHalf, partner?: LoopHalf): LoopChange[] {
  const changes: LoopChange[] = [];
  const pairs: Array<[LoopChange["who"], LoopHalf | undefined, LoopHalf | undefined]> = [
    ["mine", previous.mine, mine],
    ["partner", previous.partner, partner],
  ];
  for (const [who, before, after] of pairs) {
    if (!before || !after) continue;
    for (const field of LOOP_FIELDS) {
      if ((answered(before[field]) || answered(after[field])) && !sameAnswer(before[field], after[field]))
        changes.push({ who, field, before: before[field], after: after[field] });
    }
  }
  return changes;
}
