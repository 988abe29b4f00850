/**
 * An RFC 5545 calendar writer for plans: pure, no React, no DOM, safe on a server
 * (`@attune/ritual-planner/ics`). CRLF line ends, lines folded at 75 octets without
 * splitting a UTF-8 character, TEXT escaping, UID, DTSTAMP, DTSTART with TZID and a matching
 * VTIMEZONE generated from Intl, RRULE, EXDATE for skipped occurrences, RECURRENCE-ID for
 * moved ones and VALARM reminders.
 */
import { WEEKDAYS, dayKey, dayNumber, fromDayNumber, parseLocalDate, parseLocalTime, wallClockOf } from "./dates";
import { isRuleDate, ruleDates, validateRitual } from "./recurrence";
import { planTimeApartCheck } from "./validate-apart";
import type { Plan, PlanError, RitualPlan, TimeApartPlan } from "./types";
import { formatFloating, vtimezoneLines, yearTransitions } from "./vtimezone";
import { resolveLocalMs, resolveWallClock } from "./zone-offsets";

export { findTransitions, formatOffset, vtimezoneLines, type Transition } from "./vtimezone";

/** Escapes a TEXT value (RFC 5545 3.3.11) and drops control characters it cannot hold. */
export function escapeText(value: string): string {
  return String(value ?? "")
    .replace(/\r\n?/g, "\n")
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, "")
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\n/g, "\\n");
}

const ASCII = /^[\x00-\x7f]*$/;

/** Folds one content line to at most 75 octets per physical line, never inside a UTF-8 character. */
export function foldLine(line: string): string {
  if (line.length <= 75 && ASCII.test(line)) return line;
  let out = "";
  let used = 0;
  for (const ch of line) {
    // UTF-8 length: astral characters are two UTF-16 units (4 octets); then by code point.
    const n = ch.length > 1 ? 4 : ch > "\u07ff" ? 3 : ch > "\x7f" ? 2 : 1;
    if (used + n > 75) {
      out += "\r\n ";
      used = 1;
    }
    out += ch;
    used += n;
  }
  return out;
}

export interface IcsOptions {
  /** DTSTAMP (epoch ms). @default Date.now() */
  now?: number;
  /** Calendar name shown by calendar apps. */
  calendarName?: string;
  /** The DESCRIPTION text of a plan; the default lists how, where, who starts and how it ends in English. */
  describe?: (plan: Plan) => string;
  /** Reminder text (VALARM DESCRIPTION). @default the plan's title */
  reminderText?: (plan: Plan) => string;
}

export interface IcsResult {
  /** The calendar text, ready for a `text/calendar` Blob. */
  ics: string;
  /** Plans left out, with the reason (invalid zone or date, paused, no occurrences). */
  skipped: Array<{ id: string; error: PlanError | { code: "paused" } }>;
}

function defaultDescribe(plan: Plan): string {
  const parts: string[] = [];
  if (plan.how) parts.push(`How: ${plan.how}`);
  if (plan.where) parts.push(`Where: ${plan.where}`);
  if (plan.starter && plan.starter !== "either") parts.push(`Who starts: ${plan.starter === "me" ? "me" : "my partner"}`);
  if (plan.kind === "ritual" && plan.ending) parts.push(`How it ends: ${plan.ending}`);
  if (plan.kind === "apart") {
    if (plan.myActivity) parts.push(`Meanwhile I: ${plan.myActivity}`);
    if (plan.partnerActivity) parts.push(`Meanwhile my partner: ${plan.partnerActivity}`);
  }
  return parts.join("\n");
}

function utcStamp(ms: number): string {
  return `${formatFloating(ms)}Z`;
}

function duration(minutes: number): string {
  return `PT${Math.round(minutes)}M`;
}

function rrule(plan: RitualPlan): string | undefined {
  const r = plan.recurrence;
  if (!r) return undefined;
  const parts = [`FREQ=${r.freq === "daily" ? "DAILY" : r.freq === "weekly" ? "WEEKLY" : "MONTHLY"}`];
  if ((r.interval ?? 1) !== 1) parts.push(`INTERVAL=${r.interval}`);
  if (r.freq === "weekly") {
    const days = WEEKDAYS.filter((d) => r.days.includes(d));
    parts.push(`BYDAY=${days.join(",")}`, "WKST=MO");
  }
  if (r.freq === "monthly") parts.push(`BYMONTHDAY=${parseLocalDate(plan.startDate)!.day}`);
  if (plan.until) {
    // With a TZID start, UNTIL must be UTC: the end of the last local day.
    // The second before the next local day begins (a midnight in a gap moves forward, as always).
    const next = dayNumber(parseLocalDate(plan.until)!) + 1;
    parts.push(`UNTIL=${utcStamp(resolveLocalMs(next * 864e5, plan.timeZone).epochMs - 1000)}`);
  }
  return parts.join(";");
}

/** "YYYY-MM-DD" + "HH:mm" (both validated) as "YYYYMMDDTHHMMSS". */
function localStamp(date: string, time: string): string {
  return `${date.replace(/-/g, "")}T${time.replace(":", "")}00`;
}

function common(plan: Plan, stamp: string): string[] {
  return [`UID:${escapeText(plan.id)}@attune`, `DTSTAMP:${stamp}`];
}

function details(plan: Plan, opts: Required<Pick<IcsOptions, "describe" | "reminderText">>): string[] {
  const lines = [`SUMMARY:${escapeText(plan.title)}`];
  const description = opts.describe(plan);
  if (description) lines.push(`DESCRIPTION:${escapeText(description)}`);
  if (plan.where) lines.push(`LOCATION:${escapeText(plan.where)}`);
  lines.push(`STATUS:${plan.agreement?.status === "accepted" ? "CONFIRMED" : "TENTATIVE"}`);
  return lines;
}

function alarm(plan: Plan, opts: Required<Pick<IcsOptions, "describe" | "reminderText">>): string[] {
  const m = plan.reminderMinutes;
  if (m === undefined || !Number.isFinite(m) || m < 0) return [];
  return ["BEGIN:VALARM", "ACTION:DISPLAY", `DESCRIPTION:${escapeText(opts.reminderText(plan))}`, `TRIGGER:-PT${Math.round(m)}M`, "END:VALARM"];
}

interface Span {
  first: number;
  last: number;
}

/**
 * Day numbers on which a local time of day falls in a gap or an overlap. Calendar apps do
 * not agree on those (ical.js, for one, takes the later reading of a repeated time), so
 * such occurrences get an override with an explicit UTC start and every app shows the
 * planner's time.
 */
function ambiguousDays(zone: string, minuteOfDay: number, firstYear: number, lastYear: number): Set<number> {
  const days = new Set<number>();
  for (let y = firstYear - 1; y <= lastYear + 1; y++) {
    for (const tr of yearTransitions(zone, y)) {
      const wall = (tr.at + tr.from * 60000) / 60000; // local minutes on the old offset
      const shift = tr.to - tr.from;
      const [a, b] = shift > 0 ? [wall, wall + shift] : [wall + shift, wall];
      const day0 = Math.floor((a - minuteOfDay) / 1440);
      for (const day of [day0, day0 + 1]) {
        const m = day * 1440 + minuteOfDay;
        if (m >= a && m < b) days.add(day);
      }
    }
  }
  return days;
}

function ritualEvents(
  plan: RitualPlan,
  opts: Required<Pick<IcsOptions, "describe" | "reminderText">>,
  stamp: string,
  years: Span,
): string[] | undefined {
  const firstDay = ruleDates(plan).next();
  if (firstDay.done) return undefined;
  const tz = plan.timeZone;
  const exceptions = plan.exceptions ?? {};
  const start = fromDayNumber(firstDay.value);
  const firstKey = dayKey(firstDay.value);
  const dt = (date: string, time: string) => `;TZID=${tz}:${localStamp(date, time)}`;
  /** DTSTART with TZID, or in UTC when the local time is missing or repeated that day. */
  const dtstart = (date: string, time: string) => {
    const r = resolveWallClock(wallClockOf(parseLocalDate(date)!, parseLocalTime(time)!), tz);
    return r.status === "exact" ? `DTSTART${dt(date, time)}` : `DTSTART:${utcStamp(r.epochMs)}`;
  };
  const rule = rrule(plan);
  const firstException = exceptions[firstKey];
  // A one-off that was skipped has nothing to export.
  if (!rule && firstException && "skip" in firstException) return undefined;
  const lines = ["BEGIN:VEVENT", ...common(plan, stamp)];
  const move = !rule && firstException && "moveTo" in firstException ? firstException.moveTo : undefined;
  lines.push(move ? dtstart(move.date, move.time) : `DTSTART${dt(firstKey, plan.time)}`, `DURATION:${duration(plan.durationMinutes)}`);
  if (rule) lines.push(`RRULE:${rule}`);
  const overrides: string[] = [];
  const override = (key: string, startLine: string) =>
    overrides.push(
      "BEGIN:VEVENT",
      ...common(plan, stamp),
      `RECURRENCE-ID${dt(key, plan.time)}`,
      startLine,
      `DURATION:${duration(plan.durationMinutes)}`,
      ...details(plan, opts),
      ...alarm(plan, opts),
      "END:VEVENT",
    );
  const lastYear = plan.until ? parseLocalDate(plan.until)!.year : start.year + 1;
  years.first = Math.min(years.first, start.year);
  years.last = Math.max(years.last, lastYear);
  const time = parseLocalTime(plan.time)!;
  if (rule) {
    const skipped = Object.keys(exceptions)
      .filter((k) => "skip" in exceptions[k]! && dayNumber(parseLocalDate(k)!) >= firstDay.value)
      .sort();
    for (const k of skipped) lines.push(`EXDATE${dt(k, plan.time)}`);
    for (const k of Object.keys(exceptions).sort()) {
      const ex = exceptions[k]!;
      if (!("moveTo" in ex) || !isRuleDate(plan, k)) continue;
      const y = parseLocalDate(ex.moveTo.date)!.year;
      years.first = Math.min(years.first, y);
      years.last = Math.max(years.last, y);
      override(k, dtstart(ex.moveTo.date, ex.moveTo.time));
    }
    const days = [...ambiguousDays(tz, time.hour * 60 + time.minute, start.year, lastYear)].sort((a, b) => a - b);
    for (const day of days) {
      const key = dayKey(day);
      if (exceptions[key] || !isRuleDate(plan, key)) continue;
      override(key, dtstart(key, plan.time));
    }
  } else if (!move) {
    lines[lines.length - 2] = dtstart(firstKey, plan.time);
  }
  lines.push(...details(plan, opts), ...alarm(plan, opts), "END:VEVENT", ...overrides);
  return lines;
}

function apartEvent(plan: TimeApartPlan, opts: Required<Pick<IcsOptions, "describe" | "reminderText">>, stamp: string): string[] {
  // The agreed return is one instant: written in UTC, which no clock change can make ambiguous.
  const start = Date.parse(plan.returnAt);
  return [
    "BEGIN:VEVENT",
    ...common(plan, stamp),
    `DTSTART:${utcStamp(start)}`,
    `DURATION:${duration(plan.reconnectMinutes ?? 30)}`,
    ...details(plan, opts),
    ...alarm(plan, opts),
    "END:VEVENT",
  ];
}

/** Writes plans as one calendar. Invalid and paused plans are left out and listed in `skipped`. */
export function writeIcs(plans: readonly Plan[], options: IcsOptions = {}): IcsResult {
  return writeCalendar(plans, { ...options, describe: options.describe ?? defaultDescribe });
}

/** `writeIcs` with the caller's own DESCRIPTION text (the widget's, translated): the English default stays out of its bundle. */
export function writeCalendar(plans: readonly Plan[], options: IcsOptions & { describe: (plan: Plan) => string }): IcsResult {
  const opts = { describe: options.describe, reminderText: options.reminderText ?? ((p: Plan) => p.title) };
  const now = options.now ?? NaN;
  const stamp = utcStamp(Number.isFinite(now) ? now : Date.now());
  const skipped: IcsResult["skipped"] = [];
  const zones = new Map<string, Span>();
  const events: string[] = [];
  for (const plan of plans) {
    if (!plan || typeof plan !== "object") {
      skipped.push({ id: "", error: { code: "invalid-plan" } });
      continue;
    }
    if (plan.kind === "ritual") {
      const error = validateRitual(plan);
      if (error) {
        skipped.push({ id: String(plan.id), error });
        continue;
      }
      if (plan.paused) {
        skipped.push({ id: plan.id, error: { code: "paused" } });
        continue;
      }
      const span = zones.get(plan.timeZone) ?? { first: Infinity, last: -Infinity };
      const lines = ritualEvents(plan, opts, stamp, span);
      if (!lines) {
        skipped.push({ id: plan.id, error: { code: "end-before-start", field: "until" } });
        continue;
      }
      zones.set(plan.timeZone, span);
      events.push(...lines);
    } else {
      const error = planTimeApartCheck(plan);
      if (error) {
        skipped.push({ id: String(plan.id), error });
        continue;
      }
      events.push(...apartEvent(plan, opts, stamp));
    }
  }
  const head = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Attune//Ritual Planner//EN", "CALSCALE:GREGORIAN", "METHOD:PUBLISH"];
  if (options.calendarName) head.push(`X-WR-CALNAME:${escapeText(options.calendarName)}`);
  for (const [zone, span] of zones) head.push(...vtimezoneLines(zone, span.first, span.last));
  const all = [...head, ...events, "END:VCALENDAR"];
  let ics = "";
  for (const line of all) ics += `${foldLine(line)}\r\n`;
  return { ics, skipped };
}

/** A file name for a download: letters, digits and dashes only. */
export function icsFileName(title: string): string {
  const base = String(title ?? "")
    .normalize("NFKD")
    .replace(/[^\w\s-]/g, "")
    .trim()
    .replace(/\s+/g, "-")
    .slice(0, 60)
    .toLowerCase();
  return `${base || "rituals"}.ics`;
}

export { makeBenchmarkRituals, runPlannerBenchmark, type BenchmarkResult } from "./benchmark";
