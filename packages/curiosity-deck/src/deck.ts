// React-free: the question shape and its validator, the seeded shuffle, the deck's JSON
// state and the question partners send each other (building one is in sent-question.ts, which
// the widget loads with the first send). Exported from "/logic" (logic.ts).
import { stripControlCharacters, truncateGraphemes } from "@attune/core/logic";

/* -------------------------------------------------------------------------------------------------
 * Questions
 * -----------------------------------------------------------------------------------------------*/

/** The seven themes, in the order the deck lists them. */
export const THEMES = ["lately", "memories", "dreams", "us", "play", "values", "getting-to-know"] as const;
export type Theme = (typeof THEMES)[number];

/** How far a question reaches, from easy to ask anywhere to one for a quiet evening. */
export const DEPTHS = ["light", "deeper", "deepest"] as const;
export type Depth = (typeof DEPTHS)[number];

/** One question card. `id` is what partners and stored state refer to; keep it stable across locales. */
export interface Question {
  id: string;
  theme: Theme;
  depth: Depth;
  text: string;
}

/** A problem with one entry of a host's question list; the other entries are kept. */
export interface QuestionIssue {
  index: number;
  id?: string;
  message: string;
}

/** Longest question kept, in characters (longer text is cut with a reported issue). */
export const MAX_QUESTION_LENGTH = 400;
const MAX_ID_LENGTH = 80;

const isId = (v: unknown): v is string => typeof v === "string" && v.length > 0 && v.length <= MAX_ID_LENGTH;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
export const isTheme = (v: unknown): v is Theme => (THEMES as readonly unknown[]).includes(v);
export const isDepth = (v: unknown): v is Depth => (DEPTHS as readonly unknown[]).includes(v);

/**
 * A quick check that an entry can be shown as is (the widget uses it on its `questions`
 * prop); `parseQuestions` says what is wrong with one that cannot, and cleans its text.
 */
export const isQuestion = (q: unknown): q is Question =>
  isObject(q) &&
  isId(q.id) &&
  typeof q.text === "string" &&
  q.text.trim() !== "" &&
  isTheme(q.theme) &&
  isDepth(q.depth);

/**
 * Validates a host's questions: an array of `{ id, theme, depth, text }`, or `{ questions: [...] }`.
 * Every usable entry is kept; each unusable one is listed with its index and the reason.
 * A later entry with an id already seen is reported and dropped, so ids stay unique.
 */
export function parseQuestions(input: unknown): { questions: Question[]; issues: QuestionIssue[] } {
  const list = isObject(input) && Array.isArray(input.questions) ? input.questions : input;
  if (!Array.isArray(list)) return { questions: [], issues: [{ index: -1, message: "Expected a list of questions." }] };
  const questions: Question[] = [];
  const issues: QuestionIssue[] = [];
  const ids = new Set<string>();
  list.forEach((entry: unknown, index) => {
    const e = isObject(entry) ? entry : {};
    const id = typeof e.id === "string" ? e.id.trim() : "";
    const text = typeof e.text === "string" ? stripControlCharacters(e.text).trim() : "";
    const problem = !isObject(entry)
      ? "must be an object"
      : !id || id.length > MAX_ID_LENGTH
        ? `"id" must be text of 1 to ${MAX_ID_LENGTH} characters`
        : ids.has(id)
          ? `"id" is used twice; the first is kept`
          : !isTheme(e.theme)
            ? `"theme" must be one of ${THEMES.join(", ")}`
            : !isDepth(e.depth)
              ? `"depth" must be one of ${DEPTHS.join(", ")}`
              : !text
                ? `"text" must not be empty`
                : "";
    const issue = (message: string) => issues.push({ index, id: id || undefined, message: `${message}.` });
    if (problem) return issue(problem);
    const short = truncateGraphemes(text, MAX_QUESTION_LENGTH);
    if (short !== text) issue(`"text" is over ${MAX_QUESTION_LENGTH} characters and was shortened`);
    ids.add(id);
    questions.push({ id, theme: e.theme as Theme, depth: e.depth as Depth, text: short });
  });
  return { questions, issues };
}

/** Adds a host's questions to a base set; a host question with an existing id replaces it in place. */
export function combineQuestions(base: readonly Question[], extra: readonly Question[]): Question[] {
  const byId = new Map(extra.map((q) => [q.id, q]));
  const merged = base.map((q) => byId.get(q.id) ?? q);
  const known = new Set(base.map((q) => q.id));
  return merged.concat(extra.filter((q) => !known.has(q.id)));
}

/* -------------------------------------------------------------------------------------------------
 * Seeded shuffle
 * -----------------------------------------------------------------------------------------------*/

/** A 32-bit hash of a string (FNV-1a over UTF-16 code units, then mixed). */
export function hashSeed(seed: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    h ^= seed.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}

/** mulberry32: a small, fast PRNG; the same seed gives the same numbers on every device. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher-Yates with a seeded generator; returns a new array. */
export function seededShuffle<T>(items: readonly T[], seed: string): T[] {
  const out = items.slice();
  const random = mulberry32(hashSeed(seed));
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** A fresh random seed (call it in an event handler, never while rendering). */
export function randomSeed(): string {
  const c = (globalThis as { crypto?: Crypto }).crypto;
  if (c?.getRandomValues) return Array.from(c.getRandomValues(new Uint32Array(2)), (n) => n.toString(36)).join("");
  return Math.random().toString(36).slice(2, 12);
}

/* -------------------------------------------------------------------------------------------------
 * Deck state (the JSON two partners can share)
 * -----------------------------------------------------------------------------------------------*/

/** What a person said about a card: "asked" it, "later" (save for later), "skip" (not for us). */
export const MARKS = ["asked", "later", "skip"] as const;
export type Mark = (typeof MARKS)[number];

/**
 * The deck's JSON state, version 1. Two partners who share `seed`, `themes` and the same
 * question set draw the same cards in the same order.
 */
export interface DeckState {
  version: 1;
  /** The shuffle's seed; "" until the first draw picks one. */
  seed: string;
  /** Chosen themes; an empty list means every theme. */
  themes: Theme[];
  /** How many times every chosen card has been seen; each round has its own order. */
  round: number;
  /** Ids seen in this round: none of them comes back before the round is over. */
  seen: string[];
  /** Ids drawn, oldest first (the last {@link MAX_HISTORY}), for going back. */
  history: string[];
  /** Index into `history` of the card on show; -1 before the first draw. */
  position: number;
  /** A person's marks by question id. */
  marks: Record<string, Mark>;
}

export const MAX_HISTORY = 50;
const MAX_SEEN = 2000;
const MAX_SEED_LENGTH = 100;

export function createDeckState(seed = "", themes: Theme[] = []): DeckState {
  return { version: 1, seed, themes, round: 0, seen: [], history: [], position: -1, marks: {} };
}

const isIdList = (v: unknown, max: number): v is string[] =>
  Array.isArray(v) && v.length <= max && v.every(isId);

/** Validates deck state from storage, a host or a partner; the error names the first field that is wrong. */
export function parseDeckState(value: unknown): { ok: true; value: DeckState } | { ok: false; error: string } {
  const v = isObject(value) ? value : {};
  const { seed, themes, round, seen, history, position, marks } = v;
  const checks: Record<string, boolean> = {
    version: v.version === 1,
    seed: typeof seed === "string" && seed.length <= MAX_SEED_LENGTH,
    themes: Array.isArray(themes) && themes.every(isTheme),
    round: Number.isSafeInteger(round) && (round as number) >= 0,
    seen: isIdList(seen, MAX_SEEN),
    history: isIdList(history, MAX_HISTORY),
    position: Number.isSafeInteger(position) && (position as number) >= -1 && Array.isArray(history) && (position as number) < history.length,
    marks: isObject(marks) && Object.values(marks).every((m) => (MARKS as readonly unknown[]).includes(m)),
  };
  // The first field that is wrong, in this order.
  const bad = isObject(value) ? Object.keys(checks).find((k) => !checks[k]) : "object";
  if (bad) return { ok: false, error: `Deck state (version 1): "${bad}" is missing or invalid.` };
  return {
    ok: true,
    value: { version: 1, seed: seed as string, themes: [...new Set(themes as Theme[])], round: round as number, seen: seen as string[], history: history as string[], position: position as number, marks: { ...(marks as Record<string, Mark>) } },
  };
}

/** Questions in the chosen themes and depths, not marked "not for us", sorted by id (so list order never matters). */
export function eligibleIds(questions: readonly Question[], state: Pick<DeckState, "themes" | "marks">, depths?: readonly Depth[]): string[] {
  return questions
    .filter(
      (q) =>
        (!state.themes.length || state.themes.includes(q.theme)) &&
        (!depths?.length || depths.includes(q.depth)) &&
        state.marks[q.id] !== "skip",
    )
    .map((q) => q.id)
    .sort();
}

/** The order of a round: the same ids, seed and round give the same order everywhere. */
export const roundOrder = (ids: readonly string[], seed: string, round: number) => seededShuffle(ids, `${seed}#${round}`);

/** The id on show, if any. */
export const currentId = (state: DeckState): string | undefined => state.history[state.position];

/**
 * The next card: forward through history after going back, else the first card of this
 * round's order not seen yet. When every eligible card has been seen a new round starts
 * (never opening with the card just shown when there is another). Unchanged when no
 * question is eligible.
 */
export function drawNext(state: DeckState, questions: readonly Question[], depths?: readonly Depth[], seed = state.seed): DeckState {
  if (state.position < state.history.length - 1) return { ...state, position: state.position + 1 };
  const ids = eligibleIds(questions, state, depths);
  if (!ids.length) return state;
  const seen = new Set(state.seen);
  let round = state.round;
  let next = roundOrder(ids, seed, round).find((id) => !seen.has(id));
  let seenList = state.seen;
  if (next === undefined) {
    round += 1;
    seenList = [];
    const order = roundOrder(ids, seed, round);
    next = order[0] === currentId(state) && order.length > 1 ? order[1]! : order[0]!;
  }
  const history = [...state.history, next].slice(-MAX_HISTORY);
  return { ...state, seed, round, seen: [...seenList, next].slice(-MAX_SEEN), history, position: history.length - 1 };
}

/** The previous card, when there is one. */
export const goBack = (state: DeckState): DeckState => (state.position > 0 ? { ...state, position: state.position - 1 } : state);

/** Sets or clears (with `undefined`) a mark. */
export function setMark(state: DeckState, id: string, mark: Mark | undefined): DeckState {
  const marks = { ...state.marks };
  if (mark) marks[id] = mark;
  else delete marks[id];
  return { ...state, marks };
}

/** Turns one theme on or off; what was seen stays seen. */
export function toggleTheme(state: DeckState, theme: Theme): DeckState {
  const themes = state.themes.includes(theme) ? state.themes.filter((t) => t !== theme) : THEMES.filter((t) => t === theme || state.themes.includes(t));
  return { ...state, themes };
}

/** How many cards the round holds and how many of them were seen. */
export function roundProgress(state: DeckState, questions: readonly Question[], depths?: readonly Depth[]): { seen: number; total: number } {
  const ids = eligibleIds(questions, state, depths);
  const seen = new Set(state.seen);
  return { seen: ids.filter((id) => seen.has(id)).length, total: ids.length };
}

/* -------------------------------------------------------------------------------------------------
 * Private answers (never part of the shared state)
 * -----------------------------------------------------------------------------------------------*/

export type Answers = Record<string, string>;
export const isAnswers = (v: unknown): v is Answers => isObject(v) && Object.values(v).every((a) => typeof a === "string");

/* -------------------------------------------------------------------------------------------------
 * A question sent to the partner
 * -----------------------------------------------------------------------------------------------*/

/** Longest note sent with a question, in characters. */
export const MAX_NOTE_LENGTH = 200;

/** What `onSend` hands the host, version 1: the question as the sender saw it and a short note. */
export interface SentQuestion {
  version: 1;
  questionId: string;
  theme: Theme;
  depth: Depth;
  /** The question's text in the sender's language (the receiver may show their own translation by id). */
  text: string;
  /** A short note, possibly empty. */
  note: string;
  /** Epoch milliseconds. */
  sentAt: number;
}

/** Validates a sent question arriving from the partner's device. */
export function parseSentQuestion(value: unknown): { ok: true; value: SentQuestion } | { ok: false; error: string } {
  if (!isObject(value) || value.version !== 1) return { ok: false, error: "A sent question must be an object with version 1." };
  const parsed = parseQuestions([{ id: value.questionId, theme: value.theme, depth: value.depth, text: value.text }]);
  const q = parsed.questions[0];
  if (!q || parsed.issues.length) return { ok: false, error: parsed.issues[0]!.message };
  if (typeof value.note !== "string" || truncateGraphemes(value.note, MAX_NOTE_LENGTH) !== value.note)
    return { ok: false, error: `"note" must be text of at most ${MAX_NOTE_LENGTH} characters.` };
  if (typeof value.sentAt !== "number" || !Number.isFinite(value.sentAt)) return { ok: false, error: `"sentAt" must be epoch milliseconds.` };
  return { ok: true, value: { version: 1, questionId: q.id, theme: q.theme, depth: q.depth, text: q.text, note: value.note, sentAt: value.sentAt } };
}
