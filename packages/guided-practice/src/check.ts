// The practice validator's rules. A problem comes back as data (what is wrong and where);
// "./practice-problems" puts it in words. The player checks every practice as it renders but
// needs those words only when a host's practice is broken, so it loads them then.
import { countGraphemes, stripControlCharacters } from "@attune/core/logic";
import { MAX_PHASE_SECONDS, PHASE_KINDS, PRESET_NAMES, type BreathingPattern, type PresetName } from "@attune/breathing/engine";
import type { Practice, PracticeStep } from "./practice";

/** The version of the practice and start JSON shapes this release reads and writes. */
export const PRACTICE_VERSION = 1;

export const LIMITS = {
  /** Longest step text, in graphemes. */
  textGraphemes: 600,
  titleGraphemes: 120,
  descriptionGraphemes: 400,
  idLength: 64,
  steps: 60,
  /** Longest single step, in seconds (30 minutes). */
  stepSeconds: 1800,
  urlLength: 2048,
} as const;

/** At most this many phases in a step's own breathing pattern. */
export const MAX_PHASES = 8;

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

function cleanText(v: unknown, max: number): string | undefined {
  if (typeof v !== "string") return undefined;
  const text = stripControlCharacters(v).trim();
  if (!text || countGraphemes(text) > max) return undefined;
  return text;
}

/** An audio URL the host may use: http(s), blob: or relative. Anything else (javascript:, data:) is refused. */
export function isSafeAudioUrl(value: unknown): value is string {
  if (typeof value !== "string" || value.trim() === "" || value.length > LIMITS.urlLength) return false;
  try {
    const url = new URL(value.trim(), "https://relative.invalid/");
    return url.protocol === "https:" || url.protocol === "http:" || url.protocol === "blob:";
  } catch {
    return false;
  }
}

/** What is wrong, by the field it concerns; `describeProblem` has the words for each. */
export type ProblemKind =
  | "list"
  | "object"
  | "duplicate"
  | "version"
  | "id"
  | "title"
  | "description"
  | "lang"
  | "steps"
  | "step"
  | "text"
  | "seconds"
  | "audio"
  | "preset"
  | "phases"
  | "kind"
  | "phaseSeconds";

/** The first problem found in a practice, as data. */
export interface PracticeProblem {
  kind: ProblemKind;
  /** The practice's title (when it has a valid one) and id, as read: they name it. */
  title?: string;
  id?: string;
  /** One-based step number. */
  step?: number;
  /** One-based breathing phase number. */
  phase?: number;
  /** The unknown breathing preset name. */
  value?: string;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; problem: PracticeProblem };

const fail = (problem: PracticeProblem): { ok: false; problem: PracticeProblem } => ({ ok: false, problem });

function checkBreathing(v: unknown): Checked<PresetName | BreathingPattern> {
  if (typeof v === "string") return (PRESET_NAMES as readonly string[]).includes(v) ? { ok: true, value: v as PresetName } : fail({ kind: "preset", value: v });
  const phases = isObject(v) ? v.phases : undefined;
  if (!Array.isArray(phases) || phases.length === 0 || phases.length > MAX_PHASES) return fail({ kind: "phases" });
  const out: BreathingPattern["phases"][number][] = [];
  for (let i = 0; i < phases.length; i++) {
    const p = phases[i] as unknown;
    const kind = isObject(p) ? p.kind : undefined;
    const seconds = isObject(p) ? p.seconds : undefined;
    if (!(PHASE_KINDS as readonly unknown[]).includes(kind)) return fail({ kind: "kind", phase: i + 1 });
    if (typeof seconds !== "number" || !(seconds > 0) || seconds > MAX_PHASE_SECONDS) return fail({ kind: "phaseSeconds", phase: i + 1 });
    out.push({ kind: kind as BreathingPattern["phases"][number]["kind"], seconds });
  }
  return { ok: true, value: { phases: out } };
}

function checkStep(v: unknown): Checked<PracticeStep> {
  if (!isObject(v)) return fail({ kind: "step" });
  const text = cleanText(v.text, LIMITS.textGraphemes);
  if (!text) return fail({ kind: "text" });
  const step: PracticeStep = { text };
  if (v.seconds !== undefined && v.seconds !== null) {
    if (typeof v.seconds !== "number" || !(v.seconds > 0) || v.seconds > LIMITS.stepSeconds) return fail({ kind: "seconds" });
    step.seconds = v.seconds;
  }
  if (v.breathing !== undefined) {
    const b = checkBreathing(v.breathing);
    if (!b.ok) return b;
    step.breathing = b.value;
  }
  if (v.audio !== undefined) {
    if (!isSafeAudioUrl(v.audio)) return fail({ kind: "audio" });
    step.audio = v.audio.trim();
  }
  return { ok: true, value: step };
}

/** Checks a practice from JSON: the cleaned practice, or its first problem. Nothing throws. */
export function checkPractice(value: unknown): Checked<Practice> {
  if (!isObject(value)) return fail({ kind: "object" });
  const id = typeof value.id === "string" ? value.id.trim() : "";
  const title = cleanText(value.title, LIMITS.titleGraphemes);
  const bad = (kind: ProblemKind, more?: Partial<PracticeProblem>) => fail({ ...more, kind, title, id });
  if (value.version !== PRACTICE_VERSION) return bad("version");
  if (!/^[\w.:-]{1,64}$/.test(id)) return bad("id");
  if (!title) return bad("title");
  const practice: Practice = { version: PRACTICE_VERSION, id, title, steps: [] };
  if (value.description !== undefined) {
    const d = cleanText(value.description, LIMITS.descriptionGraphemes);
    if (!d) return bad("description");
    practice.description = d;
  }
  if (value.lang !== undefined) {
    if (typeof value.lang !== "string" || !/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/.test(value.lang)) return bad("lang");
    practice.lang = value.lang;
  }
  if (!Array.isArray(value.steps) || value.steps.length === 0 || value.steps.length > LIMITS.steps) return bad("steps");
  const steps: PracticeStep[] = [];
  for (let i = 0; i < value.steps.length; i++) {
    const s = checkStep(value.steps[i]);
    if (!s.ok) return bad(s.problem.kind, { ...s.problem, step: i + 1 });
    steps.push(s.value);
  }
  practice.steps = steps;
  return { ok: true, value: practice };
}

/** Checks a list of practices: the valid ones in order, a problem for each bad one; a repeated id keeps the first. */
export function checkPractices(list: unknown): { practices: Practice[]; problems: PracticeProblem[] } {
  const practices: Practice[] = [];
  const problems: PracticeProblem[] = [];
  if (!Array.isArray(list)) return { practices, problems: list === undefined ? [] : [{ kind: "list" }] };
  for (const item of list) {
    const r = checkPractice(item);
    if (!r.ok) problems.push(r.problem);
    else if (practices.some((p) => p.id === r.value.id)) problems.push({ kind: "duplicate", title: r.value.title, id: r.value.id });
    else practices.push(r.value);
  }
  return { practices, problems };
}
