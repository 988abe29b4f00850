import type { ZonedTime } from "@attune/core/logic";

export type { ZonedTime };

/** A calendar date with no time or zone: "YYYY-MM-DD". */
export type LocalDate = string;
/** A wall-clock time of day: "HH:mm" (24-hour). */
export type LocalTime = string;
/** RFC 5545 weekday codes. */
export type Weekday = "MO" | "TU" | "WE" | "TH" | "FR" | "SA" | "SU";
/** Who starts the reconnection or the ritual. */
export type Starter = "me" | "partner" | "either";

/** How often a ritual repeats. `interval` is 1 when left out (every week, every month). */
export type Recurrence =
  | { freq: "daily"; interval?: number }
  | { freq: "weekly"; interval?: number; days: Weekday[] }
  /** On the start date's day of the month; months without that day are left out (as RFC 5545 does). */
  | { freq: "monthly"; interval?: number };

/** A change to one occurrence, keyed by the occurrence's original local date. */
export type OccurrenceException = { skip: true } | { moveTo: { date: LocalDate; time: LocalTime } };

/** Agreement between partners: the host carries it from one to the other. */
export interface Agreement {
  status: "proposed" | "accepted" | "change-suggested";
  /** Who made the latest move. */
  by: "me" | "partner";
  /** A short note with a suggested change. */
  note?: string;
}

interface PlanBase {
  /** Version of the plan JSON shape (`PLAN_VERSION`); plans written before it was added have none. */
  version?: 1;
  /** Stable id; becomes the calendar UID. */
  id: string;
  title: string;
  /** How you reconnect: a ritual id from the library ("walk", "tea", "talk", "hug") or custom text. */
  how?: string;
  where?: string;
  /** Who starts the reconnection. @default "either" */
  starter?: Starter;
  /** IANA time zone the plan was made in. */
  timeZone: string;
  /** Reminder this many minutes before; none when undefined. */
  reminderMinutes?: number;
  agreement?: Agreement;
}

/** A regular ritual of connection (or a one-off when `recurrence` is left out). */
export interface RitualPlan extends PlanBase {
  kind: "ritual";
  /** First day (local to `timeZone`). */
  startDate: LocalDate;
  /** Local start time, kept across daylight-saving changes. */
  time: LocalTime;
  durationMinutes: number;
  recurrence?: Recurrence;
  /** Last day (inclusive) on which it may happen. */
  until?: LocalDate;
  /** How it ends, in the partners' words. */
  ending?: string;
  exceptions?: Record<LocalDate, OccurrenceException>;
  /** A paused ritual has no upcoming occurrences and is left out of calendar exports. */
  paused?: boolean;
}

/** Time apart with an agreed return. */
export interface TimeApartPlan extends PlanBase {
  kind: "apart";
  /** ISO instant the time apart starts. */
  start: string;
  /** ISO instant of the agreed return. */
  returnAt: string;
  /** What each of you will do meanwhile (optional). */
  myActivity?: string;
  partnerActivity?: string;
  /** Length of the reconnection itself. @default 30 */
  reconnectMinutes?: number;
}

export type Plan = RitualPlan | TimeApartPlan;

/** A clear reason instead of a throw. */
export type PlanErrorCode =
  | "invalid-zone"
  | "invalid-date"
  | "invalid-time"
  | "invalid-duration"
  | "end-before-start"
  | "invalid-recurrence"
  | "invalid-plan";

export interface PlanError {
  code: PlanErrorCode;
  /** Which field, for placing the message. */
  field?: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: PlanError };
