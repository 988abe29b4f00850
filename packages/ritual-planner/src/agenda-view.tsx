import * as React from "react";
import { useComposedRefs, useRovingFocus } from "@attune/core";
import { agreementStatus } from "./agreement";
import type { AgendaEntry, AgendaItem as AgendaOccurrence } from "./agenda";
import { formatDay, formatTime, howLabel, statusText, titleOf } from "./format";
import { usePlannerContext } from "./planner-root";
import type { RitualPlannerState } from "./use-ritual-planner";

/** How many later occurrences a grouped ritual lists. */
const MORE = 3;

type RovingItemProps = (index: number) => { "data-attune-roving-item": string; tabIndex: number; onFocus: () => void };
/** The agenda's roving tab stop, for the items inside it. */
const RovingContext = /* @__PURE__ */ React.createContext<RovingItemProps | null>(null);

/** Times of an occurrence: the viewer's, and the partner's when their zone differs. */
export function Times({ planner, start }: { planner: RitualPlannerState; start: number }) {
  const { t, locale, viewerZone, partnerZone } = planner;
  return (
    <span data-attune-part="times">
      <time dateTime={new Date(start).toISOString()}>{formatTime(start, viewerZone ?? "UTC", locale)}</time>
      {partnerZone && <span data-attune-part="partner-time"> · {t("partnerTime", { time: formatTime(start, partnerZone, locale, true) })}</span>}
    </span>
  );
}

/** What an occurrence button says: time, title, how, agreement, and any note about this one. */
export function ItemContent({ planner, item }: { planner: RitualPlannerState; item: AgendaOccurrence }) {
  const { t, locale } = planner;
  const { plan } = item;
  const how = howLabel(plan.how, t);
  return (
    <>
      <Times planner={planner} start={item.start} />
      <span data-attune-part="item-title">{titleOf(plan, t)}</span>
      {how && <span data-attune-part="item-how">{how}</span>}
      <span data-attune-part="item-status">{statusText(plan, t)}</span>
      {item.moved && <span data-attune-part="item-note">{t("moved")}</span>}
      {item.adjustment !== "none" && (
        <span data-attune-part="item-note">
          {t(item.adjustment === "gap" ? "adjustedGap" : "adjustedOverlap", { time: formatTime(item.start, plan.timeZone, locale) })}
        </span>
      )}
    </>
  );
}

/** Opens an occurrence: a recurring ritual's opens that date (to skip or move it). */
export const openOccurrence = (planner: RitualPlannerState, item: AgendaOccurrence) =>
  planner.openPlan(item.plan, item.plan.kind === "ritual" && item.plan.recurrence ? item.originalDate : undefined);

/* -------------------------------------------------------------------------------------------------
 * AgendaItem: one entry (a plan, and for a recurring ritual its next few times)
 * -----------------------------------------------------------------------------------------------*/

export interface AgendaItemProps extends React.HTMLAttributes<HTMLLIElement> {
  /** The entry, from the planner's `entries`. */
  entry: AgendaEntry;
  /** Index of the entry's first button among the agenda's (set by `Agenda`). @default 0 */
  index?: number;
}

export const AgendaItem = /* @__PURE__ */ React.forwardRef<HTMLLIElement, AgendaItemProps>(function AgendaItem({ entry, index = 0, ...rest }, ref) {
  const planner = usePlannerContext("AgendaItem");
  const roving = React.useContext(RovingContext);
  const { t, locale } = planner;
  const [first, ...later] = entry.items;
  if (!first) return null;
  const shown = later.slice(0, MORE);
  const zone = planner.viewerZone ?? "UTC";
  const usual = formatTime(first.start, zone, locale);
  return (
    <li ref={ref} data-attune-part="entry" data-recurring={later.length ? "" : undefined} {...rest}>
      <button
        type="button"
        data-attune-part="item"
        data-status={agreementStatus(first.plan)}
        {...(roving ? roving(index) : {})}
        onClick={() => openOccurrence(planner, first)}
      >
        <ItemContent planner={planner} item={first} />
      </button>
      {later.length > 0 && (
        <div data-attune-part="more">
          <span data-attune-part="more-label">{t("moreTimes", { count: later.length })}</span>
          <ul role="list">
            {shown.map((item, i) => {
              const time = formatTime(item.start, zone, locale);
              return (
                <li key={item.originalDate}>
                  <button type="button" data-attune-part="occurrence" {...(roving ? roving(index + 1 + i) : {})} onClick={() => openOccurrence(planner, item)}>
                    <time dateTime={new Date(item.start).toISOString()}>{formatDay(item.originalDate, locale, "short")}</time>
                    {/* The time only when it is not the usual one (a clock change, a different zone offset). */}
                    {time !== usual && <> {time}</>}
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </li>
  );
});

/** Buttons an entry renders (for the agenda's running index). */
export const entryButtons = (entry: AgendaEntry) => 1 + Math.min(entry.items.length - 1, MORE);

/* -------------------------------------------------------------------------------------------------
 * Agenda: days with their entries; one tab stop, Up/Down/Home/End move between buttons
 * -----------------------------------------------------------------------------------------------*/

export interface AgendaProps extends React.HTMLAttributes<HTMLDivElement> {
  /** Level of each day's heading. @default 3 */
  headingLevel?: 1 | 2 | 3 | 4 | 5 | 6;
}

export const Agenda = /* @__PURE__ */ React.forwardRef<HTMLDivElement, AgendaProps>(function Agenda({ headingLevel = 3, onKeyDown, ...rest }, ref) {
  const planner = usePlannerContext("Agenda");
  const { t, locale, entries, ready } = planner;
  const roving = useRovingFocus<HTMLDivElement>({ orientation: "vertical" });
  const refs = useComposedRefs(ref, roving.ref);
  const total = entries.reduce((n, d) => n + d.entries.reduce((m, e) => m + entryButtons(e), 0), 0);
  const active = Math.min(roving.active, Math.max(0, total - 1));
  const itemProps = React.useCallback((i: number) => roving.itemProps(i, i === active), [roving, active]);
  if (ready && entries.length === 0) return <p data-attune-part="empty">{t("empty")}</p>;
  let index = 0;
  return (
    <div
      ref={refs}
      role="region"
      aria-label={t("agendaLabel")}
      aria-busy={ready ? undefined : true}
      data-attune-part="agenda"
      {...rest}
      onKeyDown={(e) => {
        onKeyDown?.(e);
        roving.onKeyDown(e);
      }}
    >
      <RovingContext.Provider value={itemProps}>
        {entries.map((day) => (
          <section key={day.date} data-attune-part="day">
            <div role="heading" aria-level={headingLevel} data-attune-part="day-heading">
              {formatDay(day.date, locale)}
            </div>
            <ul role="list">
              {day.entries.map((entry) => {
                const start = index;
                index += entryButtons(entry);
                return <AgendaItem key={`${entry.planId}-${entry.items[0]!.originalDate}`} entry={entry} index={start} />;
              })}
            </ul>
          </section>
        ))}
      </RovingContext.Provider>
    </div>
  );
});
