import * as React from "react";
import { Button, DateTimeField, Dialog, DialogContent, DialogDescription, DialogTitle, useAttune } from "@attune/core";
import { accept, agreementStatus, canRespond, propose, suggestChange } from "./agreement";
import { WEEKDAYS } from "./dates";
import { RITUAL_LIBRARY, planFromDraft, type Draft, type DraftError } from "./draft";
import { formatDay, formatTime, statusText, weekdayNames } from "./format";
import { dialogMessages } from "./dialog-messages";
import type { ShortKey } from "./messages";
import { plannerDefaults, prefixed } from "./planner-defaults";
import { expandRitual, moveOccurrence, setPaused, skipOccurrence } from "./recurrence";
import { breakGuidance } from "./time-apart";
import type { Plan } from "./types";
import type { PlannerSaveKind, RitualPlannerState, T } from "./use-ritual-planner";

/* -------------------------------------------------------------------------------------------------
 * The plan dialog's content: create and edit, agreement actions, skip or move one, pause,
 * export, delete. Loaded on first use (PlanDialog imports it dynamically), with core's Dialog.
 * -----------------------------------------------------------------------------------------------*/

// The dialog's strings load with it: from here on every planner's `t` has them as defaults
// (a host's and the provider's messages still come first).
Object.assign(plannerDefaults, prefixed(dialogMessages));

type SaveKind = PlannerSaveKind;

interface PlanFormProps {
  /** The host's ref and props for the dialog element (PlanDialog forwards them). */
  contentRef?: React.Ref<HTMLDivElement>;
  contentProps?: React.HTMLAttributes<HTMLDivElement>;
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

function PlanForm({ draft: initial, original, occurrence, t, now, getNow, onClose, onSave, onExport, onCloseAutoFocus, contentRef, contentProps }: PlanFormProps) {
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
    onSave(kind === "propose" ? propose(plan, "me") : kind === "accept" ? accept(plan, "me") : kind === "suggest" ? suggestChange(plan, "me", note) : plan, kind);
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
    <DialogContent {...contentProps} ref={contentRef} size="lg" data-attune-part="plan-dialog" onCloseAutoFocus={onCloseAutoFocus}>
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

/** The dialog around the form, wired to the planner state; focus returns where it came from. */
export default function PlanDialogContent({
  planner,
  onCloseFocus,
  contentRef,
  contentProps,
}: {
  planner: RitualPlannerState;
  onCloseFocus: () => void;
  contentRef?: React.Ref<HTMLDivElement>;
  contentProps?: React.HTMLAttributes<HTMLDivElement>;
}) {
  const { editing, t } = planner;
  return (
    <Dialog open={!!editing} onOpenChange={(o) => !o && planner.closeEditor()}>
      {editing && (
        <PlanForm
          key={editing.draft.id}
          {...editing}
          contentRef={contentRef}
          contentProps={contentProps}
          t={t}
          now={planner.now ?? planner.clock()}
          getNow={planner.clock}
          onClose={planner.closeEditor}
          onSave={(plan, kind) => planner.commit(plan, kind, editing.occurrence)}
          onExport={(plan) => void planner.exportPlans([plan], typeof plan.title === "string" ? plan.title : t("untitled"))}
          onCloseAutoFocus={(e) => {
            e.preventDefault();
            onCloseFocus();
          }}
        />
      )}
    </Dialog>
  );
}
