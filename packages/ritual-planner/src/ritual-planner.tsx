import * as React from "react";
import {
  Button,
  DateTimeField,
  Dialog,
  DialogContent,
  DialogDescription,
  DialogTitle,
  LiveRegion,
  localTimeZone,
  isValidTimeZone,
  useAttune,
  useControllableState,
  usePersistentState,
  useRootProps,
  useTranslator,
  validZonedTime,
  type Direction,
  type ErrorHandler,
  type Message,
  type Translate,
  type ZonedTime,
} from "@attune/core";
import { accept, agreementStatus, canRespond, propose, suggestChange } from "./agreement";
import { buildAgenda, type AgendaItem } from "./agenda";
import { WEEKDAYS, dayKey, isoWeekdayIndex } from "./dates";
import { RITUAL_LIBRARY, draftFromPlan, emptyDraft, localParts, planFromDraft, type Draft, type DraftError } from "./draft";
import { formatDateTime, formatDay, formatTime, weekdayNames } from "./format";
import { icsFileName, writeCalendar } from "./ics";
import { ritualPlannerMessages, type RitualPlannerMessageKey, type ShortKey } from "./messages";
import { expandRitual, moveOccurrence, setPaused, skipOccurrence } from "./recurrence";
import { breakGuidance } from "./time-apart";
import type { Plan } from "./types";
import { localDayNumber } from "./zone-offsets";

type T = Translate<ShortKey>;

/* -------------------------------------------------------------------------------------------------
 * Helpers
 * -----------------------------------------------------------------------------------------------*/

/** A new plan's id (and calendar UID): the time and 64 random bits, unique enough between two people. */
const newId = (): string => `plan-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

/** Saves calendar text as a file through a Blob and an object URL: nothing leaves the device. */
export function downloadIcs(ics: string, fileName: string): boolean {
  if (typeof document === "undefined" || !globalThis.URL?.createObjectURL) return false;
  const href = URL.createObjectURL(new Blob([ics], { type: "text/calendar;charset=utf-8" }));
  Object.assign(document.createElement("a"), { href, download: fileName }).click();
  setTimeout(() => URL.revokeObjectURL(href), 1000);
  return true;
}

function howLabel(how: string | undefined, t: T): string | undefined {
  if (!how) return undefined;
  return (RITUAL_LIBRARY as readonly string[]).includes(how) ? t(`how.${how}` as ShortKey) : how;
}

function statusText(plan: Plan, t: T): string {
  const s = agreementStatus(plan);
  if (s === "draft" || s === "accepted") return t(`status.${s}`);
  return t(`status.${s}.${plan.agreement!.by}` as ShortKey);
}

/* -------------------------------------------------------------------------------------------------
 * RitualPlanner
 * -----------------------------------------------------------------------------------------------*/

export interface RitualPlannerProps {
  /** Controlled list of plans. */
  value?: Plan[];
  /** Initial plans when uncontrolled. @default [] */
  defaultValue?: Plan[];
  /** Called with the whole new list after every change. */
  onValueChange?: (plans: Plan[]) => void;
  /** Called when you propose a plan to your partner; the host carries it across. */
  onPropose?: (plan: Plan) => void;
  /** Called when you accept your partner's plan. */
  onAccept?: (plan: Plan) => void;
  /** Called when you suggest a change; the plan carries the change and a note. */
  onSuggestChange?: (plan: Plan) => void;
  /** Zone the times are shown in. @default the device's zone */
  timeZone?: string;
  /** Your partner's zone: when it differs, every time also shows in theirs. */
  partnerTimeZone?: string;
  /** A return time chosen elsewhere (a ReassuranceComposer card's `ZonedTime`): offers to plan the reconnection. */
  returnTime?: ZonedTime;
  /** Current view. */
  view?: "agenda" | "week";
  /** Initial view when uncontrolled. @default "agenda" */
  defaultView?: "agenda" | "week";
  onViewChange?: (view: "agenda" | "week") => void;
  /** How many days the agenda looks ahead. @default 14 */
  days?: number;
  /** At most this many occurrences in the agenda (the week view shows up to 300). @default 50 */
  limit?: number;
  /** "Now", for the agenda and new plans (tests and stories pin it). @default Date.now() */
  now?: number;
  /** Opt-in persistence of uncontrolled plans under this key, through the provider's storage adapter. */
  persistKey?: string;
  /** Overrides for any of the widget's strings. */
  messages?: Partial<Record<RitualPlannerMessageKey, Message>>;
  onError?: ErrorHandler;
  dir?: Direction;
  className?: string;
}

/** Plan time apart with an agreed return, and keep regular rituals of connection. */
export function RitualPlanner(props: RitualPlannerProps) {
  const { locale } = useAttune();
  const full = useTranslator(ritualPlannerMessages, props.messages);
  const t: T = (key, params) => full(`ritualPlanner.${key}`, params);
  const [stored, setStored] = usePersistentState<Plan[]>(props.defaultValue ?? [], {
    widget: "ritual-planner",
    key: props.value === undefined ? props.persistKey : undefined,
    // Any stored list loads: entries that are not usable plans are listed as such, with a way to fix them.
    validate: Array.isArray as (value: unknown) => value is Plan[],
    onError: props.onError,
  });
  const [rawPlans, setPlans] = useControllableState<Plan[]>({
    value: props.value ?? (props.persistKey ? stored : undefined),
    defaultValue: props.defaultValue ?? [],
    onChange: (next) => {
      if (props.value === undefined && props.persistKey) setStored(next);
      props.onValueChange?.(next);
    },
    name: "RitualPlanner value",
  });
  // Whatever the host or storage hands over, only objects reach the views.
  const plans = React.useMemo(() => (Array.isArray(rawPlans) ? rawPlans.filter((p) => p && typeof p === "object") : []), [rawPlans]);
  const [view, setView] = useControllableState({ value: props.view, defaultValue: props.defaultView ?? "agenda", onChange: props.onViewChange, name: "RitualPlanner view" });
  const viewer = isValidTimeZone(props.timeZone) ? props.timeZone : localTimeZone();
  const partner = props.partnerTimeZone && isValidTimeZone(props.partnerTimeZone) && props.partnerTimeZone !== viewer ? props.partnerTimeZone : undefined;
  // A fixed "now" per mount keeps server and client markup equal; the host may pass one.
  const [mountNow] = React.useState(() => Date.now());
  const now = props.now ?? mountNow;
  const [announcement, setAnnouncement] = React.useState("");
  const [editing, setEditing] = React.useState<{ draft: Draft; original?: Plan; occurrence?: string } | undefined>();
  const [weekStart, setWeekStart] = React.useState(() => {
    const d = localDayNumber(now, viewer);
    return d - isoWeekdayIndex(d);
  });
  const rootProps = useRootProps("ritual-planner", { dir: props.dir, className: props.className });
  // The dialog opens from several places (New plan, any item, Fix): focus goes back to where it came from.
  const returnTo = React.useRef<HTMLElement | null>(null);
  const newButton = React.useRef<HTMLButtonElement>(null);
  const rememberFocus = () => {
    returnTo.current = typeof document === "undefined" ? null : (document.activeElement as HTMLElement | null);
  };
  const titleId = React.useId();

  const range = view === "week" ? { from: (weekStart - 1) * 864e5, to: (weekStart + 8) * 864e5 } : { from: now, to: now + (props.days ?? 14) * 864e5 };
  const agenda = React.useMemo(
    () => buildAgenda(plans, { ...range, viewerZone: viewer, limit: view === "week" ? 300 : (props.limit ?? 50) }),
    [plans, range.from, range.to, viewer, view, props.limit],
  );

  const replace = (plan: Plan, announce: string) => {
    setPlans((list) => (list.some((p) => p.id === plan.id) ? list.map((p) => (p.id === plan.id ? plan : p)) : [...list, plan]));
    setAnnouncement(announce);
  };

  const exportPlans = (list: Plan[], name: string) => {
    const { ics } = writeCalendar(list, {
      now: Date.now(),
      calendarName: t("title"),
      describe: (p) => [howLabel(p.how, t), p.where, p.kind === "ritual" ? p.ending : p.myActivity].filter(Boolean).join("\n"),
    });
    const fileName = icsFileName(name);
    if (downloadIcs(ics, fileName)) setAnnouncement(t("exported", { name: fileName }));
  };

  const openNew = (kind: Draft["kind"] = "ritual", returnTime?: ZonedTime) => {
    rememberFocus();
    const draft = emptyDraft(newId(), viewer, now, kind);
    if (returnTime) {
      // Time apart until the chosen return, in the zone it was chosen in.
      const back = localParts(Date.parse(returnTime.at), returnTime.timeZone);
      Object.assign(draft, { timeZone: returnTime.timeZone, lengthMode: "until", untilDate: back.date, untilTime: back.time });
    }
    setEditing({ draft });
  };

  const openItem = (plan: Plan, occurrence?: string) => {
    rememberFocus();
    setEditing({ draft: draftFromPlan(plan, now), original: plan, occurrence });
  };

  const times = (item: { start: number }) => (
    <span data-attune-part="times">
      <time dateTime={new Date(item.start).toISOString()}>{formatTime(item.start, viewer, locale)}</time>
      {partner && (
        <span data-attune-part="partner-time"> · {t("partnerTime", { time: formatTime(item.start, partner, locale, true) })}</span>
      )}
    </span>
  );

  const returnTime = validZonedTime(props.returnTime);
  // Paused rituals, each a way back in (one whose stored title is not text is listed as invalid instead).
  const paused = plans.filter((p) => p.kind === "ritual" && p.paused && typeof (p.title ?? "") === "string");

  return (
    <section {...rootProps} aria-labelledby={titleId}>
      <header data-attune-part="header">
        <h2 id={titleId} data-attune-part="title">
          {t("title")}
        </h2>
        <div role="group" aria-label={t("views")} data-attune-part="view-switch">
          {(["agenda", "week"] as const).map((v) => (
            <Button key={v} size="sm" variant={view === v ? "primary" : "ghost"} aria-pressed={view === v} onClick={() => setView(v)}>
              {t(v === "agenda" ? "viewAgenda" : "viewWeek")}
            </Button>
          ))}
        </div>
        <div data-attune-part="actions">
          <Button ref={newButton} variant="primary" onClick={() => openNew()}>
            {t("new")}
          </Button>
          <Button onClick={() => exportPlans(plans, t("title"))} disabled={plans.length === 0}>
            {t("exportAll")}
          </Button>
        </div>
      </header>
      {returnTime && (
        <p data-attune-part="return-offer">
          {t("returnTime", { time: formatDateTime(Date.parse(returnTime.at), viewer, locale) })}{" "}
          <Button size="sm" onClick={() => openNew("apart", returnTime)}>
            {t("planReturn")}
          </Button>
        </p>
      )}
      {agenda.invalid.length > 0 && (
        <div data-attune-part="invalid" role="note">
          <p>{t("invalidPlans", { count: agenda.invalid.length })}</p>
          {agenda.invalid.slice(0, 5).map(({ id }) => {
            const plan = plans.find((p) => p.id === id);
            return plan ? (
              <Button key={id} size="sm" onClick={() => openItem(plan)}>
                {t("fixPlan", { title: plan.title })}
              </Button>
            ) : null;
          })}
        </div>
      )}
      {paused.length > 0 && (
        <ul role="list" data-attune-part="paused">
          {paused.map((p) => (
            <li key={p.id}>
              <Button size="sm" variant="ghost" onClick={() => openItem(p)}>
                {t("paused")}: {p.title}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {view === "agenda" ? (
        <Agenda days={agenda.days} t={t} locale={locale} onOpen={openItem} times={times} />
      ) : (
        <WeekView
          weekStart={weekStart}
          setWeekStart={setWeekStart}
          items={agenda.days.flatMap((d) => d.items)}
          viewer={viewer}
          locale={locale}
          t={t}
          onOpen={openItem}
          times={times}
        />
      )}
      <LiveRegion message={announcement} />
      <Dialog open={!!editing} onOpenChange={(o) => !o && setEditing(undefined)}>
        {editing && (
          <PlanDialog
            key={editing.draft.id}
            {...editing}
            t={t}
            now={now}
            getNow={() => props.now ?? Date.now()}
            onClose={() => setEditing(undefined)}
            onSave={(plan, kind) => {
              setEditing(undefined);
              if (kind === "delete") {
                setPlans((list) => list.filter((p) => p.id !== plan.id));
                setAnnouncement(t("announceDeleted", { title: plan.title }));
                return;
              }
              const key = {
                save: "announceSaved",
                propose: "announceProposed",
                accept: "announceAccepted",
                suggest: "announceSuggested",
                skip: "announceSkipped",
                move: "announceMoved",
              }[kind] as ShortKey;
              replace(plan, t(key, { title: plan.title, date: editing.occurrence ? formatDay(editing.occurrence, locale) : "" }));
              if (kind === "propose") props.onPropose?.(plan);
              if (kind === "accept") props.onAccept?.(plan);
              if (kind === "suggest") props.onSuggestChange?.(plan);
            }}
            onExport={(plan) => exportPlans([plan], plan.title)}
            onCloseAutoFocus={(e) => {
              e.preventDefault();
              const target = returnTo.current?.isConnected ? returnTo.current : newButton.current;
              target?.focus();
            }}
          />
        )}
      </Dialog>
    </section>
  );
}

/* -------------------------------------------------------------------------------------------------
 * Agenda: days with their occurrences; one tab stop, arrows move between items
 * -----------------------------------------------------------------------------------------------*/

type Times = (item: { start: number }) => React.ReactNode;

interface ItemProps {
  item: AgendaItem;
  t: T;
  locale: string;
  onOpen: (p: Plan, occurrence?: string) => void;
  times: Times;
  tabStop: boolean;
}

function ItemButton({ item, t, locale, onOpen, times, tabStop }: ItemProps) {
  const { plan } = item;
  const how = howLabel(plan.how, t);
  return (
    <button
      type="button"
      tabIndex={tabStop ? 0 : -1}
      data-attune-part="item"
      data-status={agreementStatus(plan)}
      onClick={() => onOpen(plan, plan.kind === "ritual" && plan.recurrence ? item.originalDate : undefined)}
    >
      {times(item)}
      <span data-attune-part="item-title">{plan.title}</span>
      {how && <span data-attune-part="item-how">{how}</span>}
      <span data-attune-part="item-status">{statusText(plan, t)}</span>
      {item.moved && <span data-attune-part="item-note">{t("moved")}</span>}
      {item.adjustment !== "none" && (
        <span data-attune-part="item-note">
          {t(item.adjustment === "gap" ? "adjustedGap" : "adjustedOverlap", {
            time: formatTime(item.start, plan.timeZone, locale),
          })}
        </span>
      )}
    </button>
  );
}

interface AgendaProps {
  days: ReturnType<typeof buildAgenda>["days"];
  t: T;
  locale: string;
  onOpen: (p: Plan, occurrence?: string) => void;
  times: Times;
}

/** Roving focus over the agenda's items: Up/Down, Home, End; the last one focused keeps the tab stop. */
function Agenda({ days, t, locale, onOpen, times }: AgendaProps) {
  const [active, setActive] = React.useState(0);
  const current = Math.min(active, days.reduce((n, d) => n + d.items.length, 0) - 1);
  const find = (e: React.SyntheticEvent) => {
    const items = [...e.currentTarget.querySelectorAll("button")];
    return [items, items.indexOf(e.target as HTMLButtonElement)] as const;
  };
  const onKeyDown = (e: React.KeyboardEvent) => {
    const [items, i] = find(e);
    const next = { ArrowDown: i + 1, ArrowUp: i - 1, Home: 0, End: items.length - 1 }[e.key];
    if (i < 0 || next === undefined) return;
    e.preventDefault();
    items[Math.max(0, Math.min(items.length - 1, next))]!.focus();
  };
  const onFocus = (e: React.FocusEvent) => {
    const i = find(e)[1];
    if (i >= 0) setActive(i);
  };
  if (days.length === 0) return <p data-attune-part="empty">{t("empty")}</p>;
  let index = 0;
  return (
    <div data-attune-part="agenda" role="region" aria-label={t("agendaLabel")} onKeyDown={onKeyDown} onFocus={onFocus}>
      {days.map((day) => (
        <section key={day.date} data-attune-part="day">
          <h3>{formatDay(day.date, locale)}</h3>
          <ul role="list">
            {day.items.map((item) => (
              <li key={`${item.planId}-${item.originalDate}`}>
                <ItemButton item={item} t={t} locale={locale} onOpen={onOpen} times={times} tabStop={index++ === current} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

/* -------------------------------------------------------------------------------------------------
 * WeekView: a grid of seven days; arrows move between days (Left/Right) and items (Up/Down)
 * -----------------------------------------------------------------------------------------------*/

interface WeekViewProps {
  weekStart: number;
  setWeekStart: (n: number) => void;
  items: AgendaItem[];
  viewer: string;
  locale: string;
  t: T;
  onOpen: (p: Plan, occurrence?: string) => void;
  times: Times;
}

function WeekView({ weekStart, setWeekStart, items, viewer, locale, t, onOpen, times }: WeekViewProps) {
  const [pos, setPos] = React.useState<[number, number]>([0, -1]);
  const gridRef = React.useRef<HTMLDivElement>(null);
  const focusNext = React.useRef(false);
  const byDay = Array.from({ length: 7 }, (_, i) => items.filter((it) => localDayNumber(it.start, viewer) === weekStart + i));
  const [col, row] = pos;
  const rowIn = Math.min(row, byDay[col]!.length - 1);

  React.useEffect(() => {
    if (!focusNext.current) return;
    focusNext.current = false;
    gridRef.current?.querySelector<HTMLElement>('[tabindex="0"]')?.focus();
  });

  const onKeyDown = (e: React.KeyboardEvent) => {
    const side = getComputedStyle(e.currentTarget).direction === "rtl" ? -1 : 1;
    const last = byDay[col]!.length - 1;
    // [column, row] to move to (row -1 is the day itself), or a number of days for PageUp/PageDown.
    const to = {
      ArrowRight: [col + side, rowIn],
      ArrowLeft: [col - side, rowIn],
      ArrowDown: [col, Math.min(rowIn + 1, last)],
      ArrowUp: [col, Math.max(-1, rowIn - 1)],
      Home: [0, -1],
      End: [6, -1],
      PageUp: -7,
      PageDown: 7,
    }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    focusNext.current = true;
    if (typeof to === "number") setWeekStart(weekStart + to);
    else setPos([Math.max(0, Math.min(6, to[0]!)), to[1]!]);
  };

  const label = t("weekLabel", { date: formatDay(dayKey(weekStart), locale) });
  return (
    <div data-attune-part="week">
      <div data-attune-part="week-nav">
        <Button size="sm" variant="ghost" aria-label={t("prevWeek")} onClick={() => setWeekStart(weekStart - 7)}>
          <span aria-hidden="true" data-attune-part="chevron-start" />
        </Button>
        <h3 aria-live="polite">{label}</h3>
        <Button size="sm" variant="ghost" aria-label={t("nextWeek")} onClick={() => setWeekStart(weekStart + 7)}>
          <span aria-hidden="true" data-attune-part="chevron-end" />
        </Button>
      </div>
      <div role="grid" aria-label={label} ref={gridRef} onKeyDown={onKeyDown} data-attune-part="week-grid">
        <div role="row" data-attune-part="week-head">
          {byDay.map((_, i) => (
            <div role="columnheader" key={i}>
              {formatDay(dayKey(weekStart + i), locale, "short")}
            </div>
          ))}
        </div>
        <div role="row" data-attune-part="week-body">
          {byDay.map((list, c) => (
            <div
              role="gridcell"
              key={c}
              tabIndex={c === col && rowIn < 0 ? 0 : -1}
              aria-label={list.length === 0 ? `${formatDay(dayKey(weekStart + c), locale)}: ${t("nothingThisDay")}` : undefined}
              data-attune-part="week-day"
              // The day itself is row -1; an item is its place in the day.
              onFocus={(e) => setPos([c, [...e.currentTarget.children].indexOf(e.target)])}
            >
              {list.map((item, r) => (
                <ItemButton key={`${item.planId}-${item.originalDate}`} item={item} t={t} locale={locale} onOpen={onOpen} times={times} tabStop={c === col && r === rowIn} />
              ))}
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}

/* -------------------------------------------------------------------------------------------------
 * PlanDialog: create and edit, agreement actions, skip or move one, pause, export, delete
 * -----------------------------------------------------------------------------------------------*/

type SaveKind = "save" | "propose" | "accept" | "suggest" | "skip" | "move" | "delete";

interface PlanDialogProps {
  draft: Draft;
  original?: Plan;
  occurrence?: string;
  t: T;
  now: number;
  /** The time of saving ("start now" means then). */
  getNow: () => number;
  onClose: () => void;
  onSave: (plan: Plan, kind: SaveKind) => void;
  onExport: (plan: Plan) => void;
  onCloseAutoFocus: (e: Event) => void;
}

function PlanDialog({ draft: initial, original, occurrence, t, now, getNow, onClose, onSave, onExport, onCloseAutoFocus }: PlanDialogProps) {
  const { locale } = useAttune();
  const [draft, setDraft] = React.useState(initial);
  const [error, setError] = React.useState<DraftError>();
  const [note, setNote] = React.useState("");
  const [moveTo, setMoveTo] = React.useState({ date: occurrence ?? "", time: initial.time });
  const [moveError, setMoveError] = React.useState(false);
  const id = React.useId();
  const set = (k: keyof Draft) => (v: unknown) => setDraft((d) => ({ ...d, [k]: v }));
  // The one error shows next to its field; the field points at it.
  const errorFor = (...fields: string[]) => (error && fields.includes(error.field!) ? `${id}-error` : undefined);
  const errorMessage = error && <p id={`${id}-error`} data-attune-part="error" role="alert">{t(`error.${error.code}` as ShortKey)}</p>;
  const field = (key: keyof Draft, label: ShortKey, fields: string[], extra: React.InputHTMLAttributes<HTMLInputElement> = {}) => {
    const e = errorFor(...fields);
    return (
      <div data-attune-part="field">
        <label htmlFor={id + key}>{t(label)}</label>
        <input id={id + key} value={draft[key] as string} onChange={(ev) => set(key)(ev.target.value)} aria-invalid={!!e || undefined} aria-describedby={e} {...extra} />
        {e && errorMessage}
      </div>
    );
  };
  /** A date with its picker; the message shows here unless the time field after it shows it. */
  const dateField = (key: "date" | "until" | "untilDate", label: ShortKey, field: string, fallback: string, message?: boolean) => (
    <>
      <DateTimeField
        id={id + key}
        granularity="day"
        label={t(label)}
        value={{ date: draft[key], time: "" }}
        onValueChange={(v) => set(key)(v.date)}
        errorId={errorFor(field)}
        fallbackDate={fallback}
      />
      {message && errorFor(field) && errorMessage}
    </>
  );
  const select = (key: keyof Draft, label: ShortKey, options: string[][]) => (
    <div data-attune-part="field">
      <label htmlFor={id + key}>{t(label)}</label>
      <select id={id + key} value={draft[key] as string} onChange={(e) => set(key)(e.target.value)}>
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </div>
  );
  /** Options whose labels are messages named `prefix` + value. */
  const named = (prefix: string, values: readonly string[]) => values.map((v) => [v, t(`${prefix}${v}` as ShortKey)]);
  const radios = (key: keyof Draft, legend: ShortKey, options: Array<[string, ShortKey]>) => (
    <fieldset data-attune-part="choice">
      <legend>{t(legend)}</legend>
      {options.map(([v, l]) => (
        <label key={v}>
          <input type="radio" name={id + key} value={v} checked={draft[key] === v} onChange={() => set(key)(v)} /> {t(l)}
        </label>
      ))}
    </fieldset>
  );

  const submit = (kind: SaveKind) => {
    const r = planFromDraft(draft, getNow());
    setError(r.ok ? undefined : r.error);
    if (!r.ok) return;
    const plan = r.value;
    // Editing keeps the agreement, and a ritual's changed occurrences and pause.
    if (original?.agreement) plan.agreement = original.agreement;
    if (original?.kind === "ritual" && plan.kind === "ritual") {
      if (original.exceptions) plan.exceptions = original.exceptions;
      if (original.paused) plan.paused = true;
    }
    onSave(kind === "propose" ? propose(plan, "me") : kind === "suggest" ? suggestChange(plan, "me", note) : plan, kind);
  };

  // What the draft would save as (with a stand-in name): for the guidance and the clock-change note.
  const preview = planFromDraft({ ...draft, title: draft.title || "x" }, now);
  const p = preview.ok ? preview.value : undefined;
  const guidance = p?.kind === "apart" ? breakGuidance((Date.parse(p.returnAt) - Date.parse(p.start)) / 60000) : "ok";
  // Before saving, say what a clock change will do to this ritual within the coming year.
  const occ = p?.kind === "ritual" ? expandRitual(p, { from: now, to: now + 366 * 864e5, limit: 400, includePaused: true }) : undefined;
  const hit = occ?.ok ? occ.value.find((o) => o.adjustment !== "none") : undefined;
  const days = weekdayNames(locale, "long");
  const ritual = original?.kind === "ritual" ? original : undefined;
  const respond = original && canRespond(original, "me");
  const short = occurrence ? formatDay(occurrence, locale, "short") : "";

  return (
    <DialogContent size="lg" data-attune-part="plan-dialog" onCloseAutoFocus={onCloseAutoFocus}>
      <DialogTitle>{t(original ? "editTitle" : "createTitle")}</DialogTitle>
      <DialogDescription>{t("dialogDescription")}</DialogDescription>
      <form
        noValidate
        data-attune-part="form"
        onSubmit={(e) => {
          e.preventDefault();
          submit(respond ? "accept" : "save");
        }}
      >
        {!original &&
          radios("kind", "kind", [
            ["ritual", "kindRitual"],
            ["apart", "kindApart"],
          ])}
        {field("title", "fieldTitle", ["title"], { autoComplete: "off", maxLength: 200 })}
        {select("how", "fieldHow", named("how.", [...RITUAL_LIBRARY, "custom"]))}
        {draft.how === "custom" && field("customHow", "fieldCustomHow", [], { maxLength: 200 })}
        {field("where", "fieldWhere", [], { maxLength: 200 })}
        {select("starter", "fieldStarter", named("starter.", ["either", "me", "partner"]))}
        {field("timeZone", "fieldZone", ["timeZone"], { autoComplete: "off", spellCheck: false })}
        {draft.kind === "ritual" ? (
          <>
            {dateField("date", "fieldDate", "startDate", initial.date, true)}
            {field("time", "fieldTime", ["time"], { type: "time" })}
            {hit && (
              <p data-attune-part="guidance" data-guidance="clock-change">
                {t("adjustedOn", {
                  date: formatDay(hit.originalDate, locale),
                  note: t(hit.adjustment === "gap" ? "adjustedGap" : "adjustedOverlap", { time: formatTime(hit.start, p!.timeZone, locale) }),
                })}
              </p>
            )}
            {field("duration", "fieldDuration", ["durationMinutes"], { type: "number", min: 1, inputMode: "numeric" })}
            {select("repeat", "fieldRepeat", named("repeat.", ["none", "daily", "weekly", "monthly"]))}
            {draft.repeat !== "none" && field("interval", "fieldInterval", ["recurrence"], { type: "number", min: 1, max: 99 })}
            {draft.repeat === "weekly" && (
              <fieldset data-attune-part="days" aria-describedby={errorFor("recurrence")}>
                <legend>{t("fieldDays")}</legend>
                {WEEKDAYS.map((d, i) => (
                  <label key={d}>
                    <input
                      type="checkbox"
                      checked={draft.days.includes(d)}
                      onChange={(e) => set("days")(e.target.checked ? [...draft.days, d] : draft.days.filter((x) => x !== d))}
                    />{" "}
                    {days[i]}
                  </label>
                ))}
              </fieldset>
            )}
            {draft.repeat !== "none" && dateField("until", "fieldUntil", "until", draft.date, true)}
            {field("ending", "fieldEnding", [], { maxLength: 200 })}
          </>
        ) : (
          <>
            {radios("startMode", "fieldStart", [
              ["now", "startNow"],
              ["later", "startLater"],
            ])}
            {draft.startMode === "later" && (
              <>
                {dateField("date", "fieldDate", "date", initial.date)}
                {field("time", "fieldTime", ["date"], { type: "time" })}
              </>
            )}
            {radios("lengthMode", "fieldLength", [
              ["for", "lengthFor"],
              ["until", "lengthUntil"],
            ])}
            {draft.lengthMode === "for" ? (
              field("minutes", "fieldMinutesApart", ["durationMinutes", "until"], { type: "number", min: 1 })
            ) : (
              <>
                {dateField("untilDate", "fieldDate", "untilDate", initial.untilDate)}
                {field("untilTime", "fieldTime", ["untilDate", "until"], { type: "time" })}
              </>
            )}
            {guidance !== "ok" && (
              <p data-attune-part="guidance" data-guidance={guidance}>
                {t(guidance === "short" ? "guidanceShort" : "guidanceLong")}
              </p>
            )}
            {field("mine", "fieldMine", [], { maxLength: 200 })}
            {field("partners", "fieldPartners", [], { maxLength: 200 })}
            {field("reconnect", "fieldReconnect", [], { type: "number", min: 1 })}
          </>
        )}
        {select("reminder", "fieldReminder", [["", t("reminder.none")], ...[5, 15, 60].map((m) => [String(m), t("reminder.minutes", { count: m })])])}

        {original && (
          <p data-attune-part="status" data-status={agreementStatus(original)}>
            {t("status")}: {statusText(original, t)}
            {original.agreement?.note && <q data-attune-part="status-note">{original.agreement.note}</q>}
          </p>
        )}
        {respond && (
          <label data-attune-part="field">
            {t("suggestNote")}
            <textarea value={note} maxLength={500} onChange={(e) => setNote(e.target.value)} />
          </label>
        )}
        <div data-attune-part="dialog-actions">
          <Button type="submit" variant="primary">
            {t(respond ? "accept" : "save")}
          </Button>
          <Button onClick={() => submit(respond ? "suggest" : "propose")}>{t(respond ? "suggestChange" : "propose")}</Button>
          <Button variant="ghost" onClick={onClose}>
            {t("cancel")}
          </Button>
        </div>
        {original && (
          <div data-attune-part="plan-actions">
            {ritual && occurrence && (
              <>
                <Button
                  size="sm"
                  onClick={() => {
                    const r = skipOccurrence(ritual, occurrence);
                    if (r.ok) onSave(r.value, "skip");
                  }}
                >
                  {t("skipOne", { date: short })}
                </Button>
                <fieldset data-attune-part="move">
                  <legend>{t("moveOne", { date: short })}</legend>
                  <DateTimeField
                    id={`${id}-move`}
                    granularity="day"
                    label={t("fieldDate")}
                    value={{ date: moveTo.date, time: "" }}
                    onValueChange={({ date }) => setMoveTo((m) => ({ ...m, date }))}
                    errorId={moveError ? `${id}-move-error` : undefined}
                    fallbackDate={occurrence}
                  />
                  <label>
                    {t("fieldTime")} <input type="time" value={moveTo.time} onChange={(e) => setMoveTo((m) => ({ ...m, time: e.target.value }))} />
                  </label>
                  {moveError && (
                    <p id={`${id}-move-error`} role="alert" data-attune-part="error">
                      {t("error.invalid-date")}
                    </p>
                  )}
                  <Button
                    size="sm"
                    onClick={() => {
                      const r = moveOccurrence(ritual, occurrence, moveTo);
                      setMoveError(!r.ok);
                      if (r.ok) onSave(r.value, "move");
                    }}
                  >
                    {t("moveTo")}
                  </Button>
                </fieldset>
              </>
            )}
            {ritual && (
              <Button size="sm" onClick={() => onSave(setPaused(ritual, !ritual.paused), "save")}>
                {t(ritual.paused ? "resume" : "pause")}
              </Button>
            )}
            <Button size="sm" onClick={() => onExport(original)}>
              {t("exportOne")}
            </Button>
            <Button size="sm" variant="danger" onClick={() => onSave(original, "delete")}>
              {t("delete")}
            </Button>
          </div>
        )}
      </form>
    </DialogContent>
  );
}
