/**
 * Time apart with an agreed return. Some people find a break works when both agree before
 * parting on when they come back: at least about 20 minutes, so the body can settle, and at
 * most about a day. The planner offers that as guidance; partners can always override it.
 */
import { isValidTimeZone, validZonedTime, type ZonedTime } from "@attune/core/logic";
import type { PlanError, Result, Starter, TimeApartPlan } from "./types";

export const SHORT_BREAK_MINUTES = 20;
export const LONG_BREAK_MINUTES = 24 * 60;

export interface TimeApartInput {
  id: string;
  title: string;
  timeZone: string;
  /** "now", or an ISO instant (or a ZonedTime) to start later. */
  start: "now" | string | ZonedTime;
  /** Either a length in minutes or an end (ISO instant or ZonedTime). */
  durationMinutes?: number;
  until?: string | ZonedTime;
  how?: string;
  where?: string;
  starter?: Starter;
  myActivity?: string;
  partnerActivity?: string;
  reconnectMinutes?: number;
  reminderMinutes?: number;
}

/** "short": under ~20 minutes; "long": over 24 hours; "ok" otherwise. */
export type BreakGuidance = "ok" | "short" | "long";

export function breakGuidance(minutes: number): BreakGuidance {
  if (minutes < SHORT_BREAK_MINUTES) return "short";
  if (minutes > LONG_BREAK_MINUTES) return "long";
  return "ok";
}

function instant(value: string | ZonedTime): number {
  if (typeof value === "object" && value !== null) {
    const z = validZonedTime(value);
    return z ? Date.parse(z.at) : NaN;
  }
  return typeof value === "string" ? Date.parse(value) : NaN;
}

/** The start and end instants of a time apart, or the first problem with its input (validation of stored plans needs no more). */
export function apartSpan(input: TimeApartInput, now: number): Result<{ start: number; end: number }> {
  if (!input || typeof input.id !== "string" || input.id === "" || typeof (input.title ?? "") !== "string") return { ok: false, error: { code: "invalid-plan" } };
  if (!isValidTimeZone(input.timeZone)) return { ok: false, error: { code: "invalid-zone", field: "timeZone" } };
  const start = input.start === "now" ? now : instant(input.start);
  if (!Number.isFinite(start)) return { ok: false, error: { code: "invalid-date", field: "start" } };
  let end: number;
  if (input.until !== undefined) {
    end = instant(input.until);
    if (!Number.isFinite(end)) return { ok: false, error: { code: "invalid-date", field: "until" } };
  } else {
    const minutes = input.durationMinutes!;
    if (!Number.isFinite(minutes) || minutes <= 0) return { ok: false, error: { code: "invalid-duration", field: "durationMinutes" } };
    end = start + minutes * 60000;
  }
  if (end <= start) return { ok: false, error: { code: "end-before-start", field: "until" } };
  return { ok: true, value: { start, end } };
}

/** Builds a time-apart plan; an invalid zone, date or order gives an error value. */
export function planTimeApart(input: TimeApartInput, now: number = Date.now()): Result<TimeApartPlan> {
  const span = apartSpan(input, now);
  if (!span.ok) return span;
  const { start, end } = span.value;
  const plan: TimeApartPlan = {
    kind: "apart",
    id: input.id,
    title: input.title,
    timeZone: input.timeZone,
    start: new Date(start).toISOString(),
    returnAt: new Date(end).toISOString(),
    starter: input.starter ?? "either",
  };
  for (const k of ["how", "where", "myActivity", "partnerActivity"] as const) if (input[k]) plan[k] = input[k];
  for (const k of ["reconnectMinutes", "reminderMinutes"] as const) if (input[k] !== undefined) plan[k] = input[k];
  return { ok: true, value: plan };
}

/**
 * Starts a plan from a return time someone already chose (a ReassuranceComposer card emits
 * one): time apart from now until then, in the zone it was chosen in.
 */
export function planFromReturnTime(
  returnTime: ZonedTime,
  rest: Omit<TimeApartInput, "start" | "until" | "durationMinutes" | "timeZone"> & { timeZone?: string },
  now: number = Date.now(),
): Result<TimeApartPlan> {
  const z = validZonedTime(returnTime);
  if (!z) {
    const zoneOk = returnTime && isValidTimeZone((returnTime as ZonedTime).timeZone);
    return { ok: false, error: zoneOk ? { code: "invalid-date", field: "until" } : { code: "invalid-zone", field: "timeZone" } };
  }
  return planTimeApart({ ...rest, timeZone: rest.timeZone ?? z.timeZone, start: "now", until: z }, now);
}

/** Minutes between start and return, and the guidance for it. */
export function timeApartSummary(plan: TimeApartPlan): { minutes: number; guidance: BreakGuidance } {
  const minutes = Math.round((Date.parse(plan.returnAt) - Date.parse(plan.start)) / 60000);
  return { minutes, guidance: breakGuidance(minutes) };
}

/** The reconnection, as an occurrence-like interval (epoch ms). */
export function reconnectionInterval(plan: TimeApartPlan): { start: number; end: number } {
  const start = Date.parse(plan.returnAt);
  return { start, end: start + (plan.reconnectMinutes ?? 30) * 60000 };
}

/** Checks a stored time-apart plan with the rules that built it; the first problem, or undefined. */
export function planTimeApartCheck(plan: TimeApartPlan): PlanError | undefined {
  // Stored data may hold anything: only real instant strings pass ("now" is for new plans only).
  const r = apartSpan({ ...plan, start: `${plan.start}`.replace(/^now$/, ""), until: `${plan.returnAt}` }, NaN);
  return r.ok ? undefined : r.error;
}
