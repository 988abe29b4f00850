import * as React from "react";
import { formatDateTime, formatTime, howLabel, titleOf } from "./format";
import { usePlannerContext } from "./planner-root";

export interface NextRitualProps extends React.HTMLAttributes<HTMLElement> {
  /** Level of the "Next" heading. @default 3 */
  headingLevel?: 1 | 2 | 3 | 4 | 5 | 6;
}

/**
 * A compact "next ritual" summary: the next plan in the agenda's window, its day and time
 * (and the partner's time when their zone differs), or a calm line when nothing is planned.
 */
export const NextRitual = /* @__PURE__ */ React.forwardRef<HTMLElement, NextRitualProps>(function NextRitual(
  { headingLevel = 3, ...rest },
  ref,
) {
  const planner = usePlannerContext("NextRitual");
  const { t, locale, next, viewerZone, partnerZone, ready } = planner;
  const headingId = React.useId();
  return (
    <section ref={ref} aria-labelledby={headingId} data-attune-part="next" data-state={!ready ? "loading" : next ? "planned" : "empty"} {...rest}>
      <div role="heading" aria-level={headingLevel} id={headingId} data-attune-part="next-label">
        {t("nextRitual")}
      </div>
      {next && viewerZone ? (
        <p data-attune-part="next-body">
          <span data-attune-part="next-title">{titleOf(next.plan, t)}</span>{" "}
          <time data-attune-part="next-time" dateTime={new Date(next.start).toISOString()}>
            {formatDateTime(next.start, viewerZone, locale)}
          </time>
          {partnerZone && <span data-attune-part="partner-time"> · {t("partnerTime", { time: formatTime(next.start, partnerZone, locale, true) })}</span>}
          {howLabel(next.plan.how, t) && <span data-attune-part="next-how"> · {howLabel(next.plan.how, t)}</span>}
        </p>
      ) : (
        ready && <p data-attune-part="next-body">{t("nextNone")}</p>
      )}
    </section>
  );
});
