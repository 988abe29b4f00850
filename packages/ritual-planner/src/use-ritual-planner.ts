import * as React from "react";
import {
  clamp,
  isValidTimeZone,
  lazyModule,
  localTimeZone,
  useAttune,
  useControllableState,
  useErrorReporter,
  usePersistentState,
  useTranslator,
  validZonedTime,
  type ErrorHandler,
  type Message,
  type Translate,
  type ZonedTime,
} from "@attune/core";
import { accept as acceptPlan, propose as proposePlan, suggestChange as suggestPlanChange } from "./agreement";
import { buildAgenda, groupAgenda, type AgendaEntryDay, type AgendaItem, type AgendaResult } from "./agenda";
import { isoWeekdayIndex } from "./dates";
import { draftFromPlan, emptyDraft, localParts, type Draft } from "./draft";
import { formatDay, titleOf } from "./format";
import { ritualPlannerMessages, type RitualPlannerMessageKey, type ShortKey } from "./messages";
import { planProblem } from "./plan-json";
import type { Plan } from "./types";
import { localDayNumber } from "./zone-offsets";

export type RitualPlannerView = "agenda" | "week";
export type T = Translate<ShortKey>;

export interface UseRitualPlannerProps {
  /** Controlled list of plans. */
  plans?: Plan[];
  /** Initial plans when uncontrolled. @default [] */
  defaultPlans?: Plan[];
  /** Called with the whole new list after every change. */
  onPlansChange?: (plans: Plan[]) => void;
  /** @deprecated Use `plans` (kept for hosts of 0.1). */
  value?: Plan[];
  /** @deprecated Use `defaultPlans`. */
  defaultValue?: Plan[];
  /** @deprecated Use `onPlansChange`. */
  onValueChange?: (plans: Plan[]) => void;
  /** Current view. */
  view?: RitualPlannerView;
  /** Initial view when uncontrolled. @default "agenda" */
  defaultView?: RitualPlannerView;
  /** Called when the view changes. */
  onViewChange?: (view: RitualPlannerView) => void;
  /** Called when you propose a plan to your partner; the host carries it across. */
  onPropose?: (plan: Plan) => void;
  /** Called when you accept your partner's plan. */
  onAccept?: (plan: Plan) => void;
  /** Called when you suggest a change; the plan carries the change and a note. */
  onSuggestChange?: (plan: Plan) => void;
  /** Zone the times are shown in. @default the device's zone, read after mount */
  timeZone?: string;
  /** Your partner's zone: when it differs, every time also shows in theirs. */
  partnerTimeZone?: string;
  /** A return time chosen elsewhere (a ReassuranceComposer card's `ZonedTime`): offers to plan the reconnection. */
  returnTime?: ZonedTime;
  /** How many days the agenda looks ahead (1 to 366). @default 14 */
  days?: number;
  /** At most this many occurrences in the agenda (1 to 500; the week view shows up to 300). @default 50 */
  limit?: number;
  /** "Now" in epoch ms, for the agenda and new plans (tests and stories pin it). @default the time at mount, read after mount */
  now?: number;
  /** Names for who starts a plan, as the calendar export says it. @default the catalogue's "Me" and "My partner" */
  names?: { me?: string; partner?: string };
  /** Opt-in persistence of uncontrolled plans under this key, through the provider's storage adapter. */
  persistKey?: string;
  /** Overrides for any of the widget's strings. */
  messages?: Partial<Record<RitualPlannerMessageKey, Message>>;
  /** Called for every recoverable problem (invalid input, storage). */
  onError?: ErrorHandler;
}

/** What the plan dialog edits. */
export interface PlannerEditing {
  draft: Draft;
  original?: Plan;
  /** The original date of the occurrence opened, for "skip or move this one". */
  occurrence?: string;
}

export type PlannerSaveKind = "save" | "propose" | "accept" | "suggest" | "skip" | "move" | "delete";

const MAX_DAYS = 366;
const MAX_LIMIT = 500;
const WEEK_LIMIT = 300;
const MAX_MS = 8.64e15;

/** A new plan's id (and calendar UID): the time and 64 random bits, unique enough between two people. */
const newId = (now: number): string => `plan-${now.toString(36)}-${Math.random().toString(36).slice(2)}`;

/** The instant a host passed, when it is one; else undefined (and a report). */
function validInstant(value: unknown): number | undefined {
  if (typeof value === "number" && Number.isFinite(value) && Math.abs(value) <= MAX_MS) return value;
  return undefined;
}

// Expanded windows per plan list: moving between weeks (and back) reuses them.
const windowCache = new WeakMap<readonly Plan[], Map<string, AgendaResult>>();
function agendaFor(plans: readonly Plan[], from: number, to: number, viewerZone: string, limit: number): AgendaResult {
  let byWindow = windowCache.get(plans);
  if (!byWindow) windowCache.set(plans, (byWindow = new Map()));
  const key = `${from}:${to}:${viewerZone}:${limit}`;
  let r = byWindow.get(key);
  if (!r) {
    r = buildAgenda(plans, { from, to, viewerZone, limit });
    // A few windows per list is plenty (this week, its neighbours, the agenda).
    if (byWindow.size > 8) byWindow.delete(byWindow.keys().next().value!);
    byWindow.set(key, r);
  }
  return r;
}


// The calendar writer, its descriptions and their strings load on the first export (a
// "./lazy/ics-export-*" chunk; this module must stay in the entry chunk for that path to hold).
type IcsExportModule = typeof import("./ics-export");
const calendarWriter = /* @__PURE__ */ lazyModule((): Promise<IcsExportModule> => import("./ics-export"));

/** Starts loading the calendar writer (the export button does this on hover and focus). */
export const preloadCalendarExport = (): Promise<unknown> => calendarWriter.load();

/**
 * All of RitualPlanner's state and actions, without markup: plans (controlled or not,
 * optionally persisted), the view, the agenda and week data, the plan being edited,
 * agreement actions and export. Parts read it from `Planner.Root`; a host can render its own.
 */
export function useRitualPlanner(props: UseRitualPlannerProps = {}) {
  return usePlanner(props, ritualPlannerMessages);
}

/**
 * The hook on a given catalogue of English defaults: `Planner.Root` passes the strings shown
 * before a plan dialog opens (the dialog's chunk adds its own), so they stay out of the first load.
 */
export function usePlanner(props: UseRitualPlannerProps, defaults: Record<string, Message>) {
  const { locale } = useAttune();
  const full = useTranslator(defaults, props.messages);
  const t: T = React.useCallback((key, params) => full(`ritualPlanner.${key}`, params), [full]);
  const report = useErrorReporter(props.onError);
  const controlled = props.plans ?? props.value;
  const initial = props.defaultPlans ?? props.defaultValue;
  const onChange = props.onPlansChange ?? props.onValueChange;

  const [stored, setStored] = usePersistentState<Plan[]>(Array.isArray(initial) ? initial : [], {
    widget: "ritual-planner",
    key: controlled === undefined ? props.persistKey : undefined,
    // Any stored list loads: entries that are not usable plans are listed as such, with a way to fix them.
    validate: Array.isArray as (value: unknown) => value is Plan[],
    onError: props.onError,
  });
  const [rawPlans, setRawPlans] = useControllableState<Plan[]>({
    value: controlled ?? (props.persistKey ? stored : undefined),
    defaultValue: Array.isArray(initial) ? initial : [],
    onChange: (next) => {
      if (controlled === undefined && props.persistKey) setStored(next);
      onChange?.(next);
    },
    name: "RitualPlanner plans",
  });
  // Whatever the host or storage hands over, only objects reach the views (and every change starts from them).
  const plans = React.useMemo(() => (Array.isArray(rawPlans) ? rawPlans.filter((p): p is Plan => !!p && typeof p === "object") : []), [rawPlans]);
  const plansRef = React.useRef(plans);
  plansRef.current = plans;
  const setPlans = React.useCallback((update: (list: Plan[]) => Plan[]) => setRawPlans(update(plansRef.current)), [setRawPlans]);

  const [view, setView] = useControllableState<RitualPlannerView>({
    value: props.view === "agenda" || props.view === "week" ? props.view : undefined,
    defaultValue: props.defaultView === "week" ? "week" : "agenda",
    onChange: props.onViewChange,
    name: "RitualPlanner view",
  });

  // The device's zone and clock are read after mount, so server and browser render the same markup.
  const [device, setDevice] = React.useState<{ zone: string; now: number }>();
  React.useEffect(() => setDevice({ zone: localTimeZone(), now: Date.now() }), []);
  const zoneOk = props.timeZone === undefined || isValidTimeZone(props.timeZone);
  const viewer = zoneOk && props.timeZone !== undefined ? props.timeZone : device?.zone;
  const partnerOk = props.partnerTimeZone === undefined || isValidTimeZone(props.partnerTimeZone);
  const partner = partnerOk && props.partnerTimeZone && props.partnerTimeZone !== viewer ? props.partnerTimeZone : undefined;
  const pinned = validInstant(props.now);
  const now = pinned ?? device?.now;
  const days = clamp(Number.isFinite(props.days) ? Math.round(props.days!) : 14, 1, MAX_DAYS);
  const limit = clamp(Number.isFinite(props.limit) ? Math.floor(props.limit!) : 50, 1, MAX_LIMIT);
  const returnTime = props.returnTime === undefined ? undefined : validZonedTime(props.returnTime);

  // Report each bad input once per value (in an effect: rendering stays pure under StrictMode).
  const problems: string[] = [];
  if (!zoneOk) problems.push(`invalid-time-zone:timeZone "${String(props.timeZone)}" is not a time zone; times show in the device's zone.`);
  if (!partnerOk) problems.push(`invalid-time-zone:partnerTimeZone "${String(props.partnerTimeZone)}" is not a time zone; partner times are not shown.`);
  if (props.returnTime !== undefined && !returnTime) {
    const zone = (props.returnTime as { timeZone?: unknown } | null)?.timeZone;
    problems.push(
      isValidTimeZone(zone)
        ? "invalid-input:returnTime is not a valid ZonedTime; no reconnection is offered."
        : `invalid-time-zone:returnTime's zone "${String(zone)}" is not a time zone; no reconnection is offered.`,
    );
  }
  if (props.now !== undefined && pinned === undefined) problems.push(`invalid-input:now must be epoch milliseconds; got ${String(props.now)}. Using the time at mount.`);
  if (props.days !== undefined && days !== props.days) problems.push(`invalid-input:days must be a whole number from 1 to ${MAX_DAYS}; got ${String(props.days)}. Using ${days}.`);
  if (props.limit !== undefined && limit !== props.limit) problems.push(`invalid-input:limit must be a whole number from 1 to ${MAX_LIMIT}; got ${String(props.limit)}. Using ${limit}.`);
  if (rawPlans !== undefined && !Array.isArray(rawPlans)) problems.push("invalid-input:plans must be a list; showing none.");
  else if (Array.isArray(rawPlans) && plans.length !== rawPlans.length) problems.push(`invalid-input:${rawPlans.length - plans.length} entries in plans are not plans and are left out.`);
  const problemKey = problems.join("\n");
  React.useEffect(() => {
    for (const p of problemKey ? problemKey.split("\n") : []) {
      const i = p.indexOf(":");
      report({ code: p.slice(0, i) as "invalid-input" | "invalid-time-zone", message: `RitualPlanner: ${p.slice(i + 1)}` });
    }
  }, [problemKey, report]);

  // Weeks are counted from the week of "now", so a changed "now" keeps the same relative week.
  const [weekOffset, setWeekOffset] = React.useState(0);
  const today = now !== undefined && viewer ? localDayNumber(now, viewer) : undefined;
  const weekStart = today === undefined ? undefined : today - isoWeekdayIndex(today) + weekOffset * 7;

  const agenda = React.useMemo<AgendaResult>(
    () => (now === undefined || !viewer ? { days: [], invalid: [] } : agendaFor(plans, now, now + days * 864e5, viewer, limit)),
    [plans, now, viewer, days, limit],
  );
  // The week's data is worked out when something reads `week` (the week view, a host's own
  // markup), then kept while its inputs stay the same: the agenda alone never pays for a
  // second expansion of every plan.
  const weekMemo = React.useRef<{ plans: Plan[]; start: number; viewer: string; value: { start: number; days: AgendaItem[][] } }>(undefined);
  const readWeek = () => {
    if (weekStart === undefined || !viewer) return undefined;
    const memo = weekMemo.current;
    if (memo?.plans === plans && memo.start === weekStart && memo.viewer === viewer) return memo.value;
    const r = agendaFor(plans, (weekStart - 1) * 864e5, (weekStart + 8) * 864e5, viewer, WEEK_LIMIT);
    const byDay: AgendaItem[][] = Array.from({ length: 7 }, () => []);
    for (const day of r.days) for (const item of day.items) byDay[localDayNumber(item.start, viewer) - weekStart]?.push(item);
    const value = { start: weekStart, days: byDay };
    weekMemo.current = { plans, start: weekStart, viewer, value };
    return value;
  };
  // Expand the neighbouring weeks when the browser is idle, so moving to them is instant.
  React.useEffect(() => {
    if (view !== "week" || weekStart === undefined || !viewer) return;
    const id = setTimeout(() => {
      for (const s of [weekStart + 7, weekStart - 7]) agendaFor(plans, (s - 1) * 864e5, (s + 8) * 864e5, viewer, WEEK_LIMIT);
    }, 50);
    return () => clearTimeout(id);
  }, [view, plans, weekStart, viewer]);

  const entries = React.useMemo<AgendaEntryDay[]>(() => groupAgenda(agenda.days), [agenda]);
  const next = agenda.days[0]?.items[0];
  // Plans that cannot be shown, each with a way to open and fix it (or none, when it is not even an object).
  const invalid = React.useMemo(
    () =>
      agenda.invalid.map(({ id, error }) => ({ id, error, plan: plans.find((p) => String(p.id) === id) })),
    [agenda.invalid, plans],
  );
  // Paused rituals, each a way back in (one that is not a usable plan is listed as invalid instead).
  const paused = React.useMemo(() => plans.filter((p) => p.kind === "ritual" && p.paused && !planProblem(p)), [plans]);

  const [announcement, setAnnouncement] = React.useState("");
  const [editing, setEditing] = React.useState<PlannerEditing | undefined>();
  const fallbackZone = viewer ?? "UTC";
  const clock = () => pinned ?? Date.now();

  // The dialog opens from several places (New plan, any item, Fix): focus goes back to where it came from.
  const returnFocusTo = React.useRef<HTMLElement | null>(null);
  const rememberFocus = () => {
    returnFocusTo.current = typeof document === "undefined" ? null : (document.activeElement as HTMLElement | null);
  };
  const openNew = (kind: Draft["kind"] = "ritual", from?: ZonedTime) => {
    rememberFocus();
    const at = clock();
    const draft = emptyDraft(newId(at), fallbackZone, at, kind);
    const back = from && validZonedTime(from);
    if (back) {
      // Time apart until the chosen return, in the zone it was chosen in.
      const parts = localParts(Date.parse(back.at), back.timeZone);
      Object.assign(draft, { timeZone: back.timeZone, lengthMode: "until", untilDate: parts.date, untilTime: parts.time });
    }
    setEditing({ draft });
  };
  const openPlan = (plan: Plan, occurrence?: string) => {
    rememberFocus();
    setEditing({ draft: draftFromPlan(plan, clock()), original: plan, occurrence });
  };
  const closeEditor = () => setEditing(undefined);

  const upsert = (plan: Plan) => setPlans((list) => (list.some((p) => p.id === plan.id) ? list.map((p) => (p.id === plan.id ? plan : p)) : [...list, plan]));

  /** Applies what the dialog (or a host's own form) decided, announces it and calls the host back. */
  const commit = (plan: Plan, kind: PlannerSaveKind, occurrence?: string) => {
    setEditing(undefined);
    const title = titleOf(plan, t);
    if (kind === "delete") {
      setPlans((list) => list.filter((p) => p.id !== plan.id));
      setAnnouncement(t("announceDeleted", { title }));
      return;
    }
    const key = { save: "announceSaved", propose: "announceProposed", accept: "announceAccepted", suggest: "announceSuggested", skip: "announceSkipped", move: "announceMoved" }[kind] as ShortKey;
    upsert(plan);
    setAnnouncement(t(key, { title, date: occurrence ? formatDay(occurrence, locale) : "" }));
    if (kind === "propose") props.onPropose?.(plan);
    if (kind === "accept") props.onAccept?.(plan);
    if (kind === "suggest") props.onSuggestChange?.(plan);
  };

  const [exporting, setExporting] = React.useState(false);
  /** Writes the plans (default: all) as a calendar file; the writer loads on first use. */
  const exportPlans = async (list: Plan[] = plans, name: string = t("title")): Promise<boolean> => {
    setExporting(true);
    let writer: IcsExportModule;
    try {
      writer = await calendarWriter.load();
    } catch (cause) {
      // Offline or blocked: nothing is lost, the next press tries again.
      report({ code: "load-failed", message: "RitualPlanner: the calendar writer could not load; the plans are unchanged, try again.", cause });
      setExporting(false);
      return false;
    }
    try {
      const fileName = writer.exportCalendar(list, name, t, clock(), props.names);
      if (fileName) setAnnouncement(t("exported", { name: fileName }));
      return !!fileName;
    } catch (cause) {
      report({ code: "invalid-input", message: "RitualPlanner: the calendar file could not be written.", cause });
      return false;
    } finally {
      setExporting(false);
    }
  };

  return {
    t,
    locale,
    plans,
    setPlans,
    view,
    setView,
    /** The zone times show in; undefined until mounted when no `timeZone` is given. */
    viewerZone: viewer,
    partnerZone: partner,
    /** "Now"; undefined until mounted when no `now` is given. */
    now,
    /** False until the zone and "now" are known (before mount, without props for them). */
    ready: now !== undefined && viewer !== undefined,
    agenda,
    /** The agenda with recurring rituals grouped (one entry each, with their next occurrences). */
    entries,
    /** The next occurrence in the agenda's window. */
    next,
    /** The week shown by the week view: its first day's number and each day's occurrences (worked out on first read). */
    get week(): { start: number; days: AgendaItem[][] } | undefined {
      return readWeek();
    },
    nextWeek: () => setWeekOffset((n) => n + 1),
    previousWeek: () => setWeekOffset((n) => n - 1),
    /** Moves the week view by whole weeks (negative: back). */
    moveWeek: (weeks: number) => setWeekOffset((n) => n + Math.trunc(weeks)),
    invalid,
    paused,
    returnTime,
    editing,
    /** The element focused when the dialog opened; focus returns there when it closes. */
    returnFocusTo,
    openNew,
    openPlan,
    closeEditor,
    commit,
    /** Proposes a plan to the partner (as "me") and saves it. */
    propose: (plan: Plan) => commit(proposePlan(plan, "me"), "propose"),
    /** Accepts the partner's plan and saves it. */
    accept: (plan: Plan) => commit(acceptPlan(plan, "me"), "accept"),
    /** Suggests a change (with a note) back to the partner and saves it. */
    suggestChange: (plan: Plan, note?: string) => commit(suggestPlanChange(plan, "me", note), "suggest"),
    exportPlans,
    exporting,
    announcement,
    announce: setAnnouncement,
    /** "Now" for an action (the pinned `now`, else the clock). */
    clock,
  };
}

export type RitualPlannerState = ReturnType<typeof useRitualPlanner>;
