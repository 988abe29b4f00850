import * as React from "react";
import { Button, LiveRegion } from "@attune/core";
import { Agenda, AgendaItem } from "./agenda-view";
import { ExportButton } from "./export-button";
import { formatDateTime, titleOf } from "./format";
import { NextRitual } from "./next-ritual";
import { PlanDialog, preloadPlanDialog } from "./plan-dialog";
import { PlannerRoot, usePlannerContext, type PlannerRootProps } from "./planner-root";
import { WeekView } from "./week-view";

export interface RitualPlannerProps extends Omit<PlannerRootProps, "planner" | "children"> {
  /** Level of the planner's title; the parts' headings sit one below. @default 2 */
  headingLevel?: 1 | 2 | 3 | 4 | 5;
}

/** Plan time apart with an agreed return, and keep regular rituals of connection. */
export const RitualPlanner = /* @__PURE__ */ React.forwardRef<HTMLElement, RitualPlannerProps>(function RitualPlanner(
  { headingLevel = 2, ...props },
  ref,
) {
  const titleId = React.useId();
  return (
    <PlannerRoot ref={ref} aria-labelledby={titleId} {...props}>
      <Body titleId={titleId} level={headingLevel} />
    </PlannerRoot>
  );
});

function Body({ titleId, level }: { titleId: string; level: number }) {
  const planner = usePlannerContext("RitualPlanner");
  const { t, view, locale } = planner;
  const newButton = React.useRef<HTMLButtonElement>(null);
  const sub = Math.min(level + 1, 6) as 2 | 3 | 4 | 5 | 6;
  const returnTime = planner.returnTime;
  return (
    <>
      <header data-attune-part="header">
        <div role="heading" aria-level={level} id={titleId} data-attune-part="title">
          {t("title")}
        </div>
        <div role="group" aria-label={t("views")} data-attune-part="view-switch">
          {(["agenda", "week"] as const).map((v) => (
            <Button key={v} size="sm" variant={view === v ? "primary" : "ghost"} aria-pressed={view === v} onClick={() => planner.setView(v)}>
              {t(v === "agenda" ? "viewAgenda" : "viewWeek")}
            </Button>
          ))}
        </div>
        <div data-attune-part="actions">
          <Button ref={newButton} variant="primary" data-attune-part="new" onPointerEnter={() => void preloadPlanDialog().catch(() => {})} onClick={() => planner.openNew()}>
            {t("new")}
          </Button>
          <ExportButton />
        </div>
      </header>
      <NextRitual headingLevel={sub} />
      {returnTime && planner.viewerZone && (
        <p data-attune-part="return-offer">
          {t("returnTime", { time: formatDateTime(Date.parse(returnTime.at), planner.viewerZone, locale) })}{" "}
          <Button size="sm" onClick={() => planner.openNew("apart", returnTime)}>
            {t("planReturn")}
          </Button>
        </p>
      )}
      {planner.invalid.length > 0 && (
        <div data-attune-part="invalid" role="note">
          <p>{t("invalidPlans", { count: planner.invalid.length })}</p>
          {planner.invalid.slice(0, 5).map(({ id, plan }) =>
            plan ? (
              <Button key={id} size="sm" onClick={() => planner.openPlan(plan)}>
                {typeof plan.title === "string" && plan.title.trim() ? t("fixPlan", { title: plan.title }) : t("fixUntitled")}
              </Button>
            ) : null,
          )}
        </div>
      )}
      {planner.paused.length > 0 && (
        <ul role="list" data-attune-part="paused">
          {planner.paused.map((p) => (
            <li key={p.id}>
              <Button size="sm" variant="ghost" onClick={() => planner.openPlan(p)}>
                {t("paused")}: {titleOf(p, t)}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {view === "agenda" ? <Agenda headingLevel={sub} /> : <WeekView headingLevel={sub} />}
      <LiveRegion message={planner.announcement} />
      <PlanDialog fallbackFocus={newButton} />
    </>
  );
}

/** The parts, as one namespace (each is also a named export). */
export const Planner = {
  Root: PlannerRoot,
  NextRitual,
  Agenda,
  AgendaItem,
  WeekView,
  PlanDialog,
  ExportButton,
};
