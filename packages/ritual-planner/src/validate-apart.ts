import { isValidTimeZone } from "@attune/core/logic";
import type { PlanError, TimeApartPlan } from "./types";

/** Checks a stored time-apart plan; the first problem, or undefined. */
export function planTimeApartCheck(plan: TimeApartPlan): PlanError | undefined {
  if (typeof plan.id !== "string" || plan.id === "") return { code: "invalid-plan" };
  if (!isValidTimeZone(plan.timeZone)) return { code: "invalid-zone", field: "timeZone" };
  const start = Date.parse(plan.start);
  const end = Date.parse(plan.returnAt);
  if (!Number.isFinite(start)) return { code: "invalid-date", field: "start" };
  if (!Number.isFinite(end)) return { code: "invalid-date", field: "returnAt" };
  if (end <= start) return { code: "end-before-start", field: "returnAt" };
  return undefined;
}
