// React-free: what partners exchange. Checking a partner's share and building my own (its JSON
// and its text) are needed only once a set is open, so the widget loads them with the open set's
// chunk ("./set-body"); "./logic" exports them too. Imports on a server without "use client".
import {
  MAX_LINE,
  MAX_STEPS,
  MAX_TEXT,
  REFLECTION_KINDS,
  clampLean,
  isAnswered,
  isId,
  isObject,
  text,
  type Parsed,
  type ReflectionAnswer,
  type ReflectionKind,
  type ReflectionSet,
  type ReflectionShare,
  type ReflectionSharedAnswer,
} from "./model";

/** Checks what a partner sent. Answers that do not hold are dropped; a share with none left is an error. */
export function parseReflectionShare(raw: unknown): Parsed<ReflectionShare> {
  if (!isObject(raw)) return { ok: false, error: "a share must be an object" };
  if (raw.version !== 1) return { ok: false, error: "a share needs version 1" };
  if (!isId(raw.setId)) return { ok: false, error: "a share needs a setId" };
  const title = text(raw.title, MAX_LINE);
  if (!title) return { ok: false, error: "a share needs a title" };
  if (!Array.isArray(raw.answers)) return { ok: false, error: "a share needs a list of answers" };
  const answers: ReflectionSharedAnswer[] = [];
  for (const a of raw.answers.slice(0, MAX_STEPS)) {
    if (!isObject(a) || !isId(a.stepId) || !REFLECTION_KINDS.includes(a.kind as ReflectionKind)) continue;
    const prompt = text(a.prompt, MAX_LINE);
    const kind = a.kind as ReflectionKind;
    const value = kind === "lean" ? (typeof a.value === "number" && Number.isFinite(a.value) ? clampLean(a.value) : undefined) : text(a.value, MAX_TEXT);
    if (!prompt || value === undefined || answers.some((x) => x.stepId === a.stepId)) continue;
    const answer: ReflectionSharedAnswer = { stepId: a.stepId, kind, prompt, value };
    const label = kind === "choice" ? text(a.label, MAX_LINE) : undefined;
    if (label) answer.label = label;
    answers.push(answer);
  }
  return { ok: true, value: { version: 1, setId: raw.setId, title, answers } };
}

/** The share for one set: exactly the answered steps whose switch is on, in the set's order. */
export function buildShare(set: ReflectionSet, answers: Record<string, ReflectionAnswer> = {}): ReflectionShare {
  const shared: ReflectionSharedAnswer[] = [];
  for (const step of set.steps) {
    const a = answers[step.id];
    if (!isAnswered(a) || !a.shared) continue;
    const item: ReflectionSharedAnswer = { stepId: step.id, kind: step.kind, prompt: step.prompt, value: typeof a.value === "string" ? a.value.trim() : a.value };
    const label = step.kind === "choice" ? step.options?.find((o) => o.id === a.value)?.label : undefined;
    if (label) item.label = label;
    shared.push(item);
  }
  return { version: 1, setId: set.id, title: set.title, answers: shared };
}

/**
 * The share as readable text: the title, then each question and its answer. `lean` turns a
 * lean into words (the caller's language), so the text never shows a bare number.
 */
export function shareToText(share: ReflectionShare, lean: (value: number) => string): string {
  const parts = [share.title];
  for (const a of share.answers) parts.push(`${a.prompt}\n${typeof a.value === "number" ? lean(a.value) : (a.label ?? a.value)}`);
  return parts.join("\n\n");
}
