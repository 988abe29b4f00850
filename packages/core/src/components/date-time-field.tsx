import * as React from "react";
import { useAttune } from "../context";
import { dateTimeFormat } from "../format";
import type { Direction } from "../direction";
import type { Message } from "../i18n";
import { coreMessages, type CoreMessageKey } from "../messages";
import { rovingIndex } from "../roving";
import { useControllableState } from "../hooks/use-controllable-state";
import { useComposedRefs } from "../hooks/use-composed-refs";
import { useDirection } from "../hooks/use-direction";
import { useTranslator } from "../hooks/use-translator";
import { Button } from "./button";
import { Dialog, DialogContent, DialogDescription, DialogTitle } from "./dialog";

/* -------------------------------------------------------------------------------------------------
 * Calendar arithmetic on day numbers (days since 1970-01-01, read as UTC: no zone involved)
 * -----------------------------------------------------------------------------------------------*/

const DAY = 864e5;
const dayKey = (n: number): string => new Date(n * DAY).toISOString().slice(0, 10);
/** 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday). */
const weekdayIndex = (n: number): number => (((n + 3) % 7) + 7) % 7;
const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The day number of a "YYYY-MM-DD" text, or undefined for anything else (2026-02-30 included). */
function parseDay(text: unknown): number | undefined {
  if (typeof text !== "string") return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return Math.floor(Date.UTC(year, month - 1, day) / DAY);
}

/** The same day of the month `months` away, clamped to that month's length. */
function shiftMonths(n: number, months: number): number {
  const d = new Date(n * DAY);
  const total = d.getUTCFullYear() * 12 + d.getUTCMonth() + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12;
  return Math.floor(Date.UTC(year, month, Math.min(d.getUTCDate(), daysInMonth(year, month + 1))) / DAY);
}

const dayLabel = (n: number, locale: string) =>
  dateTimeFormat(locale, { timeZone: "UTC", weekday: "long", day: "numeric", month: "long" }).format(n * DAY);

type Overrides = Partial<Record<CoreMessageKey, Message>>;

/* -------------------------------------------------------------------------------------------------
 * CalendarGrid: the APG date picker's month grid
 * -----------------------------------------------------------------------------------------------*/

export interface CalendarGridProps extends Omit<React.HTMLAttributes<HTMLDivElement>, "onSelect"> {
  /** The day focused first ("YYYY-MM-DD"); an invalid text falls back to `selected`, then 2026-01-01. */
  initial?: string;
  /** The chosen day, marked aria-selected. */
  selected?: string;
  /** Called with the day ("YYYY-MM-DD") chosen by Enter, Space or a click. */
  onSelect: (date: string) => void;
  /** Heading level of the month name. @default 3 */
  headingLevel?: 1 | 2 | 3 | 4 | 5 | 6;
  /** Explicit direction for the arrow keys; else the provider's, else the page's. */
  dir?: Direction;
  /** Overrides for the grid's strings. */
  messages?: Overrides;
}

/**
 * A month grid: arrows move by day and week (mirrored right-to-left), PageUp/PageDown by
 * month (with Shift, by year), Home/End to the week's ends, Enter or Space chooses.
 */
export const CalendarGrid = /* @__PURE__ */ React.forwardRef<HTMLDivElement, CalendarGridProps>(function CalendarGrid(
  { initial, selected, onSelect, headingLevel = 3, dir: dirProp, messages, ...rest },
  forwardedRef,
) {
  const { locale } = useAttune();
  const t = useTranslator(coreMessages, messages);
  const [focused, setFocused] = React.useState(() => parseDay(initial) ?? parseDay(selected) ?? parseDay("2026-01-01")!);
  const rootRef = React.useRef<HTMLDivElement>(null);
  const ref = useComposedRefs(forwardedRef, rootRef);
  const dir = useDirection(rootRef, dirProp);
  const moved = React.useRef(false);
  const date = new Date(focused * DAY);
  const first = focused - date.getUTCDate() + 1;
  const gridStart = first - weekdayIndex(first);
  const weeks = Math.ceil((weekdayIndex(first) + daysInMonth(date.getUTCFullYear(), date.getUTCMonth() + 1)) / 7);
  const headingId = React.useId();
  const short = dateTimeFormat(locale, { timeZone: "UTC", weekday: "short" });
  const long = dateTimeFormat(locale, { timeZone: "UTC", weekday: "long" });
  const monthName = dateTimeFormat(locale, { timeZone: "UTC", month: "long", year: "numeric" }).format(first * DAY);
  const selectedDay = parseDay(selected);

  React.useEffect(() => {
    // Focus follows the day the keys moved to (the dialog focuses it on open).
    if (moved.current) rootRef.current?.querySelector<HTMLElement>('[role="gridcell"][tabindex="0"]')?.focus();
  }, [focused]);

  const onKeyDown = (e: React.KeyboardEvent<HTMLTableElement>) => {
    if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
    let next: number | undefined;
    if (e.key.startsWith("Arrow")) {
      // core's one arrow-key map, on a window of days around the focused one: the step is the move.
      const mid = 70;
      const to = rovingIndex(e.key, mid, { count: 2 * mid + 1, columns: 7, dir });
      if (to !== null) next = focused + to - mid;
    } else if (e.key === "Home") next = focused - weekdayIndex(focused);
    else if (e.key === "End") next = focused + 6 - weekdayIndex(focused);
    else if (e.key === "PageUp" || e.key === "PageDown") next = shiftMonths(focused, (e.key === "PageUp" ? -1 : 1) * (e.shiftKey ? 12 : 1));
    else if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      onSelect(dayKey(focused));
      return;
    }
    if (next === undefined) return;
    e.preventDefault();
    moved.current = true;
    setFocused(next);
  };

  const step = (months: number) => {
    moved.current = false;
    setFocused(shiftMonths(focused, months));
  };

  return (
    <div ref={ref} data-attune-part="calendar" {...rest}>
      <div data-attune-part="calendar-header">
        <Button size="sm" variant="ghost" aria-label={t("core.prevMonth")} onClick={() => step(-1)}>
          <span aria-hidden="true" data-attune-part="chevron-start" />
        </Button>
        <div role="heading" aria-level={headingLevel} id={headingId} aria-live="polite" data-attune-part="calendar-title">
          {monthName}
        </div>
        <Button size="sm" variant="ghost" aria-label={t("core.nextMonth")} onClick={() => step(1)}>
          <span aria-hidden="true" data-attune-part="chevron-end" />
        </Button>
      </div>
      <table role="grid" aria-labelledby={headingId} onKeyDown={onKeyDown} data-attune-part="calendar-grid">
        <thead>
          <tr>
            {Array.from({ length: 7 }, (_, i) => (
              // 2024-01-01 was a Monday.
              <th key={i} scope="col" abbr={long.format(Date.UTC(2024, 0, 1 + i))}>
                {short.format(Date.UTC(2024, 0, 1 + i))}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: weeks }, (_, w) => (
            <tr key={w}>
              {Array.from({ length: 7 }, (_, d) => {
                const n = gridStart + w * 7 + d;
                const cell = new Date(n * DAY);
                return (
                  <td
                    key={n}
                    role="gridcell"
                    tabIndex={n === focused ? 0 : -1}
                    aria-selected={n === selectedDay}
                    aria-label={dayLabel(n, locale)}
                    data-outside-month={cell.getUTCMonth() === date.getUTCMonth() ? undefined : ""}
                    data-state={n === selectedDay ? "selected" : undefined}
                    onClick={() => onSelect(dayKey(n))}
                  >
                    {cell.getUTCDate()}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
});

/* -------------------------------------------------------------------------------------------------
 * DateTimeField: a typed date (with the picker dialog) and, unless date-only, a time
 * -----------------------------------------------------------------------------------------------*/

/** What a DateTimeField holds: the texts as typed, so nothing a person types is lost. */
export interface DateTimeFieldValue {
  /** "YYYY-MM-DD" when valid; any text while being typed. */
  date: string;
  /** "HH:mm" when valid; "" for none. Ignored when `granularity` is "day". */
  time: string;
}

export interface DateTimeFieldProps extends Omit<React.HTMLAttributes<HTMLElement>, "defaultValue" | "onChange"> {
  /** The field's visible label: the date input's label when date-only, else the group's legend. */
  label: string;
  /** Controlled value. */
  value?: DateTimeFieldValue;
  /** Initial value when uncontrolled. @default { date: "", time: "" } */
  defaultValue?: DateTimeFieldValue;
  /** Called with the whole value after each edit (typing, choosing a day). */
  onValueChange?: (value: DateTimeFieldValue) => void;
  /** "day" shows the date alone; "minute" adds a time input. @default "minute" */
  granularity?: "day" | "minute";
  /** The month the picker opens on when the date is empty or invalid ("YYYY-MM-DD"). */
  fallbackDate?: string;
  /** Id of an error message: marks the inputs invalid and points at it. */
  errorId?: string;
  /** Id of the date input (the time input adds "-time"). @default a generated id */
  id?: string;
  /** Heading level of the picker's month name. @default 3 */
  headingLevel?: 1 | 2 | 3 | 4 | 5 | 6;
  /** Disables the inputs and the picker button. @default false */
  disabled?: boolean;
  /** Explicit direction for the picker's arrow keys. */
  dir?: Direction;
  /** Overrides for the field's strings. */
  messages?: Overrides;
}

const EMPTY: DateTimeFieldValue = { date: "", time: "" };

/**
 * One date-and-time field: a text input for "YYYY-MM-DD" (typing always works) with a button
 * that opens the APG date picker dialog, plus a native time input. The picker returns focus to
 * its button when it closes.
 */
export const DateTimeField = /* @__PURE__ */ React.forwardRef<HTMLElement, DateTimeFieldProps>(function DateTimeField(
  {
    label,
    value: valueProp,
    defaultValue = EMPTY,
    onValueChange,
    granularity = "minute",
    fallbackDate,
    errorId,
    id: idProp,
    headingLevel,
    disabled,
    dir,
    messages,
    ...rest
  },
  ref,
) {
  const { locale } = useAttune();
  const t = useTranslator(coreMessages, messages);
  const [raw, setValue] = useControllableState({ value: valueProp, defaultValue, onChange: onValueChange, name: "DateTimeField value" });
  // A host may hand over anything: read only text.
  const value: DateTimeFieldValue = {
    date: typeof raw?.date === "string" ? raw.date : "",
    time: typeof raw?.time === "string" ? raw.time : "",
  };
  const [open, setOpen] = React.useState(false);
  const buttonRef = React.useRef<HTMLButtonElement>(null);
  const generated = React.useId();
  const id = idProp ?? generated;
  const day = parseDay(value.date);
  const dateOnly = granularity === "day";
  const invalid = errorId ? true : undefined;

  const dateInput = (
    <div data-attune-part="date-field-row">
      <input
        id={id}
        value={value.date}
        inputMode="numeric"
        autoComplete="off"
        placeholder="YYYY-MM-DD"
        disabled={disabled}
        aria-invalid={invalid}
        aria-describedby={errorId}
        aria-label={dateOnly ? undefined : t("core.date")}
        data-attune-part="date-input"
        onChange={(e) => setValue({ ...value, date: e.target.value })}
      />
      <Dialog open={open} onOpenChange={setOpen}>
        <Button
          ref={buttonRef}
          size="sm"
          disabled={disabled}
          data-attune-part="date-button"
          aria-label={day === undefined ? t("core.chooseDate") : `${t("core.chooseDate")}, ${dayLabel(day, locale)}`}
          aria-haspopup="dialog"
          onClick={() => setOpen(true)}
        >
          <span aria-hidden="true">📅</span>
        </Button>
        {open && (
          <DialogContent
            size="sm"
            data-attune-part="date-picker"
            onOpenAutoFocus={(e) => {
              e.preventDefault();
              (e.currentTarget as HTMLElement).querySelector<HTMLElement>('[role="gridcell"][tabindex="0"]')?.focus();
            }}
            onCloseAutoFocus={(e) => {
              // The button is not a Radix trigger (the dialog is controlled): return focus to it by hand.
              e.preventDefault();
              buttonRef.current?.focus();
            }}
          >
            <DialogTitle>{t("core.pickerTitle")}</DialogTitle>
            <DialogDescription>{t("core.pickerHelp")}</DialogDescription>
            <CalendarGrid
              initial={day === undefined ? fallbackDate : value.date}
              selected={day === undefined ? undefined : value.date}
              headingLevel={headingLevel}
              dir={dir}
              messages={messages}
              onSelect={(d) => {
                setValue({ ...value, date: d });
                setOpen(false);
              }}
            />
            <Button size="sm" onClick={() => setOpen(false)}>
              {t("core.cancel")}
            </Button>
          </DialogContent>
        )}
      </Dialog>
    </div>
  );

  if (dateOnly) {
    return (
      <div ref={ref as React.Ref<HTMLDivElement>} data-attune-part="date-field" data-granularity="day" {...rest}>
        <label htmlFor={id}>{label}</label>
        {dateInput}
      </div>
    );
  }
  return (
    <fieldset ref={ref as React.Ref<HTMLFieldSetElement>} data-attune-part="date-field" data-granularity="minute" disabled={disabled} {...rest}>
      <legend>{label}</legend>
      {dateInput}
      <input
        id={`${id}-time`}
        type="time"
        value={value.time}
        aria-label={t("core.time")}
        aria-invalid={invalid}
        aria-describedby={errorId}
        data-attune-part="time-input"
        onChange={(e) => setValue({ ...value, time: e.target.value })}
      />
    </fieldset>
  );
});
