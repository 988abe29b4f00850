import * as React from "react";
import { Button, Heading } from "@attune/core";
import { isAnswered, type ReflectionStep } from "./logic";
import { ShareSwitch, useCtx, type ReflectionPreviewProps } from "./reflection";

// Loaded by Summary and Preview in "./reflection" the first time a summary shows.

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
