// A broken practice's problem in words, for a host fixing its content (onError and the
// "/logic" validators). The player loads this only when a practice it was given is broken.
import { MAX_PHASE_SECONDS, PRESET_NAMES } from "@attune/breathing/engine";
import type { ErrorHandler } from "@attune/core/logic";
import { LIMITS, MAX_PHASES, PRACTICE_VERSION, type PracticeProblem } from "./check";

/** Reports each broken practice through onError, in words. */
export function reportProblems(problems: readonly PracticeProblem[], report: ErrorHandler): void {
  for (const p of problems) report({ code: "invalid-input", message: `GuidedPractice: ${describeProblem(p)}` });
}

/** "Holding both: step 3 needs text (1 to 600 characters)". */
export function describeProblem(p: PracticeProblem): string {
  if (p.kind === "list") return "practices must be a list";
  if (p.kind === "object") return "a practice must be an object";
  const label = p.title ?? (p.id ? `practice "${p.id.slice(0, LIMITS.idLength)}"` : "a practice");
  const step = `step ${p.step}`;
  const phase = `${step}: breathing phase ${p.phase}`;
  const words: Record<PracticeProblem["kind"], string> = {
    list: "",
    object: "",
    duplicate: `another practice already uses the id "${p.id}"`,
    version: `version must be ${PRACTICE_VERSION}`,
    id: `id must be 1 to ${LIMITS.idLength} letters, digits, "-", "_", "." or ":"`,
    title: `title must be 1 to ${LIMITS.titleGraphemes} characters`,
    description: `description must be 1 to ${LIMITS.descriptionGraphemes} characters`,
    lang: 'lang must be a language tag like "es"',
    steps: `steps must list 1 to ${LIMITS.steps} steps`,
    step: `${step} is not an object`,
    text: `${step} needs text (1 to ${LIMITS.textGraphemes} characters)`,
    seconds: `${step} needs seconds above 0 and at most ${LIMITS.stepSeconds}, or none for "when you're ready"`,
    audio: `${step} has an audio URL that is not http(s), blob: or relative`,
    preset: `${step}: breathing "${(p.value ?? "").slice(0, 40)}" is not one of ${PRESET_NAMES.join(", ")}`,
    phases: `${step}: breathing needs a preset name or 1 to ${MAX_PHASES} phases`,
    kind: `${phase} has an unknown kind`,
    phaseSeconds: `${phase} needs seconds above 0 and at most ${MAX_PHASE_SECONDS}`,
  };
  return `${label}: ${words[p.kind]}`;
}
