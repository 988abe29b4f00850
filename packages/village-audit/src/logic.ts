// React-free: the audit's data shape, its validator, and the few facts the widget shows.
// Safe to import on a server ("@attune/village-audit/logic").

/** The people and places a need can rest on, built in. Hosts add named people of their own. */
export const VILLAGE_SOURCES = ["partner", "friends", "family", "community", "colleagues", "myself", "professional"] as const;
export type VillageSourceKind = (typeof VILLAGE_SOURCES)[number];

/** Needs written for Attune, offered as a start; a person can type their own instead. */
export const NEED_SUGGESTIONS = [
  "venting",
  "comfort",
  "adventure",
  "ideas",
  "hobby",
  "seen",
  "play",
  "practical",
  "quiet",
  "growth",
] as const;
export type NeedSuggestion = (typeof NEED_SUGGESTIONS)[number];

/** At most this many needs in one audit: enough to see a pattern, few enough to finish. */
export const MAX_NEEDS = 7;
/** How many needs the practice suggests writing down. */
export const SUGGESTED_NEEDS = 5;
/** Longest need, person or plan text kept (graphemes are not needed: this is a guard, not a counter). */
export const MAX_TEXT = 120;

export interface VillageNeed {
  /** Stable id within the audit. */
  id: string;
  /** The person's own words; empty when the need came from a suggestion. */
  label: string;
  /** The built-in suggestion this need came from, shown in the reader's language. */
  suggestion?: NeedSuggestion;
  /** Who meets it now: built-in kinds and the ids of named people. */
  sources: string[];
}

/** A named person or group the person added ("Maya", "Thursday choir"). */
export interface VillagePerson {
  id: string;
  name: string;
}

/** The one need to bring to someone else this week. */
export interface VillageSharePlan {
  needId: string;
  /** Who I could ask: a built-in kind, a named person's id, or free text. */
  who: string;
  /** When, in the person's own words ("Thursday evening"). */
  when: string;
}

/**
 * One audit: a dated, plain-JSON entry a host can store and compare with the next one.
 * `date` is epoch milliseconds, as every instant in Attune's APIs.
 */
export interface VillageAuditData {
  version: 1;
  date: number;
  needs: VillageNeed[];
  people: VillagePerson[];
  plan?: VillageSharePlan;
}

export type ParseResult<T> = { ok: true; value: T; problems: string[] } | { ok: false; error: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const text = (v: unknown): string | undefined => (typeof v === "string" ? v.slice(0, MAX_TEXT) : undefined);

/** An empty audit dated `date`. */
export function emptyAudit(date = 0): VillageAuditData {
  return { version: 1, date, needs: [], people: [] };
}

/**
 * Checks data from storage, a host's backend or a partner. A bad need or person is dropped
 * with a problem listed; the valid ones beside it are kept. Only a value that is not an audit
 * at all fails.
 */
export function parseVillageAudit(value: unknown): ParseResult<VillageAuditData> {
  if (!isObject(value)) return { ok: false, error: "not an object" };
  if (value.version !== 1) return { ok: false, error: "unknown version" };
  const problems: string[] = [];
  const date = typeof value.date === "number" && Number.isFinite(value.date) && Math.abs(value.date) <= 8.64e15 ? value.date : 0;
  if (date !== value.date) problems.push("date: not an instant");

  const people: VillagePerson[] = [];
  const personIds = new Set<string>();
  for (const [i, p] of (Array.isArray(value.people) ? value.people : []).entries()) {
    const id = isObject(p) ? text(p.id) : undefined;
    const name = isObject(p) ? text(p.name)?.trim() : undefined;
    if (!id || !name || personIds.has(id) || (VILLAGE_SOURCES as readonly string[]).includes(id)) {
      problems.push(`people[${i}]: invalid`);
      continue;
    }
    personIds.add(id);
    people.push({ id, name });
  }
  if (value.people !== undefined && !Array.isArray(value.people)) problems.push("people: not a list");

  const known = (s: string) => (VILLAGE_SOURCES as readonly string[]).includes(s) || personIds.has(s);
  const needs: VillageNeed[] = [];
  const needIds = new Set<string>();
  for (const [i, n] of (Array.isArray(value.needs) ? value.needs : []).entries()) {
    if (needs.length >= MAX_NEEDS) {
      problems.push(`needs: over ${MAX_NEEDS}`);
      break;
    }
    const id = isObject(n) ? text(n.id) : undefined;
    const label = isObject(n) ? (text(n.label) ?? "") : "";
    const suggestion =
      isObject(n) && (NEED_SUGGESTIONS as readonly unknown[]).includes(n.suggestion) ? (n.suggestion as NeedSuggestion) : undefined;
    if (!id || needIds.has(id) || (!label.trim() && !suggestion)) {
      problems.push(`needs[${i}]: invalid`);
      continue;
    }
    const sources = Array.isArray((n as Record<string, unknown>).sources)
      ? [...new Set(((n as Record<string, unknown>).sources as unknown[]).filter((s): s is string => typeof s === "string" && known(s)))]
      : [];
    needIds.add(id);
    needs.push({ id, label, ...(suggestion ? { suggestion } : {}), sources });
  }
  if (!Array.isArray(value.needs)) problems.push("needs: not a list");

  let plan: VillageSharePlan | undefined;
  if (value.plan !== undefined) {
    const p = value.plan;
    if (isObject(p) && typeof p.needId === "string" && needIds.has(p.needId)) {
      plan = { needId: p.needId, who: text(p.who) ?? "", when: text(p.when) ?? "" };
    } else problems.push("plan: no such need");
  }
  return { ok: true, value: { version: 1, date, needs, people, ...(plan ? { plan } : {}) }, problems };
}

/** True when only the partner meets this need now. */
export const restsOnPartnerAlone = (need: VillageNeed): boolean => need.sources.length === 1 && need.sources[0] === "partner";

export interface VillageSummary {
  total: number;
  /** Needs that rest on the partner alone. */
  partnerAlone: number;
  /** Needs nobody meets yet. */
  unmet: number;
  /** Needs that more than one person or place meets. */
  shared: number;
}

export function summarize(audit: Pick<VillageAuditData, "needs">): VillageSummary {
  let partnerAlone = 0;
  let unmet = 0;
  let shared = 0;
  for (const need of audit.needs) {
    if (restsOnPartnerAlone(need)) partnerAlone++;
    if (need.sources.length === 0) unmet++;
    if (need.sources.length > 1) shared++;
  }
  return { total: audit.needs.length, partnerAlone, unmet, shared };
}

export interface VillageChange {
  needId: string;
  kind: "added" | "removed" | "sources";
  /** Sources added and removed, for kind "sources". */
  gained: string[];
  lost: string[];
}

/** What changed between an earlier audit and this one, need by need (matched by id, then by label). */
export function compareAudits(previous: VillageAuditData, current: VillageAuditData): { changes: VillageChange[]; partnerAloneBefore: number; partnerAloneNow: number } {
  const key = (n: VillageNeed) => n.suggestion ?? n.label.trim().toLowerCase();
  const before = new Map(previous.needs.map((n) => [n.id, n]));
  const beforeByKey = new Map(previous.needs.map((n) => [key(n), n]));
  const matched = new Set<string>();
  const changes: VillageChange[] = [];
  for (const need of current.needs) {
    const old = before.get(need.id) ?? beforeByKey.get(key(need));
    if (!old) {
      changes.push({ needId: need.id, kind: "added", gained: need.sources, lost: [] });
      continue;
    }
    matched.add(old.id);
    const gained = need.sources.filter((s) => !old.sources.includes(s));
    const lost = old.sources.filter((s) => !need.sources.includes(s));
    if (gained.length || lost.length) changes.push({ needId: need.id, kind: "sources", gained, lost });
  }
  for (const old of previous.needs) if (!matched.has(old.id)) changes.push({ needId: old.id, kind: "removed", gained: [], lost: old.sources });
  return { changes, partnerAloneBefore: summarize(previous).partnerAlone, partnerAloneNow: summarize(current).partnerAlone };
}

/** A new id, unique within `taken` (ids only need to be unique inside one audit). */
export function nextId(prefix: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  let i = used.size + 1;
  while (used.has(`${prefix}${i}`)) i++;
  return `${prefix}${i}`;
}

/** Moves the item at `from` by `delta` places, clamped to the list; a new array. */
export function move<T>(list: readonly T[], from: number, delta: number): T[] {
  const to = Math.min(Math.max(from + delta, 0), list.length - 1);
  if (from < 0 || from >= list.length || to === from) return list.slice();
  const next = list.slice();
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item as T);
  return next;
}
