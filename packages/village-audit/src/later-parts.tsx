import * as React from "react";
import { Button, Heading, dateTimeFormat, useAttune } from "@attune/core";
import { restsOnPartnerAlone } from "./logic";
import { listFormat, useVillage, type VillageAuditPictureProps } from "./village-audit";

// Loaded by Root in "./village-audit" once the audit has a need (or the host passes an earlier
// audit): the picture, the plan for this week and what changed since last time. The parts of the
// same names there render these.

/* -------------------------------------------------------------------------------------------
 * The picture
 * -----------------------------------------------------------------------------------------*/

const SIZE = 320;
const CENTER = SIZE / 2;

/**
 * The village drawn around "me": each need on a ring with a dot for everyone who meets it.
 * Needs that rest on the partner alone get a soft halo, not a warning colour. Hidden from
 * assistive technology: the Table part carries the same facts.
 */
export const Picture = /* @__PURE__ */ React.forwardRef<SVGSVGElement, VillageAuditPictureProps>(function VillageAuditPicture(props, ref) {
  const { t, audit, needLabel } = useVillage("Picture");
  const count = audit.needs.length;
  if (count === 0) return null;
  return (
    <svg {...props} ref={ref} viewBox={`0 0 ${SIZE} ${SIZE}`} aria-hidden="true" focusable="false" data-attune-part="picture">
      {audit.needs.map((need, i) => {
        const angle = (i / count) * 2 * Math.PI - Math.PI / 2;
        const x = CENTER + Math.cos(angle) * 112;
        const y = CENTER + Math.sin(angle) * 112;
        const alone = restsOnPartnerAlone(need);
        const label = needLabel(need);
        return (
          <g key={need.id} data-attune-part="picture-need" data-partner-alone={alone ? "" : undefined}>
            <line x1={CENTER} y1={CENTER} x2={x} y2={y} data-attune-part="picture-link" />
            {alone ? <circle cx={x} cy={y} r={30} data-attune-part="picture-halo" /> : null}
            <circle cx={x} cy={y} r={20} data-attune-part="picture-node" />
            {need.sources.slice(0, 8).map((s, j) => {
              const a = angle + ((j - (Math.min(need.sources.length, 8) - 1) / 2) * Math.PI) / 7;
              return (
                <circle
                  key={s}
                  cx={x + Math.cos(a) * 24}
                  cy={y + Math.sin(a) * 24}
                  r={4.5}
                  data-attune-part="picture-source"
                  data-source={s === "partner" ? "partner" : "village"}
                />
              );
            })}
            <text x={x} y={y + (y >= CENTER ? 40 : -34)} textAnchor="middle" data-attune-part="picture-label">
              {label.length > 18 ? `${label.slice(0, 17)}…` : label}
            </text>
          </g>
        );
      })}
      <circle cx={CENTER} cy={CENTER} r={30} data-attune-part="picture-me" />
      <text x={CENTER} y={CENTER} textAnchor="middle" dominantBaseline="central" data-attune-part="picture-me-label">
        {t("villageAudit.pictureMe")}
      </text>
    </svg>
  );
});


/* -------------------------------------------------------------------------------------------
 * The plan for this week
 * -----------------------------------------------------------------------------------------*/

/** Pick one need, who could I ask and when; saving hands the plan to the host. */
export const Plan = /* @__PURE__ */ React.forwardRef<HTMLFormElement, React.FormHTMLAttributes<HTMLFormElement>>(function VillageAuditPlan(props, ref) {
  const { t, id, headingLevel, audit, needLabel, setPlan, savePlan, planStatus, canPlanTimeApart } = useVillage("Plan");
  if (audit.needs.length === 0) return null;
  const plan = audit.plan ?? { needId: "", who: "", when: "" };
  return (
    <form
      {...props}
      ref={ref}
      aria-labelledby={`${id}-plan`}
      data-attune-part="plan"
      data-state={planStatus}
      onSubmit={(event) => {
        props.onSubmit?.(event);
        if (event.defaultPrevented) return;
        event.preventDefault();
        savePlan("ask");
      }}
    >
      <Heading level={headingLevel + 1} id={`${id}-plan`}>
        {t("villageAudit.planHeading")}
      </Heading>
      <fieldset data-attune-part="plan-needs">
        <legend>{t("villageAudit.planNeed")}</legend>
        {audit.needs.map((need) => (
          <label key={need.id} data-attune-part="plan-need">
            <input type="radio" name={`${id}-plan-need`} checked={plan.needId === need.id} onChange={() => setPlan({ needId: need.id })} />
            <span>{needLabel(need)}</span>
          </label>
        ))}
      </fieldset>
      <label htmlFor={`${id}-plan-who`}>{t("villageAudit.planWho")}</label>
      <input id={`${id}-plan-who`} type="text" value={plan.who} maxLength={120} onChange={(e) => setPlan({ who: e.target.value })} />
      <label htmlFor={`${id}-plan-when`}>{t("villageAudit.planWhen")}</label>
      <input id={`${id}-plan-when`} type="text" value={plan.when} maxLength={120} onChange={(e) => setPlan({ when: e.target.value })} />
      {planStatus === "missing" ? <p data-attune-part="plan-missing">{t("villageAudit.planMissing")}</p> : null}
      <span data-attune-part="plan-actions">
        <Button type="submit" variant="primary">
          {t("villageAudit.planSave")}
        </Button>
        {canPlanTimeApart ? (
          <Button onClick={() => savePlan("time-apart")}>{t("villageAudit.planTimeApart")}</Button>
        ) : null}
      </span>
    </form>
  );
});

/* -------------------------------------------------------------------------------------------
 * What changed since last time
 * -----------------------------------------------------------------------------------------*/

/** What changed since the previous audit (shown only when the host passes one). */
export const Changes = /* @__PURE__ */ React.forwardRef<HTMLDivElement, React.HTMLAttributes<HTMLDivElement>>(function VillageAuditChanges(props, ref) {
  const { t, id, headingLevel, changes, previous, audit, needLabel, sourceLabel, partnerInText } = useVillage("Changes");
  const { locale } = useAttune();
  if (!changes || !previous) return null;
  const find = (needId: string) => audit.needs.find((n) => n.id === needId) ?? previous.needs.find((n) => n.id === needId);
  const lines: string[] = [];
  for (const c of changes.changes) {
    const need = find(c.needId);
    if (!need) continue;
    const label = needLabel(need);
    if (c.kind === "added") lines.push(t("villageAudit.changeAdded", { need: label }));
    else if (c.kind === "removed") lines.push(t("villageAudit.changeRemoved", { need: label }));
    else {
      if (c.gained.length) lines.push(t("villageAudit.changeGained", { need: label, who: listFormat(locale, c.gained.map(sourceLabel)) }));
      if (c.lost.length) lines.push(t("villageAudit.changeLost", { need: label, who: listFormat(locale, c.lost.map(sourceLabel)) }));
    }
  }
  // Dates are formatted in UTC from the stored instant's calendar day, so server and client agree.
  const date = dateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }).format(previous.date);
  return (
    <div {...props} ref={ref} aria-labelledby={`${id}-changes`} role="group" data-attune-part="changes">
      <Heading level={headingLevel + 1} id={`${id}-changes`}>
        {t("villageAudit.changesHeading", { date })}
      </Heading>
      {lines.length ? (
        <ul>
          {lines.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      ) : (
        <p>{t("villageAudit.noChanges")}</p>
      )}
      {changes.partnerAloneBefore !== changes.partnerAloneNow ? (
        <p>{t("villageAudit.changePartnerAlone", { partner: partnerInText, before: changes.partnerAloneBefore, now: changes.partnerAloneNow })}</p>
      ) : null}
    </div>
  );
});
