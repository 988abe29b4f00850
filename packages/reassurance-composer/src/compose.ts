/**
 * The composer's plain logic, no React: templates and slots, the hints, the card data a host
 * receives and its validator, draft validation and clearing. Safe on a server.
 */
import {
  STORAGE_PREFIX,
  dateTimeFormat,
  fromWallClock,
  isValidTimeZone,
  parseWallClock,
  stripControlCharacters,
  toWallClock,
  truncateGraphemes,
  validZonedTime,
  type StorageAdapter,
  type ZonedTime,
} from "@attune/core/logic";

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
  ["closenessAsk", "closeness", "closeness"],
  ["closenessMiss", "closeness", "closeness"],
  ["repairPause", "repair", "space"],
  ["repairOwn", "repair", "closeness"],
  ["checkinThinking", "checkin", "closeness"],
  ["checkinQuiet", "checkin", "space"],
];

export const BLANK_SPACE = "blank-space";
export const BLANK_CLOSENESS = "blank-closeness";
/** The template whose duration is a conflict time-out (20 minutes to 24 hours). */
export const PAUSE_TEMPLATE = "repairPause";

const GROUPS: readonly TemplateGroup[] = ["space", "closeness", "repair", "checkin"];

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
  // A value (or the empty mark "…") that already ends a sentence takes the template's full stop
  // after it: "back …" rather than "back ….", "at 9 a.m." rather than "at 9 a.m..".
  return text.replace(/\{(name|duration|activity|returnTime)\}(\.?)/g, (_, name: SlotName, stop: string) => {
    const value = values[name]?.trim() || empty;
    return /[.…]$/.test(value) ? value : value + stop;
  });
}

/** Text as the card may hold it: no invisible control characters, at most `limit` graphemes. */
export function limitText(text: string, limit: number): string {
  return truncateGraphemes(stripControlCharacters(truncateGraphemes(text, limit)), limit);
}

/** The longest card a composer allows: a whole number from 1 to 5000; anything else is the default 280. */
export function clampMaxLength(value: unknown): number {
  return typeof value === "number" && Number.isFinite(value) ? Math.min(Math.max(Math.trunc(value), 1), 5000) : 280;
}

/**
 * Checks templates that come from a host (JSON, a CMS): entries that are not templates and
 * repeated ids are left out, each with a problem to report; the valid ones are all kept.
 */
export function normalizeTemplates(value: unknown): { templates: ComposerTemplate[]; problems: string[] } {
  const templates: ComposerTemplate[] = [];
  const problems: string[] = [];
  if (!Array.isArray(value)) return { templates, problems: ["templates is not an array"] };
  const ids = new Set([BLANK_SPACE, BLANK_CLOSENESS]);
  value.forEach((t: unknown, i) => {
    const x = (t && typeof t === "object" ? t : {}) as Partial<Record<keyof ComposerTemplate, unknown>>;
    if (typeof x.id !== "string" || !x.id || typeof x.label !== "string" || typeof x.text !== "string") {
      problems.push(`template ${i} needs a string id, label and text`);
    } else if (ids.has(x.id)) {
      problems.push(`template id "${x.id}" is used twice`);
    } else {
      ids.add(x.id);
      const group = GROUPS.includes(x.group as TemplateGroup) ? (x.group as TemplateGroup) : x.kind === "closeness" ? "closeness" : "space";
      const kind: CardKind = x.kind === "space" || x.kind === "closeness" ? x.kind : group === "closeness" ? "closeness" : "space";
      templates.push({ id: x.id, group, kind, label: x.label, text: x.text });
    }
  });
  return { templates, problems };
}

export type ReturnTimeResult = { time: ZonedTime | null; error?: "time" | "zone" };

/** A draft's `returnAt` ("YYYY-MM-DDTHH:mm") read in an IANA zone; empty is no time, anything unreadable or half-filled an error. */
export function resolveReturnTime(wallClock: string, timeZone: string): ReturnTimeResult {
  if (!wallClock) return { time: null };
  if (!isValidTimeZone(timeZone)) return { time: null, error: "zone" };
  const w = parseWallClock(wallClock);
  if (!w) return { time: null, error: "time" };
  return { time: { at: new Date(fromWallClock(w, timeZone).epochMs).toISOString(), timeZone } };
}

/**
 * A draft's `returnAt` as the date and time field's two texts: "2026-11-21T20:00" is
 * { date: "2026-11-21", time: "20:00" }. Whatever was typed in the date box comes back as typed.
 */
export function splitReturnAt(returnAt: string): { date: string; time: string } {
  // Only a time a time box can show is split off; anything else stays in the date text.
  const m = /^([\s\S]*?)[T ]((?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d)?)$/.exec(returnAt);
  if (m) return { date: m[1]!, time: m[2]! };
  return { date: returnAt.endsWith("T") ? returnAt.slice(0, -1) : returnAt, time: "" };
}

/** The field's two texts as a draft's `returnAt` ("" when both are empty); splitReturnAt reverses it. */
export function joinReturnAt({ date, time }: { date: string; time: string }): string {
  return date || time ? `${date}T${time}` : "";
}

/** Today's date ("YYYY-MM-DD") in `timeZone` (UTC for a zone Intl does not know): where the picker opens. */
export function todayIn(timeZone: string, now: number): string {
  const w = toWallClock(now, isValidTimeZone(timeZone) ? timeZone : "UTC");
  return `${w.year}-${String(w.month).padStart(2, "0")}-${String(w.day).padStart(2, "0")}`;
}

/** "Sat 8:00 PM" in the reader's language, in the zone the time was chosen in (or `zone`). */
export function formatZonedTime(time: ZonedTime, locale: string, zone?: string, withZone = false): string {
  return dateTimeFormat(locale, {
    weekday: "short",
    hour: "numeric",
    minute: "2-digit",
    timeZone: zone && isValidTimeZone(zone) ? zone : time.timeZone,
    timeZoneName: withZone ? "short" : undefined,
  }).format(Date.parse(time.at));
}

/**
 * The parts of a time for a sentence: the weekday, the clock time, and the hour (0–23) so a
 * language can choose its article ("a la 1:00", "a las 19:00").
 */
export function zonedTimeParts(time: ZonedTime, locale: string): { weekday: string; time: string; hour: number } {
  const at = Date.parse(time.at);
  const weekday = dateTimeFormat(locale, { weekday: "long", timeZone: time.timeZone }).format(at);
  const clock = dateTimeFormat(locale, { hour: "numeric", minute: "2-digit", timeZone: time.timeZone }).format(at);
  const hour = Number(dateTimeFormat("en-US", { hour: "numeric", hourCycle: "h23", timeZone: time.timeZone }).format(at)) % 24;
  return { weekday, time: clock, hour };
}

/** What a card like this often says; the person ticks each one, nothing is guessed from the text. */
export type HintId = "need" | "bond" | "time";
export const HINTS: readonly HintId[] = ["need", "bond", "time"];

/**
 * The hints, the same three for both kinds of card (the need said plainly, that the bond is
 * okay, a concrete time): met when the person confirmed it; a chosen time also meets "time".
 */
export function cardHints(confirmed: readonly string[], returnTime: ZonedTime | null) {
  return HINTS.map((id) => ({ id, met: confirmed.includes(id) || (id === "time" && returnTime !== null) }));
}

/**
 * When a pause's return time and its chosen duration disagree: the return time is more than
 * 15 minutes (or a quarter of the pause) away from `now + duration`.
 */
export function pauseMismatch(returnTime: ZonedTime | null, durationMinutes: number, now: number): boolean {
  if (!returnTime) return false;
  const diff = Math.abs(Date.parse(returnTime.at) - (now + durationMinutes * 60_000));
  return diff > Math.max(15, durationMinutes / 4) * 60_000;
}

export const CARD_VERSION = 1;

/**
 * A sent card: what a host receives in onSend, sends through its own backend and shows with
 * ReassuranceCard. Plain JSON; check what arrives with `parseReassuranceCard`.
 */
export interface ReassuranceCardData {
  version: typeof CARD_VERSION;
  kind: CardKind;
  /** The template's group; the card's heading follows it. Absent for a blank card. */
  group?: TemplateGroup;
  /** The template the card started from ("blank-space" / "blank-closeness" for a blank card). */
  templateId: string;
  /** The card's text exactly as the person wrote it (plain text, never markup). */
  text: string;
  /** The slot values the card was built with; only those the person filled. */
  parts: { name?: string; durationMinutes?: number; activity?: string };
  /** When the sender will be back (space) or a time for being together (closeness), with its IANA zone. */
  returnTime: ZonedTime | null;
  /** BCP 47 locale the card was written in. */
  locale: string;
  style: CardStyle;
}

/** A draft as it is kept (and, with a persistKey, stored): the composer's `value`. */
export interface ComposerDraft {
  /** "" until the person chooses a template or a blank card. */
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
  /** Hints the person ticked. */
  confirmed?: HintId[];
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
    (d.style === "calm" || d.style === "warm" || d.style === "plain") &&
    (d.confirmed === undefined || (Array.isArray(d.confirmed) && d.confirmed.every((h) => HINTS.includes(h as HintId))))
  );
}

/** The structured card for onSend: only filled parts, the slots the text used. */
export function buildCard(
  draft: ComposerDraft,
  slots: SlotName[],
  returnTime: ZonedTime | null,
  locale: string,
  group?: TemplateGroup,
): ReassuranceCardData {
  const parts: ReassuranceCardData["parts"] = {};
  if (slots.includes("name") && draft.name.trim()) parts.name = draft.name.trim();
  if (slots.includes("activity") && draft.activity.trim()) parts.activity = draft.activity.trim();
  if (slots.includes("duration")) parts.durationMinutes = draft.durationMinutes;
  const templateId = draft.templateId || (draft.kind === "closeness" ? BLANK_CLOSENESS : BLANK_SPACE);
  const card: ReassuranceCardData = { version: CARD_VERSION, kind: draft.kind, templateId, text: draft.text, parts, returnTime, locale, style: draft.style };
  if (group) card.group = group;
  return card;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: string };

/**
 * Checks a sent card from anywhere (a partner's device, a server): the version, the kind and
 * the text must be right; unknown fields are dropped, text limited to `limit` characters and a
 * broken return time or part left out.
 */
export function parseReassuranceCard(value: unknown, limit = 1000): ParseResult<ReassuranceCardData> {
  if (!value || typeof value !== "object") return { ok: false, error: "A card must be an object." };
  const c = value as Partial<Record<keyof ReassuranceCardData, unknown>>;
  if (c.version !== undefined && c.version !== CARD_VERSION) return { ok: false, error: `Unknown card version ${String(c.version)}.` };
  if (c.kind !== "space" && c.kind !== "closeness") return { ok: false, error: "A card's kind must be \"space\" or \"closeness\"." };
  if (!isStr(c.text)) return { ok: false, error: "A card's text must be a string." };
  const p = (c.parts && typeof c.parts === "object" ? c.parts : {}) as Record<string, unknown>;
  const parts: ReassuranceCardData["parts"] = {};
  if (isStr(p.name)) parts.name = limitText(p.name, 40);
  if (isStr(p.activity)) parts.activity = limitText(p.activity, 60);
  if (typeof p.durationMinutes === "number" && Number.isFinite(p.durationMinutes) && p.durationMinutes > 0) parts.durationMinutes = p.durationMinutes;
  const card: ReassuranceCardData = {
    version: CARD_VERSION,
    kind: c.kind,
    templateId: isStr(c.templateId) ? limitText(c.templateId, 80) : c.kind === "closeness" ? BLANK_CLOSENESS : BLANK_SPACE,
    text: limitText(c.text, limit),
    parts,
    returnTime: validZonedTime(c.returnTime) ?? null,
    locale: isStr(c.locale) ? limitText(c.locale, 35) : "en",
    style: c.style === "warm" || c.style === "plain" ? c.style : "calm",
  };
  if (GROUPS.includes(c.group as TemplateGroup)) card.group = c.group as TemplateGroup;
  return { ok: true, value: card };
}

/** parseReassuranceCard's value, or null: what ReassuranceCard shows. */
export function normalizeCard(value: unknown, limit = 1000): ReassuranceCardData | null {
  if (!value || typeof value !== "object") return null;
  const v = value as Record<string, unknown>;
  // A card of unknown kind is still shown, with the neutral heading (no group, no template).
  const known = v.kind === "space" || v.kind === "closeness";
  const r = parseReassuranceCard(known ? value : { ...v, kind: "space", group: undefined, templateId: "" }, limit);
  return r.ok ? r.value : null;
}

/** The partner's one-tap answer to a card, sent back through the host's channel. */
export type AcknowledgementKind = "see-you" | "take-time" | "love-that" | "custom";
export interface ReassuranceAcknowledgement {
  version: typeof CARD_VERSION;
  kind: AcknowledgementKind;
  /** The words shown to the person, in the reader's language (the custom line as typed). */
  text: string;
}

/** Checks an acknowledgement that came back from the partner's device. */
export function parseAcknowledgement(value: unknown): ParseResult<ReassuranceAcknowledgement> {
  if (!value || typeof value !== "object") return { ok: false, error: "An acknowledgement must be an object." };
  const a = value as Partial<Record<keyof ReassuranceAcknowledgement, unknown>>;
  if (a.version !== CARD_VERSION) return { ok: false, error: "Unknown acknowledgement version." };
  if (!["see-you", "take-time", "love-that", "custom"].includes(a.kind as string)) return { ok: false, error: "Unknown acknowledgement kind." };
  if (!isStr(a.text) || !a.text.trim()) return { ok: false, error: "An acknowledgement needs text." };
  return { ok: true, value: { version: CARD_VERSION, kind: a.kind as AcknowledgementKind, text: limitText(a.text, 140) } };
}

export const DRAFT_WIDGET = "reassurance-composer";
const listeners = new Set<() => void>();

/** @internal Mounted composers listen so that clearing also empties what they show. */
export function onDraftsCleared(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/**
 * Removes every ReassuranceComposer draft from `storage` (pass the same adapter the
 * AttuneProvider has) and empties the drafts of composers on the page. Never throws:
 * resolves to false if the storage could not be read or written.
 */
export async function clearAllDrafts(storage: StorageAdapter): Promise<boolean> {
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
