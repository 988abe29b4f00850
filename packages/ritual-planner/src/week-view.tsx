import * as React from "react";
import { Button, rovingIndex, useComposedRefs, useDirection } from "@attune/core";
import { agreementStatus } from "./agreement";
import { ItemContent, openOccurrence } from "./agenda-view";
import { dayKey } from "./dates";
import { formatDay } from "./format";
import { usePlannerContext } from "./planner-root";

export interface WeekViewProps extends React.HTMLAttributes<HTMLDivElement> {
  /** Level of the week's heading. @default 3 */
  headingLevel?: 1 | 2 | 3 | 4 | 5 | 6;
}

/**
 * Seven days as a grid: Left/Right move between days (mirrored right-to-left), Up/Down between
 * a day and its items, Home/End to the week's ends, PageUp/PageDown by a week. The markup is
 * time-ordered within each day and carries `data-layout-hint` so a container query can lay the
 * days out as a list at narrow widths without changing the reading order.
 */
export const WeekView = /* @__PURE__ */ React.forwardRef<HTMLDivElement, WeekViewProps>(function WeekView({ headingLevel = 3, ...rest }, ref) {
  const planner = usePlannerContext("WeekView");
  const { t, locale, week } = planner;
  const [pos, setPos] = React.useState<[number, number]>([0, -1]);
  const gridRef = React.useRef<HTMLDivElement>(null);
  const rootRef = React.useRef<HTMLDivElement>(null);
  const refs = useComposedRefs(ref, rootRef);
  const dir = useDirection(rootRef);
  const focusNext = React.useRef(false);

  React.useEffect(() => {
    if (!focusNext.current) return;
    focusNext.current = false;
    gridRef.current?.querySelector<HTMLElement>('[tabindex="0"]')?.focus();
  });

  if (!week) return <div ref={refs} data-attune-part="week" aria-busy="true" {...rest} />;
  const byDay = week.days;
  const [col, row] = pos;
  const rowIn = Math.min(row, byDay[col]!.length - 1);

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
    const last = byDay[col]!.length - 1;
    let to: [number, number] | number | undefined;
    if (e.key === "ArrowLeft" || e.key === "ArrowRight") {
      const c = rovingIndex(e.key, col, { count: 7, orientation: "horizontal", dir });
      if (c !== null) to = [c, rowIn];
    } else if (e.key === "ArrowDown") to = [col, Math.min(rowIn + 1, last)];
    else if (e.key === "ArrowUp") to = [col, Math.max(-1, rowIn - 1)];
    else if (e.key === "Home") to = [0, -1];
    else if (e.key === "End") to = [6, -1];
    else if (e.key === "PageUp") to = -1;
    else if (e.key === "PageDown") to = 1;
    if (to === undefined) return;
    e.preventDefault();
    focusNext.current = true;
    if (typeof to === "number") planner.moveWeek(to);
    else setPos(to);
  };

  const label = t("weekLabel", { date: formatDay(dayKey(week.start), locale) });
  const busiest = Math.max(...byDay.map((d) => d.length));
  return (
    <div ref={refs} data-attune-part="week" data-busiest-day={busiest} {...rest}>
      <div data-attune-part="week-nav">
        <Button size="sm" variant="ghost" aria-label={t("prevWeek")} onClick={planner.previousWeek}>
          <span aria-hidden="true" data-attune-part="chevron-start" />
        </Button>
        <div role="heading" aria-level={headingLevel} aria-live="polite" data-attune-part="week-title">
          {label}
        </div>
        <Button size="sm" variant="ghost" aria-label={t("nextWeek")} onClick={planner.nextWeek}>
          <span aria-hidden="true" data-attune-part="chevron-end" />
        </Button>
      </div>
      <div role="grid" aria-label={label} ref={gridRef} onKeyDown={onKeyDown} data-attune-part="week-grid" data-layout-hint={busiest > 3 ? "list" : "columns"}>
        <div role="row" data-attune-part="week-head">
          {byDay.map((_, i) => (
            <div role="columnheader" key={i} data-attune-part="week-day-name">
              {formatDay(dayKey(week.start + i), locale, "short")}
            </div>
          ))}
        </div>
        <div role="row" data-attune-part="week-body">
          {byDay.map((list, c) => (
            <div
              role="gridcell"
              key={c}
              tabIndex={c === col && rowIn < 0 ? 0 : -1}
              aria-label={list.length === 0 ? `${formatDay(dayKey(week.start + c), locale)}: ${t("nothingThisDay")}` : undefined}
              data-attune-part="week-day"
              data-state={list.length === 0 ? "empty" : "planned"}
              data-date={dayKey(week.start + c)}
              // The day itself is row -1; an item is its place in the day.
              onFocus={(e) => setPos([c, [...e.currentTarget.querySelectorAll<Element>("button")].indexOf(e.target as Element)])}
            >
              {/* Shown in the compact list layout, where the column header is hidden. */}
              <span aria-hidden="true" data-attune-part="week-day-label">
                {formatDay(dayKey(week.start + c), locale, "short")}
              </span>
              {list.map((item, r) => (
                <button
                  key={`${item.planId}-${item.originalDate}`}
                  type="button"
                  tabIndex={c === col && r === rowIn ? 0 : -1}
                  data-attune-part="item"
                  data-status={agreementStatus(item.plan)}
                  onClick={() => openOccurrence(planner, item)}
                >
                  <ItemContent planner={planner} item={item} />
                </button>
              ))}
            </div>
          ))}
        </div>
      </div>
    </div>
  );
});
