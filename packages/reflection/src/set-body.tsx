import * as React from "react";
import { Button, Heading, type ErrorHandler, type Translate } from "@attune/core";
import type { NeedsSpectrumProps } from "@attune/needs-spectrum";
import type { ReflectionMessageKey } from "./messages";
import { isAnswered, leanZone, type Parsed, type ReflectionAnswer, type ReflectionDraft, type ReflectionSet, type ReflectionShare, type ReflectionStep } from "./model";
import { buildShare, shareToText } from "./share";
import { useCtx, type ReflectionPreviewProps, type ReflectionShareSwitchProps } from "./reflection";
import type { ReflectionState, UseReflectionProps } from "./use-reflection";

// Loaded by useReflection the first time a set is open (a step or the summary shows), or by
// ShareSwitch and Preview outside an open set: the answer fields, the hints, the share switch,
// the summary's answers and the preview, and the hook's sharing (the partner check, the
// preview and its text, the reveal rule, sending).

export { parseReflectionShare } from "./share";

/**
 * The sharing of an open set: the preview of exactly what Share sends, its text, and the
 * partner's share by the reveal rule (the spectrum's): their answers show only once I have
 * shared this set too; until then only that they are waiting.
 */
export function sharing(set: ReflectionSet, answers: Record<string, ReflectionAnswer>, sent: readonly string[], partner: Parsed<ReflectionShare> | undefined, lean: (value: number) => string) {
  const preview = buildShare(set, answers);
  const theirs = partner?.ok && partner.value.setId === set.id ? partner.value : undefined;
  const mine = sent.includes(set.id);
  return { preview, previewText: shareToText(preview, lean), partner: mine ? theirs : undefined, partnerWaiting: !mine && !!theirs };
}

/**
 * useReflection's `share`: hands the preview and its text to the host's onShare. A promise
 * shows "sending"; then "shared" (the set is marked as sent) or "failed" (reported as
 * callback-rejected, every answer kept). A synchronous onShare is shared at once, a throw fails.
 */
export function send(s: {
  onShare: UseReflectionProps["onShare"];
  sharing: ReturnType<typeof sharing>;
  setStatus: (status: ReflectionState["status"]) => void;
  setAnnouncement: (text: string) => void;
  update: (change: (d: ReflectionDraft) => ReflectionDraft) => void;
  t: Translate<ReflectionMessageKey>;
  report: ErrorHandler;
}): void {
  const { onShare, setStatus, setAnnouncement, t } = s;
  const { preview, previewText } = s.sharing;
  if (!onShare || !preview.answers.length) return;
  const setId = preview.setId;
  const done = () => {
    setStatus("shared");
    setAnnouncement(t("reflection.shared"));
    s.update((d) => (d.sent.includes(setId) ? d : { ...d, sent: [...d.sent, setId] }));
  };
  const fail = (cause: unknown) => {
    setStatus("failed");
    setAnnouncement(t("reflection.shareFailed"));
    s.report({ code: "callback-rejected", message: "Reflection onShare failed.", cause });
  };
  try {
    const result = onShare(preview, previewText);
    if (result && typeof result.then === "function") {
      setStatus("sending");
      result.then(done, fail);
    } else done();
  } catch (cause) {
    fail(cause);
  }
}

/* -------------------------------------------------------------------------------------------
 * Step: the answer field, its hints and its share switch
 * -----------------------------------------------------------------------------------------*/

/** What goes between a step's prompt and its Back / Next: the answer, the hints, the share switch. */
export function StepBody({ step, labelledBy, describedBy }: { step: ReflectionStep; labelledBy: string; describedBy?: string }) {
  return (
    <>
      <Answer step={step} labelledBy={labelledBy} describedBy={describedBy} />
      {step.hints?.length ? <Hints step={step} /> : null}
      <ShareSwitch stepId={step.id} />
    </>
  );
}

function Answer({ step, labelledBy, describedBy }: { step: ReflectionStep; labelledBy: string; describedBy?: string }) {
  const { answers, setAnswer, id } = useCtx("Answer");
  const value = answers[step.id]?.value;
  if (step.kind === "choice") {
    return (
      <div role="radiogroup" aria-labelledby={labelledBy} aria-describedby={describedBy} data-attune-part="choices">
        {step.options!.map((o) => (
          <label key={o.id} data-attune-part="choice" data-state={value === o.id ? "checked" : "unchecked"}>
            <input type="radio" name={`${id}-${step.id}`} value={o.id} checked={value === o.id} onChange={() => setAnswer(step.id, o.id)} />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
    );
  }
  if (step.kind === "lean") return <Lean step={step} value={typeof value === "number" ? value : undefined} describedBy={describedBy} />;
  return (
    <textarea
      data-attune-part="text"
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      rows={4}
      maxLength={4000}
      value={typeof value === "string" ? value : ""}
      onChange={(e) => setAnswer(step.id, e.target.value)}
    />
  );
}

// NeedsSpectrum arrives through a dynamic import, so a page pays for it only when a set asks
// for a lean; a native range input with the same label stands in until then.
let spectrum: React.ComponentType<NeedsSpectrumProps> | undefined;

function Lean({ step, value, describedBy }: { step: ReflectionStep; value: number | undefined; describedBy?: string }) {
  const { t, setAnswer, report } = useCtx("Lean");
  const [Spectrum, setSpectrum] = React.useState(() => spectrum);
  React.useEffect(() => {
    if (Spectrum) return;
    let live = true;
    import("@attune/needs-spectrum").then(
      (m) => {
        spectrum = m.NeedsSpectrum;
        if (live) setSpectrum(() => m.NeedsSpectrum);
      },
      (cause: unknown) => report({ code: "invalid-data", message: "Reflection could not load NeedsSpectrum; the plain slider stays.", cause }),
    );
    return () => {
      live = false;
    };
  }, [Spectrum, report]);
  const label = t("reflection.leanLoading");
  const change = (v: number) => setAnswer(step.id, v);
  if (Spectrum) return <Spectrum label={label} value={value ?? 50} onValueChange={change} aria-describedby={describedBy} data-attune-part="lean" />;
  return (
    <label data-attune-part="lean-fallback">
      <span>{label}</span>
      <input
        type="range"
        min={0}
        max={100}
        step={1}
        value={value ?? 50}
        aria-valuetext={t(`reflection.lean.${leanZone(value ?? 50)}`, { value: value ?? 50 })}
        aria-describedby={describedBy}
        onChange={(e) => change(Number(e.target.value))}
      />
    </label>
  );
}

function Hints({ step }: { step: ReflectionStep }) {
  const { t, id, answers, setAnswer } = useCtx("Hints");
  const current = answers[step.id]?.value;
  const use = (hint: string) => setAnswer(step.id, typeof current === "string" && current.trim() ? `${current.trimEnd()}\n${hint}` : hint);
  return (
    <div role="group" aria-labelledby={`${id}-hints`} data-attune-part="hints">
      <p id={`${id}-hints`}>{t("reflection.hintsLabel")}</p>
      <ul>
        {step.hints!.map((hint) => (
          <li key={hint}>
            <span>{hint}</span>
            <Button size="sm" variant="ghost" aria-label={`${t("reflection.useHint")}: ${hint}`} onClick={() => use(hint)}>
              {t("reflection.useHint")}
            </Button>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Turns sharing one answer on or off (`role="switch"`); off by default, disabled until there is an answer. */
export const ShareSwitch = /* @__PURE__ */ React.forwardRef<HTMLButtonElement, ReflectionShareSwitchProps>(function ReflectionShareSwitchBody({ stepId, ...props }, ref) {
  const { t, answers, toggleShare, canShare } = useCtx("ShareSwitch");
  if (!canShare) return null;
  const answer = answers[stepId];
  const on = isAnswered(answer) && answer.shared;
  return (
    <button
      type="button"
      {...props}
      ref={ref}
      role="switch"
      aria-checked={on}
      disabled={!isAnswered(answer)}
      data-attune-part="share-switch"
      data-state={on ? "on" : "off"}
      onClick={(e) => {
        props.onClick?.(e);
        if (!e.defaultPrevented) toggleShare(stepId);
      }}
    >
      <span data-attune-part="share-switch-thumb" aria-hidden="true" />
      <span>{props.children ?? t("reflection.shareSwitch")}</span>
    </button>
  );
});

/* -------------------------------------------------------------------------------------------
 * Summary: every answer (with the partner's once both shared) and the preview
 * -----------------------------------------------------------------------------------------*/

/** The summary's hint, the partner note, every answer (with the partner's once both shared) and the preview. */
export function SummaryBody() {
  const ctx = useCtx("Summary");
  const { t, headingLevel, active, answers, goTo, partner, partnerWaiting, leanText } = ctx;
  const words = (v: string | number | undefined, s?: ReflectionStep) =>
    typeof v === "number" ? leanText(v) : (s?.options?.find((o) => o.id === v)?.label ?? v);
  return (
    <>
      {ctx.canShare ? <p data-attune-part="summary-hint">{t("reflection.summaryHint")}</p> : null}
      {partnerWaiting ? <p data-attune-part="partner-waiting">{t("reflection.partnerWaiting")}</p> : null}
      <ol data-attune-part="answers">
        {active!.steps.map((s, i) => {
          const a = answers[s.id];
          const theirs = partner?.answers.find((x) => x.stepId === s.id);
          return (
            <li key={s.id} data-attune-part="answer" data-state={isAnswered(a) ? "answered" : "skipped"}>
              <Heading level={headingLevel + 2}>{s.prompt}</Heading>
              <div data-attune-part="answer-pair">
                <div data-attune-part="mine">
                  {partner ? <p data-attune-part="who">{t("reflection.me")}</p> : null}
                  <p data-attune-part="answer-text">{isAnswered(a) ? words(a.value, s) : t("reflection.skipped")}</p>
                </div>
                {theirs ? (
                  <div data-attune-part="theirs">
                    <p data-attune-part="who">{t("reflection.partner")}</p>
                    <p data-attune-part="answer-text">{typeof theirs.value === "number" ? leanText(theirs.value) : (theirs.label ?? theirs.value)}</p>
                  </div>
                ) : null}
              </div>
              <div data-attune-part="answer-actions">
                <ShareSwitch stepId={s.id} />
                <Button size="sm" variant="ghost" onClick={() => goTo(i)}>
                  {t("reflection.edit", { step: i + 1 })}
                </Button>
              </div>
            </li>
          );
        })}
      </ol>
      {ctx.canShare ? <Preview /> : null}
    </>
  );
}

/** Exactly what Share sends: readable text and the JSON, then the Share button. */
export const Preview = /* @__PURE__ */ React.forwardRef<HTMLDivElement, ReflectionPreviewProps>(function ReflectionPreviewBody(props, ref) {
  const { t, id, headingLevel, preview, previewText, share, status } = useCtx("Preview");
  const empty = !preview?.answers.length;
  return (
    <div {...props} ref={ref} role="group" aria-labelledby={`${id}-preview`} data-attune-part="preview" data-state={status}>
      <Heading level={headingLevel + 2} id={`${id}-preview`}>
        {t("reflection.preview")}
      </Heading>
      {empty ? (
        <p data-attune-part="preview-empty">{t("reflection.previewEmpty")}</p>
      ) : (
        <>
          <p data-attune-part="preview-text">{previewText}</p>
          <details data-attune-part="preview-json">
            <summary>{t("reflection.previewJson")}</summary>
            <pre>{JSON.stringify(preview, null, 2)}</pre>
          </details>
        </>
      )}
      <Button variant="primary" disabled={empty || status === "sending"} onClick={share}>
        {t("reflection.share")}
      </Button>
      {status === "shared" || status === "failed" ? (
        <p data-attune-part="share-status" data-state={status}>
          {t(status === "shared" ? "reflection.shared" : "reflection.shareFailed")}
        </p>
      ) : null}
    </div>
  );
});
