// React-free: the prompt sets and the validators for host sets, drafts and answers; what the
// first load needs. Sharing (the partner's JSON, what is sent) is in "./share", which loads with
// an open set; "./logic" (the package's "/logic" entry) exports both. Imports on a server
// without "use client".

/** How a step is answered: in words, by picking one option, or by a lean on the needs spectrum. */
export type ReflectionKind = "text" | "choice" | "lean";
export const REFLECTION_KINDS: readonly ReflectionKind[] = ["text", "choice", "lean"];

export interface ReflectionOption {
  id: string;
  label: string;
}

/** One question. Built-in steps carry message keys' text after translation; host steps carry their own text. */
export interface ReflectionStep {
  id: string;
  kind: ReflectionKind;
  prompt: string;
  /** A line under the prompt. */
  help?: string;
  /** Suggestions a person may borrow; never a verdict. */
  hints?: string[];
  /** The options of a "choice" step. */
  options?: ReflectionOption[];
}

export interface ReflectionSet {
  id: string;
  title: string;
  intro?: string;
  steps: ReflectionStep[];
}

/** An answer: words, an option's id, or a lean (0 = space, 100 = closeness, the spectrum's scale). */
export type ReflectionAnswerValue = string | number;

export interface ReflectionAnswer {
  value: ReflectionAnswerValue;
  /** Chosen for sharing. Off until the person turns it on. */
  shared: boolean;
}

/** Where a person is: plain JSON, what the host may own or persist. */
export interface ReflectionDraft {
  version: 1;
  /** The set being walked, or null at the list of sets. */
  active: string | null;
  /** Per set: the step shown (the number of steps means the summary). */
  positions: Record<string, number>;
  /** Per set, per step: the answer. */
  answers: Record<string, Record<string, ReflectionAnswer>>;
  /** Sets the person has shared. */
  sent: string[];
}

/** What partners exchange: only the answers a person switched on, with the words of each question. */
export interface ReflectionShare {
  version: 1;
  setId: string;
  title: string;
  answers: ReflectionSharedAnswer[];
}

export interface ReflectionSharedAnswer {
  stepId: string;
  kind: ReflectionKind;
  prompt: string;
  /** Words, an option's id, or a lean from 0 (space) to 100 (closeness). */
  value: ReflectionAnswerValue;
  /** For a choice: the option's words. */
  label?: string;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

export const MAX_TEXT = 4000;
export const MAX_LINE = 500;
export const MAX_STEPS = 20;
export const LEAN_MIN = 0;
export const LEAN_MAX = 100;

/** The built-in sets: ids, kinds and options; their words live in the message catalogues. */
export const BUILT_IN_SETS = [
  { id: "pull", steps: [["lean", "lean"], ["reach", "text"], ["story", "text"], ["else", "text"]] },
  { id: "fire", steps: [["need", "choice"], ["lost", "text"]] },
  { id: "now", steps: [["connected", "text"], ["need", "text"], ["say", "text"]] },
] as const;
export type ReflectionBuiltInId = (typeof BUILT_IN_SETS)[number]["id"];
export const FIRE_OPTIONS = ["space", "closeness", "both", "unsure"] as const;

export const emptyDraft = (): ReflectionDraft => ({ version: 1, active: null, positions: {}, answers: {}, sent: [] });

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
export const isId = (v: unknown): v is string => typeof v === "string" && /^[\w-]{1,64}$/.test(v);
export const text = (v: unknown, max: number): string | undefined => (typeof v === "string" && v.trim() ? v.slice(0, max) : undefined);

/** Clamps a lean to the spectrum's whole numbers from 0 to 100. */
export const clampLean = (v: number): number => Math.min(LEAN_MAX, Math.max(LEAN_MIN, Math.round(v)));

/** Checks one host step; returns the step or why it was left out. */
function parseStep(raw: unknown, at: string): Parsed<ReflectionStep> {
  if (!isObject(raw)) return { ok: false, error: `${at} is not an object` };
  if (!isId(raw.id)) return { ok: false, error: `${at}.id must be letters, digits, - or _` };
  if (!REFLECTION_KINDS.includes(raw.kind as ReflectionKind)) return { ok: false, error: `${at}.kind must be text, choice or lean` };
  const prompt = text(raw.prompt, MAX_LINE);
  if (!prompt) return { ok: false, error: `${at}.prompt must be text` };
  const step: ReflectionStep = { id: raw.id, kind: raw.kind as ReflectionKind, prompt };
  const help = text(raw.help, MAX_LINE);
  if (help) step.help = help;
  if (raw.hints !== undefined) {
    if (!Array.isArray(raw.hints)) return { ok: false, error: `${at}.hints must be a list of text` };
    const hints = raw.hints.map((h) => text(h, MAX_LINE)).filter((h): h is string => !!h);
    if (hints.length) step.hints = hints.slice(0, 6);
  }
  if (step.kind === "choice") {
    const options: ReflectionOption[] = [];
    for (const o of Array.isArray(raw.options) ? raw.options : []) {
      const option = typeof o === "string" ? { id: o, label: o } : isObject(o) ? { id: o.id, label: o.label } : undefined;
      const label = option && text(option.label, MAX_LINE);
      if (option && typeof option.id === "string" && option.id && label && !options.some((x) => x.id === option.id)) options.push({ id: option.id.slice(0, 64), label });
    }
    if (options.length < 2) return { ok: false, error: `${at}.options needs at least two distinct options` };
    step.options = options.slice(0, 12);
  }
  return { ok: true, value: step };
}

/** Checks one host set: a set with no valid step is an error; invalid steps are dropped with a reason. */
export function parseReflectionSet(raw: unknown, at = "set"): Parsed<ReflectionSet> & { problems: string[] } {
  const problems: string[] = [];
  if (!isObject(raw)) return { ok: false, error: `${at} is not an object`, problems };
  if (!isId(raw.id)) return { ok: false, error: `${at}.id must be letters, digits, - or _`, problems };
  const title = text(raw.title, MAX_LINE);
  if (!title) return { ok: false, error: `${at} (${raw.id}).title must be text`, problems };
  if (!Array.isArray(raw.steps)) return { ok: false, error: `${at} (${raw.id}).steps must be a list`, problems };
  const steps: ReflectionStep[] = [];
  raw.steps.slice(0, MAX_STEPS).forEach((s, i) => {
    const step = parseStep(s, `${at} (${raw.id}).steps[${i}]`);
    if (!step.ok) problems.push(step.error);
    else if (steps.some((x) => x.id === step.value.id)) problems.push(`${at} (${raw.id}).steps[${i}].id "${step.value.id}" is used twice`);
    else steps.push(step.value);
  });
  if (raw.steps.length > MAX_STEPS) problems.push(`${at} (${raw.id}) has more than ${MAX_STEPS} steps; the rest were left out`);
  if (!steps.length) return { ok: false, error: `${at} (${raw.id}) has no valid step`, problems };
  const set: ReflectionSet = { id: raw.id, title, steps };
  const intro = text(raw.intro, MAX_LINE);
  if (intro) set.intro = intro;
  return { ok: true, value: set, problems };
}

/** Checks a list of host sets, keeping every valid one and saying what was wrong with each other one. */
export function parseReflectionSets(raw: unknown, taken: readonly string[] = []): { sets: ReflectionSet[]; errors: string[] } {
  if (!Array.isArray(raw)) return { sets: [], errors: ["sets must be a list"] };
  const sets: ReflectionSet[] = [];
  const errors: string[] = [];
  raw.forEach((s, i) => {
    const parsed = parseReflectionSet(s, `sets[${i}]`);
    errors.push(...parsed.problems);
    if (!parsed.ok) errors.push(parsed.error);
    else if (taken.includes(parsed.value.id) || sets.some((x) => x.id === parsed.value.id)) errors.push(`sets[${i}].id "${parsed.value.id}" is used twice`);
    else sets.push(parsed.value);
  });
  return { sets, errors };
}

/** Checks one answer against its kind: words are cut to MAX_TEXT, a lean is clamped, a choice must be an option. */
export function checkAnswer(step: Pick<ReflectionStep, "kind" | "options">, value: unknown): ReflectionAnswerValue | undefined {
  if (step.kind === "lean") return typeof value === "number" && Number.isFinite(value) ? clampLean(value) : undefined;
  if (typeof value !== "string") return undefined;
  if (step.kind === "choice") return step.options?.some((o) => o.id === value) ? value : undefined;
  return value.slice(0, MAX_TEXT);
}

/** Whether a step has an answer worth keeping (blank words do not count). */
export const isAnswered = (a: ReflectionAnswer | undefined): a is ReflectionAnswer =>
  !!a && (typeof a.value === "number" || a.value.trim() !== "");

/** Checks a draft (a prop, storage): the shape must hold; answers that are not answers are dropped. */
export function parseReflectionDraft(raw: unknown): Parsed<ReflectionDraft> {
  if (!isObject(raw) || raw.version !== 1) return { ok: false, error: "a draft needs version 1" };
  if (!isObject(raw.positions) || !isObject(raw.answers)) return { ok: false, error: "a draft needs positions and answers" };
  const draft = emptyDraft();
  if (isId(raw.active)) draft.active = raw.active;
  for (const [set, n] of Object.entries(raw.positions)) if (isId(set) && Number.isInteger(n) && (n as number) >= 0) draft.positions[set] = Math.min(n as number, MAX_STEPS);
  for (const [set, answers] of Object.entries(raw.answers)) {
    if (!isId(set) || !isObject(answers)) continue;
    const kept: Record<string, ReflectionAnswer> = {};
    for (const [step, a] of Object.entries(answers)) {
      if (!isId(step) || !isObject(a)) continue;
      const value = typeof a.value === "string" ? a.value.slice(0, MAX_TEXT) : typeof a.value === "number" && Number.isFinite(a.value) ? clampLean(a.value) : undefined;
      if (value !== undefined) kept[step] = { value, shared: a.shared === true };
    }
    draft.answers[set] = kept;
  }
  if (Array.isArray(raw.sent)) draft.sent = raw.sent.filter(isId);
  return { ok: true, value: draft };
}

/** Which fifth of the spectrum a lean is in, for words that describe it without labelling anyone. */
export function leanZone(value: number): "space-strong" | "space" | "middle" | "closeness" | "closeness-strong" {
  const v = clampLean(value);
  return v < 20 ? "space-strong" : v < 40 ? "space" : v <= 60 ? "middle" : v <= 80 ? "closeness" : "closeness-strong";
}
