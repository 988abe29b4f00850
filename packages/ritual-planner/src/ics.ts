/**
 * An RFC 5545 calendar writer for plans: pure, no React, no DOM, safe on a server
 * (`@attune/ritual-planner/ics`). CRLF line ends, lines folded at 75 octets without
 * splitting a UTF-8 character, TEXT escaping, UID, DTSTAMP, DTSTART with TZID and a matching
 * VTIMEZONE generated from Intl, RRULE, EXDATE for skipped occurrences, RECURRENCE-ID for
 * moved ones and VALARM reminders.
 */
import { WEEKDAYS, dayKey, dayNumber, fromDayNumber, localMs, parseLocalDate, parseLocalTime } from "./dates";
import { isRuleDate, ruleDates, validateRitual } from "./recurrence";
import { planTimeApartCheck } from "./time-apart";
import type { Plan, PlanError, RitualPlan, TimeApartPlan } from "./types";
import { formatFloating, vtimezoneLines, yearTransitions } from "./vtimezone";
import { resolveLocalMs } from "./zone-offsets";

export { findTransitions, formatOffset, vtimezoneLines, type Transition } from "./vtimezone";

/** Escapes a TEXT value (RFC 5545 3.3.11) and drops control characters it cannot hold. */
export function escapeText(value: string): string {
  return String(value ?? "")
    .replace(/\r\n?/g, "\n")
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, "")
    .replace(/[\\;,\n]/g, (c) => (c === "\n" ? "\\n" : `\\${c}`));
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

/**
 * Without a `describe`, DESCRIPTION holds only the partners' own words (no labels in any one
 * language): the widget passes its translated description, who starts said by name.
 */
function defaultDescribe(plan: Plan): string {
  const own = plan.kind === "ritual" ? [plan.how, plan.where, plan.ending] : [plan.how, plan.where, plan.myActivity, plan.partnerActivity];
  return own.filter((x) => typeof x === "string" && x.trim()).join("\n");
}

function utcStamp(ms: number): string {
  return `${formatFloating(ms)}Z`;
}

function rrule(plan: RitualPlan): string | undefined {
  const r = plan.recurrence;
  if (!r) return undefined;
  const parts = [`FREQ=${r.freq.toUpperCase()}`];
  if ((r.interval ?? 1) !== 1) parts.push(`INTERVAL=${r.interval}`);
  if (r.freq === "weekly") parts.push(`BYDAY=${WEEKDAYS.filter((d) => r.days.includes(d))}`, "WKST=MO");
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
  return formatFloating(localMs(date, time));
}

type Opts = Required<Pick<IcsOptions, "describe" | "reminderText">> & { stamp: string };

/** One VEVENT: UID, DTSTAMP, the given start (and rule) lines, DURATION, text, status and the reminder. */
function vevent(plan: Plan, opts: Opts, head: string[], minutes: number): string[] {
  const description = opts.describe(plan);
  const m = plan.reminderMinutes;
  return [
    "BEGIN:VEVENT",
    `UID:${escapeText(plan.id)}@attune`,
    `DTSTAMP:${opts.stamp}`,
    ...head,
    `DURATION:PT${Math.round(minutes)}M`,
    `SUMMARY:${escapeText(plan.title)}`,
    ...(description ? [`DESCRIPTION:${escapeText(description)}`] : []),
    ...(plan.where ? [`LOCATION:${escapeText(plan.where)}`] : []),
    `STATUS:${plan.agreement?.status === "accepted" ? "CONFIRMED" : "TENTATIVE"}`,
    ...(Number.isFinite(m) && m! >= 0
      ? ["BEGIN:VALARM", "ACTION:DISPLAY", `DESCRIPTION:${escapeText(opts.reminderText(plan))}`, `TRIGGER:-PT${Math.round(m!)}M`, "END:VALARM"]
      : []),
    "END:VEVENT",
  ];
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

function ritualEvents(plan: RitualPlan, opts: Opts, years: Span): string[] | undefined {
  const firstDay = ruleDates(plan).next();
  if (firstDay.done) return undefined;
  const tz = plan.timeZone;
  const exceptions = plan.exceptions ?? {};
  const start = fromDayNumber(firstDay.value);
  const firstKey = dayKey(firstDay.value);
  const dt = (date: string, time: string) => `;TZID=${tz}:${localStamp(date, time)}`;
  /** DTSTART with TZID, or in UTC when the local time is missing or repeated that day. */
  const dtstart = (date: string, time: string) => {
    const r = resolveLocalMs(localMs(date, time), tz);
    return r.status === "exact" ? `DTSTART${dt(date, time)}` : `DTSTART:${utcStamp(r.epochMs)}`;
  };
  const year = (y: number) => {
    years.first = Math.min(years.first, y);
    years.last = Math.max(years.last, y);
  };
  const rule = rrule(plan);
  const first = exceptions[firstKey];
  if (!rule) {
    // A one-off: skipped, it has nothing to export; moved, it starts at its new time.
    if (first && "skip" in first) return undefined;
    const at = first && "moveTo" in first ? first.moveTo : { date: firstKey, time: plan.time };
    year(start.year);
    year(parseLocalDate(at.date)!.year);
    return vevent(plan, opts, [dtstart(at.date, at.time)], plan.durationMinutes);
  }
  const lastYear = plan.until ? parseLocalDate(plan.until)!.year : start.year + 1;
  year(start.year);
  year(lastYear);
  const head = [`DTSTART${dt(firstKey, plan.time)}`, `RRULE:${rule}`];
  const overrides: string[] = [];
  const override = (key: string, startLine: string) => overrides.push(...vevent(plan, opts, [`RECURRENCE-ID${dt(key, plan.time)}`, startLine], plan.durationMinutes));
  for (const k of Object.keys(exceptions).sort()) {
    const ex = exceptions[k]!;
    if ("skip" in ex) {
      if (k >= firstKey) head.push(`EXDATE${dt(k, plan.time)}`);
    } else if (isRuleDate(plan, k)) {
      year(parseLocalDate(ex.moveTo.date)!.year);
      override(k, dtstart(ex.moveTo.date, ex.moveTo.time));
    }
  }
  const time = parseLocalTime(plan.time)!;
  for (const day of [...ambiguousDays(tz, time.hour * 60 + time.minute, start.year, lastYear)].sort((a, b) => a - b)) {
    const key = dayKey(day);
    if (!exceptions[key] && isRuleDate(plan, key)) override(key, dtstart(key, plan.time));
  }
  return [...vevent(plan, opts, head, plan.durationMinutes), ...overrides];
}

/** Writes plans as one calendar. Invalid and paused plans are left out and listed in `skipped`. */
export function writeIcs(plans: readonly Plan[], options: IcsOptions = {}): IcsResult {
  return writeCalendar(plans, { ...options, describe: options.describe ?? defaultDescribe });
}

/** `writeIcs` with the caller's own DESCRIPTION text (the widget's, translated): the English default stays out of its bundle. */
export function writeCalendar(plans: readonly Plan[], options: IcsOptions & { describe: (plan: Plan) => string }): IcsResult {
  const now = options.now ?? NaN;
  const opts: Opts = { describe: options.describe, reminderText: options.reminderText ?? ((p: Plan) => p.title), stamp: utcStamp(Number.isFinite(now) ? now : Date.now()) };
  const skipped: IcsResult["skipped"] = [];
  const zones = new Map<string, Span>();
  const events: string[] = [];
  for (const plan of plans) {
    const ok = !!plan && typeof plan === "object";
    const ritual = ok && plan.kind === "ritual";
    let error: IcsResult["skipped"][number]["error"] | undefined = !ok
      ? { code: "invalid-plan" }
      : ritual
        ? (validateRitual(plan) ?? (plan.paused ? { code: "paused" } : undefined))
        : planTimeApartCheck(plan);
    if (!error) {
      // The agreed return of time apart is one instant: written in UTC, which no clock change can make ambiguous.
      const span = zones.get(plan.timeZone) ?? { first: Infinity, last: -Infinity };
      const lines = ritual ? ritualEvents(plan, opts, span) : vevent(plan, opts, [`DTSTART:${utcStamp(Date.parse((plan as TimeApartPlan).returnAt))}`], (plan as TimeApartPlan).reconnectMinutes ?? 30);
      if (lines) {
        if (ritual) zones.set(plan.timeZone, span);
        events.push(...lines);
      } else error = { code: "end-before-start", field: "until" };
    }
    if (error) skipped.push({ id: ok ? String(plan.id) : "", error });
  }
  const head = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Attune//Ritual Planner//EN", "METHOD:PUBLISH"];
  if (options.calendarName) head.push(`X-WR-CALNAME:${escapeText(options.calendarName)}`);
  for (const [zone, span] of zones) head.push(...vtimezoneLines(zone, span.first, span.last));
  return { ics: `${[...head, ...events, "END:VCALENDAR"].map(foldLine).join("\r\n")}\r\n`, skipped };
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

