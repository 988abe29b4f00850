import * as React from "react";
import { useAttune } from "../context";
import { dateTimeFormat } from "../format";
import type { Direction } from "../direction";
import type { Message } from "../i18n";
import { coreMessages, type CoreMessageKey } from "../messages";
import { rovingIndex } from "../roving";
import { useComposedRefs } from "../hooks/use-composed-refs";
import { useDirection } from "../hooks/use-direction";
import { useTranslator } from "../hooks/use-translator";
import { Button } from "./button";

/* -------------------------------------------------------------------------------------------------
 * Calendar arithmetic on day numbers (days since 1970-01-01, read as UTC: no zone involved)
 * -----------------------------------------------------------------------------------------------*/

const DAY = 864e5;
const dayKey = (n: number): string => new Date(n * DAY).toISOString().slice(0, 10);
/** 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday). */
const weekdayIndex = (n: number): number => (((n + 3) % 7) + 7) % 7;
const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The day number of a "YYYY-MM-DD" text, or undefined for anything else (2026-02-30 included). */
export function parseDay(text: unknown): number | undefined {
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

export const dayLabel = (n: number, locale: string) =>
  dateTimeFormat(locale, { timeZone: "UTC", weekday: "long", day: "numeric", month: "long" }).format(n * DAY);

export type Overrides = Partial<Record<CoreMessageKey, Message>>;

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
