import * as React from "react";
import { Button, Dialog, DialogContent, DialogDescription, DialogTitle, useAttune, type Translate } from "@attune/core";
import { addMonths, dayKey, dayNumber, daysInMonth, fromDayNumber, isoWeekdayIndex, parseLocalDate } from "./dates";
import { formatDay, formatMonth, weekdayNames } from "./format";
import type { RitualPlannerMessageKey } from "./messages";

/* -------------------------------------------------------------------------------------------------
 * DateField: a text input for "YYYY-MM-DD" plus the APG date picker dialog with a grid
 * -----------------------------------------------------------------------------------------------*/

export interface DateFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  t: Translate<RitualPlannerMessageKey>;
  /** Id of the error message, when there is one. */
  errorId?: string;
  /** Day shown when the field is empty or invalid. */
  fallback: string;
}

export function DateField({ id, label, value, onChange, t, errorId, fallback }: DateFieldProps) {
  const { locale } = useAttune();
  const [open, setOpen] = React.useState(false);
  const buttonRef = React.useRef<HTMLButtonElement>(null);
  const valid = parseLocalDate(value);
  return (
    <div data-attune-part="date-field">
      <label htmlFor={id}>{label}</label>
      <div data-attune-part="date-field-row">
        <input
          id={id}
          value={value}
          inputMode="numeric"
          autoComplete="off"
          placeholder="YYYY-MM-DD"
          aria-invalid={errorId ? true : undefined}
          aria-describedby={errorId}
          onChange={(e) => onChange(e.target.value)}
        />
        <Dialog open={open} onOpenChange={setOpen}>
          <Button
            ref={buttonRef}
            size="sm"
            data-attune-part="date-button"
            aria-label={valid ? `${t("ritualPlanner.chooseDate")}, ${formatDay(value, locale)}` : t("ritualPlanner.chooseDate")}
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
              <DialogTitle>{t("ritualPlanner.pickerTitle")}</DialogTitle>
              <DialogDescription>{t("ritualPlanner.pickerHelp")}</DialogDescription>
              <CalendarGrid
                initial={valid ? value : fallback}
                selected={valid ? value : undefined}
                t={t}
                onSelect={(d) => {
                  onChange(d);
                  setOpen(false);
                }}
              />
              <Button size="sm" onClick={() => setOpen(false)}>
                {t("ritualPlanner.cancel")}
              </Button>
            </DialogContent>
          )}
        </Dialog>
      </div>
    </div>
  );
}

interface CalendarGridProps {
  initial: string;
  selected: string | undefined;
  onSelect: (date: string) => void;
  t: Translate<RitualPlannerMessageKey>;
}

/** A month grid: arrows move by day and week, PageUp/PageDown by month (Shift: year), Home/End to the week's ends. */
export function CalendarGrid({ initial, selected, onSelect, t }: CalendarGridProps) {
  const { locale } = useAttune();
  const [focused, setFocused] = React.useState(() => dayNumber(parseLocalDate(initial) ?? parseLocalDate("2026-01-01")!));
  const gridRef = React.useRef<HTMLTableElement>(null);
  const moved = React.useRef(false);
  const f = fromDayNumber(focused);
  const first = focused - f.day + 1;
  const gridStart = first - isoWeekdayIndex(first);
  const weeks = Math.ceil((isoWeekdayIndex(first) + daysInMonth(f.year, f.month)) / 7);
  const headingId = React.useId();
  const names = weekdayNames(locale, "short");
  const longNames = weekdayNames(locale, "long");

  React.useEffect(() => {
    // Focus follows the day the keys moved to (the dialog focuses it on open).
    if (moved.current) gridRef.current?.querySelector<HTMLElement>('[tabindex="0"]')?.focus();
  }, [focused]);

  const shiftMonths = (n: number) => {
    const m = addMonths(f, n);
    setFocused(dayNumber({ ...m, day: Math.min(f.day, daysInMonth(m.year, m.month)) }));
  };

  const onKeyDown = (e: React.KeyboardEvent) => {
    const side = getComputedStyle(e.currentTarget).direction === "rtl" ? -1 : 1;
    const week = isoWeekdayIndex(focused);
    const months = e.shiftKey ? 12 : 1;
    // Days to move by, a number of months (as [n]), or "select".
    const step = {
      ArrowLeft: -side,
      ArrowRight: side,
      ArrowUp: -7,
      ArrowDown: 7,
      Home: -week,
      End: 6 - week,
      PageUp: [-months],
      PageDown: [months],
      Enter: "select",
      " ": "select",
    }[e.key];
    if (step === undefined) return;
    e.preventDefault();
    moved.current = true;
    if (typeof step === "number") setFocused(focused + step);
    else if (Array.isArray(step)) shiftMonths(step[0]!);
    else onSelect(dayKey(focused));
  };

  return (
    <div data-attune-part="calendar">
      <div data-attune-part="calendar-header">
        <Button size="sm" variant="ghost" aria-label={t("ritualPlanner.prevMonth")} onClick={() => ((moved.current = false), shiftMonths(-1))}>
          <span aria-hidden="true" data-attune-part="chevron-start" />
        </Button>
        <h3 id={headingId} aria-live="polite">
          {formatMonth(f.year, f.month, locale)}
        </h3>
        <Button size="sm" variant="ghost" aria-label={t("ritualPlanner.nextMonth")} onClick={() => ((moved.current = false), shiftMonths(1))}>
          <span aria-hidden="true" data-attune-part="chevron-end" />
        </Button>
      </div>
      <table role="grid" aria-labelledby={headingId} ref={gridRef} onKeyDown={onKeyDown} data-attune-part="calendar-grid">
        <thead>
          <tr>
            {names.map((n, i) => (
              <th key={i} scope="col" abbr={longNames[i]}>
                {n}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: weeks }, (_, w) => (
            <tr key={w}>
              {Array.from({ length: 7 }, (_, d) => {
                const n = gridStart + w * 7 + d;
                const day = fromDayNumber(n);
                const inMonth = day.month === f.month;
                const iso = dayKey(n);
                return (
                  <td
                    key={n}
                    role="gridcell"
                    tabIndex={n === focused ? 0 : -1}
                    aria-selected={iso === selected}
                    aria-label={formatDay(iso, locale)}
                    data-outside-month={inMonth ? undefined : ""}
                    onClick={() => onSelect(iso)}
                  >
                    {day.day}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
