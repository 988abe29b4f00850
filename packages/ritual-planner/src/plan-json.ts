/**
 * The plan as plain JSON between partners: a documented shape with a version field and its
 * agreement status, and validators a host runs on whatever comes back from its backend or
 * storage. Each bad entry is reported on its own; the valid ones beside it are kept.
 */
import { isValidTimeZone } from "@attune/core/logic";
import { validateRitual } from "./recurrence";
import type { Plan, PlanError } from "./types";
import { planTimeApartCheck } from "./time-apart";

/** The version of the plan JSON shape this package writes and reads. */
export const PLAN_VERSION = 1;

const STARTERS = ["me", "partner", "either"];
const STATUSES = ["proposed", "accepted", "change-suggested"];

const isText = (v: unknown) => typeof v === "string";
const optionalText = (v: unknown) => v === undefined || typeof v === "string";

/**
 * The first problem of a plan-shaped value, or undefined when it is a usable plan: fields a
 * person reads (`title`, `how`, `where`, notes) must be text, the zone real, the dates valid.
 */
export function planProblem(value: unknown): PlanError | undefined {
  if (!value || typeof value !== "object" || Array.isArray(value)) return { code: "invalid-plan" };
  const p = value as Record<string, unknown>;
  if (p.version !== undefined && p.version !== PLAN_VERSION) return { code: "invalid-plan", field: "version" };
  if (!isText(p.id) || p.id === "") return { code: "invalid-plan", field: "id" };
  for (const field of ["title", "how", "where", "ending", "myActivity", "partnerActivity"]) {
    if (!optionalText(p[field])) return { code: "invalid-plan", field };
  }
  if (p.starter !== undefined && !STARTERS.includes(p.starter as string)) return { code: "invalid-plan", field: "starter" };
  if (p.reminderMinutes !== undefined && !(typeof p.reminderMinutes === "number" && p.reminderMinutes >= 0 && p.reminderMinutes < 10080)) {
    return { code: "invalid-plan", field: "reminderMinutes" };
  }
  const a = p.agreement as Record<string, unknown> | undefined;
  if (a !== undefined && (!a || typeof a !== "object" || !STATUSES.includes(a.status as string) || (a.by !== "me" && a.by !== "partner") || !optionalText(a.note))) {
    return { code: "invalid-plan", field: "agreement" };
  }
  if (!isValidTimeZone(p.timeZone)) return { code: "invalid-zone", field: "timeZone" };
  if (p.kind === "ritual") return validateRitual(value as Plan & { kind: "ritual" });
  if (p.kind === "apart") return planTimeApartCheck(value as Plan & { kind: "apart" });
  return { code: "invalid-plan", field: "kind" };
}

const describe = (e: PlanError) => (e.field ? `${e.code} (${e.field})` : e.code);

/** Checks one plan from JSON: `{ ok: true, value }` with the version set, or the reason it is not usable. */
export function parsePlan(value: unknown): { ok: true; value: Plan } | { ok: false; error: string } {
  const problem = planProblem(value);
  if (problem) return { ok: false, error: describe(problem) };
  return { ok: true, value: { ...(value as Plan), version: PLAN_VERSION } };
}

/** One entry of a list that is not a usable plan: where it was, its id when it has one, and why. */
export interface InvalidPlanEntry {
  index: number;
  id?: string;
  error: string;
}

/**
 * Checks a list of plans from JSON. Each bad entry is listed with its reason; the valid plans
 * beside it are kept. A value that is not a list gives no plans and one entry for the value.
 */
export function parsePlans(value: unknown): { plans: Plan[]; invalid: InvalidPlanEntry[] } {
  if (!Array.isArray(value)) return { plans: [], invalid: [{ index: -1, error: "not a list of plans" }] };
  const plans: Plan[] = [];
  const invalid: InvalidPlanEntry[] = [];
  value.forEach((entry, index) => {
    const r = parsePlan(entry);
    if (r.ok) plans.push(r.value);
    else {
      const id = entry && typeof entry === "object" && typeof (entry as { id?: unknown }).id === "string" ? (entry as { id: string }).id : undefined;
      invalid.push(id === undefined ? { index, error: r.error } : { index, id, error: r.error });
    }
  });
  return { plans, invalid };
}
