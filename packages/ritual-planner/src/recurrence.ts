/**
 * Regular rituals: validation, occurrence expansion in the plan's IANA zone, and the small
 * edits partners make (skip or move one occurrence, pause). No React.
 *
 * Wall-clock rule: a ritual at 19:00 stays at 19:00 local time when clocks change. A time
 * that does not exist that day (spring forward) moves forward by the gap's length
 * (02:30 becomes 03:30); a time that happens twice (fall back) takes the earlier one.
 * This is RFC 5545's rule too, so calendar apps agree with the planner. Each occurrence
 * says which happened (`adjustment`) so the person can be told.
 */
import { isValidTimeZone } from "@attune/core/logic";
import { resolveLocalMs } from "./zone-offsets";
import {
  WEEKDAYS,
  addMonths,
  dayNumber,
  daysInMonth,
  dayKey,
  fromDayNumber,
  isoWeekdayIndex,
  parseLocalDate,
  parseLocalTime,
  localMs,
} from "./dates";
import type { LocalDate, LocalTime, PlanError, Result, RitualPlan } from "./types";

export interface Occurrence {
  planId: string;
  /** The date the rule produced (the key for skip and move). */
  originalDate: LocalDate;
  /** Start and end as epoch milliseconds. */
  start: number;
  end: number;
  /** "gap": the local time did not exist and moved later by the gap; "overlap": it happened twice, the earlier was taken. */
  adjustment: "none" | "gap" | "overlap";
  /** True when this one occurrence was moved by the partners. */
  moved: boolean;
}

const MAX_INTERVAL = 99;
const MAX_DURATION = 24 * 60 * 7;

/** Checks a ritual; the first problem found, or undefined when it is usable. */
export function validateRitual(plan: RitualPlan): PlanError | undefined {
  if (!plan || typeof plan !== "object" || typeof plan.id !== "string" || plan.id === "" || typeof (plan.title ?? "") !== "string") return { code: "invalid-plan" };
  if (!isValidTimeZone(plan.timeZone)) return { code: "invalid-zone", field: "timeZone" };
  if (!parseLocalDate(plan.startDate)) return { code: "invalid-date", field: "startDate" };
  if (!parseLocalTime(plan.time)) return { code: "invalid-time", field: "time" };
  if (!Number.isFinite(plan.durationMinutes) || plan.durationMinutes <= 0 || plan.durationMinutes > MAX_DURATION) {
    return { code: "invalid-duration", field: "durationMinutes" };
  }
  if (plan.until !== undefined) {
    if (!parseLocalDate(plan.until)) return { code: "invalid-date", field: "until" };
    // Valid "YYYY-MM-DD" dates compare as text.
    if (plan.until < plan.startDate) return { code: "end-before-start", field: "until" };
  }
  const r = plan.recurrence;
  const interval = r?.interval ?? 1;
  if (
    r &&
    (!Number.isInteger(interval) ||
      interval < 1 ||
      interval > MAX_INTERVAL ||
      (r.freq === "weekly" ? !Array.isArray(r.days) || !r.days.length || r.days.some((d) => !WEEKDAYS.includes(d)) : r.freq !== "daily" && r.freq !== "monthly"))
  ) {
    return { code: "invalid-recurrence", field: "recurrence" };
  }
  for (const [date, ex] of Object.entries(plan.exceptions ?? {})) {
    // Each exception is an object: a skip, or a move to a valid date and time.
    if (!parseLocalDate(date) || !ex || typeof ex !== "object" || ("moveTo" in ex && Number.isNaN(localMs(ex.moveTo?.date, ex.moveTo?.time)))) {
      return { code: "invalid-date", field: "exceptions" };
    }
  }
  return undefined;
}

/**
 * The local dates the rule produces, in order, from the first on or after `fromDay`
 * (a day number), without exceptions or pause applied. Stops after `limit` dates or past `until`.
 */
export function* ruleDates(plan: RitualPlan, fromDay = -Infinity): Generator<number> {
  const startYmd = parseLocalDate(plan.startDate)!;
  const startDay = dayNumber(startYmd);
  const untilDay = plan.until ? dayNumber(parseLocalDate(plan.until)!) : Infinity;
  const first = Math.max(startDay, Math.ceil(fromDay));
  const r = plan.recurrence;
  if (!r) {
    if (startDay >= first && startDay <= untilDay) yield startDay;
    return;
  }
  const interval = r.interval ?? 1;
  if (r.freq === "daily") {
    let d = startDay + Math.ceil((first - startDay) / interval) * interval;
    for (; d <= untilDay; d += interval) yield d;
    return;
  }
  if (r.freq === "weekly") {
    const wanted = new Set(r.days.map((x) => WEEKDAYS.indexOf(x)));
    const anchorWeek = startDay - isoWeekdayIndex(startDay); // Monday of the start week
    let week = anchorWeek + Math.max(0, Math.floor((first - anchorWeek) / 7 / interval)) * 7 * interval;
    for (; week <= untilDay; week += 7 * interval) {
      for (let i = 0; i < 7; i++) {
        const d = week + i;
        if (wanted.has(i) && d >= first && d <= untilDay) yield d;
      }
    }
    return;
  }
  // monthly on the start date's day; months without that day are left out
  const startMonthIndex = startYmd.year * 12 + startYmd.month - 1;
  let k = 0;
  if (Number.isFinite(first) && first > startDay) {
    const f = fromDayNumber(first);
    k = Math.max(0, Math.floor((f.year * 12 + f.month - 1 - startMonthIndex) / interval));
  }
  for (; ; k++) {
    const { year, month } = addMonths(startYmd, k * interval);
    if (startYmd.day > daysInMonth(year, month)) continue;
    const d = dayNumber({ year, month, day: startYmd.day });
    if (d > untilDay) return;
    if (d >= first) yield d;
  }
}

export interface ExpandOptions {
  /** Earliest start to include (epoch ms). */
  from: number;
  /** Latest start to include, exclusive (epoch ms). */
  to: number;
  /** At most this many occurrences. @default 500 */
  limit?: number;
  /** Include occurrences of a paused ritual (for export and history). @default false */
  includePaused?: boolean;
}

/**
 * Occurrences of one ritual that start in [from, to), with skipped ones left out and moved
 * ones at their new time. An invalid ritual yields an error, never a throw.
 */
export function expandRitual(plan: RitualPlan, options: ExpandOptions): Result<Occurrence[]> {
  const error = validateRitual(plan);
  return error ? { ok: false, error } : expandValid(plan, options);
}

/** `expandRitual` for a plan already validated (the agenda checks each plan once, not twice). */
export function expandValid(plan: RitualPlan, { from, to, limit = 500, includePaused = false }: ExpandOptions): Result<Occurrence[]> {
  if (!Number.isFinite(from) || !Number.isFinite(to)) return { ok: false, error: { code: "invalid-date" } };
  const out: Occurrence[] = [];
  if (plan.paused && !includePaused) return { ok: true, value: out };
  const duration = plan.durationMinutes * 60000;
  const exceptions = plan.exceptions ?? {};
  // Local dates run up to 14 hours either side of UTC: start a day early to be safe.
  const fromDay = Math.floor(from / 864e5) - 1;
  const toDay = Math.floor(to / 864e5) + 1;
  const timeOfDay = localMs("1970-01-01", plan.time);
  const hasExceptions = plan.exceptions !== undefined && Object.keys(exceptions).length > 0;
  const add = (key: LocalDate, local: number, moved: boolean) => {
    const r = resolveLocalMs(local, plan.timeZone);
    const start = r.epochMs;
    if (start >= from && start < to) {
      out.push({ planId: plan.id, originalDate: key, start, end: start + duration, adjustment: r.status === "exact" ? "none" : r.status, moved });
    }
  };
  for (const d of ruleDates(plan, fromDay)) {
    if (d > toDay || out.length >= limit) break;
    const key = dayKey(d);
    if (!hasExceptions || !exceptions[key]) add(key, d * 864e5 + timeOfDay, false);
  }
  for (const [key, ex] of Object.entries(exceptions)) {
    if ("moveTo" in ex && isRuleDate(plan, key)) add(key, localMs(ex.moveTo.date, ex.moveTo.time), true);
  }
  out.sort((a, b) => a.start - b.start);
  if (out.length > limit) out.length = limit;
  return { ok: true, value: out };
}

/** True when the rule produces this local date (before exceptions). */
export function isRuleDate(plan: RitualPlan, date: LocalDate): boolean {
  const ymd = parseLocalDate(date);
  if (!ymd) return false;
  const d = dayNumber(ymd);
  for (const x of ruleDates(plan, d)) return x === d;
  return false;
}

/** Skips one occurrence (by its original date). */
export function skipOccurrence(plan: RitualPlan, date: LocalDate): Result<RitualPlan> {
  if (!isRuleDate(plan, date)) return { ok: false, error: { code: "invalid-date", field: "exceptions" } };
  return { ok: true, value: { ...plan, exceptions: { ...plan.exceptions, [date]: { skip: true } } } };
}

/** Moves one occurrence to another local date and time in the plan's zone. */
export function moveOccurrence(plan: RitualPlan, date: LocalDate, to: { date: LocalDate; time: LocalTime }): Result<RitualPlan> {
  if (!isRuleDate(plan, date)) return { ok: false, error: { code: "invalid-date", field: "exceptions" } };
  if (!parseLocalDate(to.date)) return { ok: false, error: { code: "invalid-date", field: "moveTo" } };
  if (!parseLocalTime(to.time)) return { ok: false, error: { code: "invalid-time", field: "moveTo" } };
  return { ok: true, value: { ...plan, exceptions: { ...plan.exceptions, [date]: { moveTo: { ...to } } } } };
}

/** Undoes a skip or move. */
export function restoreOccurrence(plan: RitualPlan, date: LocalDate): RitualPlan {
  if (!plan.exceptions?.[date]) return plan;
  const { [date]: _removed, ...rest } = plan.exceptions;
  return { ...plan, exceptions: rest };
}

/** Pauses or resumes a ritual. */
export function setPaused(plan: RitualPlan, paused: boolean): RitualPlan {
  return { ...plan, paused };
}
