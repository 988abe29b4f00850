/**
 * The composer's plain logic, no React: templates and slots, the completeness hints, the
 * card data a host receives, draft validation and clearing. Safe on a server.
 */
import {
  STORAGE_PREFIX,
  fromWallClock,
  isValidTimeZone,
  localStorageAdapter,
  parseWallClock,
  stripControlCharacters,
  truncateGraphemes,
  validZonedTime,
  type StorageAdapter,
  type ZonedTime,
} from "@attune/core";

/** Which way the card leans: asking for room, or reaching for time together. */
export type CardKind = "space" | "closeness";
export type TemplateGroup = "space" | "closeness" | "repair" | "checkin";
export type CardStyle = "calm" | "warm" | "plain";
export type SlotName = "name" | "duration" | "activity" | "returnTime";

export interface ComposerTemplate {
  /** Stable id, sent to the host as `templateId`. */
  id: string;
  group: TemplateGroup;
  kind: CardKind;
  /** Short name shown in the template list. */
  label: string;
  /** The card text with `{name}`, `{duration}`, `{activity}` and `{returnTime}` slots. */
  text: string;
}

/** The built-in templates: [id, group, kind]; label and text come from the messages. */
export const BUILT_IN_TEMPLATES: ReadonlyArray<readonly [string, TemplateGroup, CardKind]> = [
  ["spaceRecharge", "space", "space"],
  ["spaceWalk", "space", "space"],
  ["closenessMiss", "closeness", "closeness"],
  ["closenessTime", "closeness", "closeness"],
  ["repairPause", "repair", "space"],
  ["repairReturn", "repair", "closeness"],
  ["checkinThinking", "checkin", "closeness"],
  ["checkinQuiet", "checkin", "space"],
];

export const BLANK_SPACE = "blank-space";
export const BLANK_CLOSENESS = "blank-closeness";

/** The slots a template's text uses, in order of first use. */
export function templateSlots(text: string): SlotName[] {
  const out: SlotName[] = [];
  for (const [, name] of text.matchAll(/\{(name|duration|activity|returnTime)\}/g)) {
    if (!out.includes(name as SlotName)) out.push(name as SlotName);
  }
  return out;
}

/** Fills slots with their values; an empty value shows `empty` so the gap stays visible. */
export function fillTemplate(text: string, values: Partial<Record<SlotName, string>>, empty: string): string {
  return text.replace(/\{(name|duration|activity|returnTime)\}/g, (_, name: SlotName) => values[name]?.trim() || empty);
}

/** Text as the card may hold it: no invisible control characters, at most `limit` graphemes. */
export function limitText(text: string, limit: number): string {
  return truncateGraphemes(stripControlCharacters(truncateGraphemes(text, limit)), limit);
}

export type ReturnTimeResult = { time: ZonedTime | null; error?: "time" | "zone" };

/** A `datetime-local` value read in an IANA zone; empty is no time, anything unreadable an error. */
export function resolveReturnTime(wallClock: string, timeZone: string): ReturnTimeResult {
  if (!wallClock) return { time: null };
  if (!isValidTimeZone(timeZone)) return { time: null, error: "zone" };
  const w = parseWallClock(wallClock);
  if (!w) return { time: null, error: "time" };
  return { time: { at: new Date(fromWallClock(w, timeZone).epochMs).toISOString(), timeZone } };
}

/** "Sat 8:00 PM" in the reader's language, in the zone the time was chosen in (or `zone`). */
export function formatZonedTime(time: ZonedTime, locale: string, zone?: string, withZone = false): string {
  try {
    return new Intl.DateTimeFormat(locale, {
      weekday: "short",
      hour: "numeric",
      minute: "2-digit",
      timeZone: zone && isValidTimeZone(zone) ? zone : time.timeZone,
      timeZoneName: withZone ? "short" : undefined,
    }).format(Date.parse(time.at));
  } catch {
    return time.at;
  }
}

export type HintId = "need" | "bond" | "return" | "wish" | "offer";

/** `|`-separated words per hint, from the messages, so every language has its own. */
export type HintWords = Record<"need" | "bond" | "wish" | "offer", string>;

function mentions(text: string, words: string): boolean {
  const lower = text.toLocaleLowerCase();
  return words.split("|").some((w) => w.trim() !== "" && lower.includes(w.trim().toLocaleLowerCase()));
}

/**
 * The completeness rules, plain and over the card's parts. A space card names the need,
 * reassures the bond and gives a return time; a closeness card names the wish and leaves
 * room for another time (words, or a suggested time).
 */
export function cardHints(kind: CardKind, text: string, returnTime: ZonedTime | null, words: HintWords) {
  const rules: Array<[HintId, boolean]> =
    kind === "space"
      ? [
          ["need", mentions(text, words.need)],
          ["bond", mentions(text, words.bond)],
          ["return", returnTime !== null],
        ]
      : [
          ["wish", mentions(text, words.wish)],
          ["offer", returnTime !== null || mentions(text, words.offer)],
        ];
  return rules.map(([id, met]) => ({ id, met }));
}

/** What a host receives in onSend, and what ReassuranceCard shows. */
export interface ReassuranceCardData {
  kind: CardKind;
  /** The template the card started from ("blank-space" / "blank-closeness" for a blank card). */
  templateId: string;
  /** The card's text exactly as the person wrote it (plain text, never markup). */
  text: string;
  /** The slot values the card was built with; only those the person filled. */
  parts: { name?: string; durationMinutes?: number; activity?: string };
  /** When the sender will be back (space) or a suggested time (closeness), with its IANA zone. */
  returnTime: ZonedTime | null;
  /** BCP 47 locale the card was written in. */
  locale: string;
  style: CardStyle;
}

/** A draft as it is kept (and, with a persistKey, stored). */
export interface ComposerDraft {
  templateId: string;
  kind: CardKind;
  text: string;
  /** True once the person typed in the text box: slot changes then edit in place. */
  edited: boolean;
  name: string;
  durationMinutes: number;
  activity: string;
  /** "YYYY-MM-DDTHH:mm", read in the composer's time zone; "" for none. */
  returnAt: string;
  style: CardStyle;
}

const isStr = (v: unknown): v is string => typeof v === "string";

/** Rejects stored drafts of the wrong shape (an old version, or tampering). */
export function isDraft(v: unknown): v is ComposerDraft {
  if (!v || typeof v !== "object") return false;
  const d = v as Record<string, unknown>;
  return (
    isStr(d.templateId) &&
    (d.kind === "space" || d.kind === "closeness") &&
    isStr(d.text) &&
    typeof d.edited === "boolean" &&
    isStr(d.name) &&
    typeof d.durationMinutes === "number" &&
    Number.isFinite(d.durationMinutes) &&
    isStr(d.activity) &&
    isStr(d.returnAt) &&
    (d.style === "calm" || d.style === "warm" || d.style === "plain")
  );
}

/** The structured card for onSend: only filled parts, the slots the text used. */
export function buildCard(draft: ComposerDraft, slots: SlotName[], returnTime: ZonedTime | null, locale: string): ReassuranceCardData {
  const parts: ReassuranceCardData["parts"] = {};
  if (slots.includes("name") && draft.name.trim()) parts.name = draft.name.trim();
  if (slots.includes("activity") && draft.activity.trim()) parts.activity = draft.activity.trim();
  if (slots.includes("duration")) parts.durationMinutes = draft.durationMinutes;
  return { kind: draft.kind, templateId: draft.templateId, text: draft.text, parts, returnTime, locale, style: draft.style };
}

/**
 * Makes card data from anywhere (a partner's device, a server) safe to show: unknown
 * fields dropped, text limited, a broken return time left out instead of crashing.
 */
export function normalizeCard(value: unknown, limit = 1000): ReassuranceCardData | null {
  if (!value || typeof value !== "object") return null;
  const c = value as Partial<Record<keyof ReassuranceCardData, unknown>>;
  if (!isStr(c.text)) return null;
  return {
    kind: c.kind === "closeness" ? "closeness" : "space",
    templateId: isStr(c.templateId) ? c.templateId : BLANK_SPACE,
    text: limitText(c.text, limit),
    parts: {},
    returnTime: validZonedTime(c.returnTime) ?? null,
    locale: isStr(c.locale) ? c.locale : "en",
    style: c.style === "warm" || c.style === "plain" ? c.style : "calm",
  };
}

export const DRAFT_WIDGET = "reassurance-composer";
const listeners = new Set<() => void>();

/** @internal Mounted composers listen so that clearing also empties what they show. */
export function onDraftsCleared(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/**
 * Removes every ReassuranceComposer draft from `storage` (default: localStorage) and
 * empties the drafts of composers on the page. Never throws: resolves to false if the
 * storage could not be read or written.
 */
export async function clearAllDrafts(storage: StorageAdapter = localStorageAdapter()): Promise<boolean> {
  listeners.forEach((l) => l());
  const prefix = `${STORAGE_PREFIX}${DRAFT_WIDGET}:`;
  try {
    const keys = (await storage.keys?.()) ?? [];
    for (const key of keys) if (key.startsWith(prefix)) await storage.removeItem(key);
    return true;
  } catch {
    return false;
  }
}
