// "@attune/guided-practice/logic": practice data, its validator, and a session clock. No React,
// no DOM, no timers. The player imports "./practice" and "./check" directly, so the validator's
// words ("./practice-problems") stay out of its first load.
import { checkPractice, checkPractices } from "./check";
import type { ParseResult, Practice } from "./practice";
import { describeProblem } from "./practice-problems";

export * from "./practice";

/**
 * Checks a practice from JSON. The answer names the first problem ("Holding both: step 3
 * needs text"), so a host can fix its content; nothing throws.
 */
export function parsePractice(value: unknown): ParseResult<Practice> {
  const r = checkPractice(value);
  return r.ok ? r : { ok: false, error: describeProblem(r.problem) };
}

/**
 * Checks a list of practices: the valid ones are kept in order, each bad one gives an
 * error, and a repeated id keeps the first.
 */
export function parsePractices(list: unknown): { practices: Practice[]; errors: string[] } {
  const { practices, problems } = checkPractices(list);
  return { practices, errors: problems.map(describeProblem) };
}
