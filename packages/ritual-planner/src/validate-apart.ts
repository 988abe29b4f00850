import { planTimeApart } from "./time-apart";
import type { PlanError, TimeApartPlan } from "./types";

/** Checks a stored time-apart plan with the rules that built it; the first problem, or undefined. */
export function planTimeApartCheck(plan: TimeApartPlan): PlanError | undefined {
  // Stored data may hold anything: only real instant strings pass ("now" is for new plans only).
  const r = planTimeApart({ ...plan, start: `${plan.start}`.replace(/^now$/, ""), until: `${plan.returnAt}` });
  return r.ok ? undefined : r.error;
}
