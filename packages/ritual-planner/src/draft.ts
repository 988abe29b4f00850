/**
 * The create/edit form as plain strings, and its conversion to and from a Plan. Pure, so
 * every validation path is unit-tested without a DOM.
 */
import { isValidTimeZone } from "@attune/core/logic";
import { WEEKDAYS, isoWeekdayIndex, localMs, parseLocalDate, parseLocalTime } from "./dates";
import { validateRitual } from "./recurrence";
import { planTimeApart } from "./time-apart";
import type { Plan, PlanError, Recurrence, Result, RitualPlan, Starter, Weekday } from "./types";
import { fastOffset, resolveLocalMs } from "./zone-offsets";

/** The library of reconnection rituals; anything else is the partners' own. */
export const RITUAL_LIBRARY = ["walk", "tea", "talk", "hug"] as const;

export interface Draft {
  id: string;
  kind: "ritual" | "apart";
  title: string;
  how: string;
  customHow: string;
  where: string;
  starter: Starter;
  timeZone: string;
  date: string;
  time: string;
  duration: string;
  repeat: "none" | "daily" | "weekly" | "monthly";
  interval: string;
  days: Weekday[];
  until: string;
  ending: string;
  reminder: string;
  startMode: "now" | "later";
  lengthMode: "for" | "until";
  minutes: string;
  untilDate: string;
  untilTime: string;
  mine: string;
  partners: string;
  reconnect: string;
}

export type DraftError = PlanError | { code: "title"; field: "title" };

/** The local day number, date and time ("HH:mm") of an instant in a (valid) zone. */
export function localParts(epochMs: number, zone: string) {
  // The local wall clock as a UTC-fields instant, to the minute.
  const local = (Math.floor(epochMs / 60000) + fastOffset(epochMs, zone)) * 60000;
  const iso = new Date(local).toISOString();
  return { day: Math.floor(local / 864e5), date: iso.slice(0, 10), time: iso.slice(11, 16) };
}

/** A fresh draft: today at the next full hour, in the given zone. */
export function emptyDraft(id: string, timeZone: string, now: number, kind: Draft["kind"] = "ritual"): Draft {
  const zone = isValidTimeZone(timeZone) ? timeZone : "UTC";
  const next = localParts(Math.ceil((now + 1) / 3600000) * 3600000, zone);
  const later = localParts(now + 3600000, zone);
  const day = WEEKDAYS[isoWeekdayIndex(next.day)]!;
  return {
    id,
    kind,
    title: "",
    how: "walk",
    customHow: "",
    where: "",
    starter: "either",
    timeZone: zone,
    date: next.date,
    time: next.time,
    duration: "30",
    repeat: "weekly",
    interval: "1",
    days: [day],
    until: "",
    ending: "",
    reminder: "",
    startMode: "now",
    lengthMode: "for",
    minutes: "60",
    untilDate: later.date,
    untilTime: later.time,
    mine: "",
    partners: "",
    reconnect: "30",
  };
}

/** The form for an existing plan. */
/** Text from stored data, which may hold anything: other values become "" (the field to fix). */
const str = (v: unknown): string => (typeof v === "string" ? v : "");

export function draftFromPlan(plan: Plan, now: number): Draft {
  const d = emptyDraft(str(plan.id), str(plan.timeZone), now, plan.kind === "apart" ? "apart" : "ritual");
  const how = str(plan.how);
  const library = (RITUAL_LIBRARY as readonly string[]).includes(how);
  const common = {
    ...d,
    timeZone: str(plan.timeZone), // kept as typed, even if invalid, so the person can fix it
    title: str(plan.title),
    how: how ? (library ? how : "custom") : d.how,
    customHow: how && !library ? how : "",
    where: str(plan.where),
    starter: plan.starter === "me" || plan.starter === "partner" ? plan.starter : "either",
    reminder: typeof plan.reminderMinutes === "number" && Number.isFinite(plan.reminderMinutes) ? String(plan.reminderMinutes) : "",
  } satisfies Partial<Draft>;
  if (plan.kind !== "apart") {
    const r = plan.recurrence && typeof plan.recurrence === "object" ? plan.recurrence : undefined;
    const freq = r && ["daily", "weekly", "monthly"].includes(r.freq) ? r.freq : undefined;
    return {
      ...common,
      date: str(plan.startDate),
      time: str(plan.time),
      duration: typeof plan.durationMinutes === "number" ? String(plan.durationMinutes) : "",
      repeat: freq ?? "none",
      interval: String(Number.isInteger(r?.interval) ? r!.interval : 1),
      days: r?.freq === "weekly" && Array.isArray(r.days) ? r.days.filter((x) => WEEKDAYS.includes(x)) : d.days,
      until: str(plan.until),
      ending: str(plan.ending),
    };
  }
  const zone = isValidTimeZone(plan.timeZone) ? plan.timeZone : "UTC";
  const start = Date.parse(str(plan.start));
  const returnAt = Date.parse(str(plan.returnAt));
  const parts = (t: number) => (Number.isFinite(t) ? localParts(t, zone) : { date: "", time: "" });
  const st = parts(start);
  const ret = parts(returnAt);
  return {
    ...common,
    startMode: start > now ? "later" : "now",
    date: st.date,
    time: st.time,
    lengthMode: "until",
    minutes: Number.isFinite(returnAt - start) ? String(Math.round((returnAt - start) / 60000)) : "",
    untilDate: ret.date,
    untilTime: ret.time,
    mine: str(plan.myActivity),
    partners: str(plan.partnerActivity),
    reconnect: String(typeof plan.reconnectMinutes === "number" && Number.isFinite(plan.reconnectMinutes) ? plan.reconnectMinutes : 30),
  };
}

function zonedInstant(date: string, time: string, zone: string, field: string): Result<number> {
  const d = parseLocalDate(date);
  if (!d) return { ok: false, error: { code: "invalid-date", field } };
  const t = parseLocalTime(time);
  if (!t) return { ok: false, error: { code: "invalid-time", field } };
  return { ok: true, value: resolveLocalMs(localMs(date, time), zone).epochMs };
}

const num = (s: string) => (s.trim() === "" ? NaN : Number(s));
const text = (s: string) => s.trim() || undefined;

/**
 * The plan a draft describes, or the first problem with it. Agreement and exceptions of
 * the plan being edited are kept by the caller.
 */
export function planFromDraft(draft: Draft, now: number): { ok: true; value: Plan } | { ok: false; error: DraftError } {
  const title = draft.title.trim();
  if (!title) return { ok: false, error: { code: "title", field: "title" } };
  const reminder = num(draft.reminder);
  // Empty optional fields are left undefined (JSON drops them).
  const base = {
    id: draft.id,
    title,
    timeZone: draft.timeZone.trim(),
    starter: draft.starter,
    how: draft.how === "custom" ? text(draft.customHow) : draft.how,
    where: text(draft.where),
    reminderMinutes: Number.isFinite(reminder) ? reminder : undefined,
  };
  if (!isValidTimeZone(base.timeZone)) return { ok: false, error: { code: "invalid-zone", field: "timeZone" } };
  if (draft.kind === "ritual") {
    const plan: RitualPlan = {
      ...base,
      kind: "ritual",
      startDate: draft.date.trim(),
      time: draft.time.trim(),
      durationMinutes: num(draft.duration),
      recurrence:
        draft.repeat === "none"
          ? undefined
          : ({ freq: draft.repeat, interval: num(draft.interval), days: draft.repeat === "weekly" ? draft.days : undefined } as Recurrence),
      until: text(draft.until),
      ending: text(draft.ending),
    };
    const error = validateRitual(plan);
    return error ? { ok: false, error } : { ok: true, value: plan };
  }
  let start: number | "now" = "now";
  if (draft.startMode === "later") {
    const s = zonedInstant(draft.date, draft.time, base.timeZone, "date");
    if (!s.ok) return s;
    start = s.value;
  }
  let until: string | undefined;
  if (draft.lengthMode === "until") {
    const u = zonedInstant(draft.untilDate, draft.untilTime, base.timeZone, "untilDate");
    if (!u.ok) return u;
    until = new Date(u.value).toISOString();
  }
  const reconnect = num(draft.reconnect);
  return planTimeApart(
    {
      ...base,
      start: start === "now" ? "now" : new Date(start).toISOString(),
      until,
      durationMinutes: num(draft.minutes),
      myActivity: text(draft.mine),
      partnerActivity: text(draft.partners),
      reconnectMinutes: reconnect > 0 ? reconnect : undefined,
    },
    now,
  );
}
