import * as React from "react";
import { useAttune, useRootProps, useTranslator, warnOnce } from "@attune/core";
import { resolveRange, scaleHistory, zoneOf, type HistoryEntry } from "./logic";
import { needsSpectrumMessages } from "./messages";
import { zoneText, type NeedsSpectrumMessages } from "./needs-spectrum";

export interface NeedsHistoryProps extends Omit<React.HTMLAttributes<HTMLElement>, "dir"> {
  /** Past values with their dates, from the host, in any order. Unreadable entries are skipped. */
  entries: readonly HistoryEntry[];
  /** The heading. @default message "needsSpectrum.historyLabel" */
  label?: React.ReactNode;
  /** @default 0 */
  min?: number;
  /** @default 100 */
  max?: number;
  /** IANA time zone the dates are shown in. @default the device's */
  timeZone?: string;
  /** Show the table under the chart; otherwise it is there for screen readers only. @default false */
  showTable?: boolean;
  /** Text direction. @default the provider's */
  dir?: "ltr" | "rtl";
  /** Overrides for any message. */
  messages?: NeedsSpectrumMessages;
}

const W = 300;
const H = 100;
const PAD = 8;

function dateFormatter(locale: string, timeZone: string | undefined): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone });
  } catch {
    warnOnce(`NeedsHistory: time zone "${String(timeZone)}" or locale "${locale}" is not usable; using the device's.`);
    return new Intl.DateTimeFormat(undefined, { dateStyle: "medium" });
  }
}

/**
 * How the lean moved over time: a small line chart (a picture, hidden from screen readers)
 * and the same data as a table. Closeness is at the top, space at the bottom.
 */
export const NeedsHistory = /* @__PURE__ */ React.forwardRef<HTMLElement, NeedsHistoryProps>(function NeedsHistory(props, ref) {
  const { entries, label, min, max, timeZone, showTable = false, dir, messages, className, ...rest } = props;
  const { locale } = useAttune();
  const t = useTranslator(needsSpectrumMessages, messages);
  const rootProps = useRootProps("needs-history", { dir, className });
  const id = React.useId();
  const range = resolveRange(min, max, 1, "NeedsHistory");
  const points = scaleHistory(entries, range, { width: W - 2 * PAD, height: H - 2 * PAD });
  const format = dateFormatter(locale, timeZone);
  const first = points[0];
  const last = points[points.length - 1];
  const mirrored = (rootProps.dir ?? dir) === "rtl";
  const x = (px: number) => PAD + (mirrored ? W - 2 * PAD - px : px);

  return (
    <figure {...rest} {...rootProps} ref={ref} aria-labelledby={`${id}-label`} data-attune-part="history">
      <figcaption id={`${id}-label`} data-attune-part="history-label">
        {label ?? t("needsSpectrum.historyLabel")}
      </figcaption>
      {first && last ? (
        <>
          <div data-attune-part="history-chart" aria-hidden="true">
            <div data-attune-part="history-axis">
              <span>{t("needsSpectrum.endEnd")}</span>
              <span>{t("needsSpectrum.endStart")}</span>
            </div>
            <svg viewBox={`0 0 ${W} ${H}`} focusable="false">
              <line data-attune-part="history-midline" x1={PAD} x2={W - PAD} y1={H / 2} y2={H / 2} />
              <polyline data-attune-part="history-line" points={points.map((p) => `${x(p.x)},${PAD + p.y}`).join(" ")} />
              {points.map((p, i) => (
                <circle key={i} data-attune-part="history-point" cx={x(p.x)} cy={PAD + p.y} r={3.5} />
              ))}
            </svg>
            <div data-attune-part="history-dates">
              <span>{format.format(first.time)}</span>
              {points.length > 1 ? <span>{format.format(last.time)}</span> : null}
            </div>
          </div>
          <p data-attune-part="history-summary">
            {t("needsSpectrum.historySummary", {
              count: points.length,
              from: format.format(first.time),
              to: format.format(last.time),
            })}
          </p>
          <table data-attune-part="history-table" className={showTable ? undefined : "attune-visually-hidden"}>
            <thead>
              <tr>
                <th scope="col">{t("needsSpectrum.historyDate")}</th>
                <th scope="col">{t("needsSpectrum.historyLean")}</th>
              </tr>
            </thead>
            <tbody>
              {points.map((p, i) => (
                <tr key={i}>
                  <td>{format.format(p.time)}</td>
                  <td>{t("needsSpectrum.valueText", { zone: zoneText(t, zoneOf(p.value, range)), value: p.value })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : (
        <p data-attune-part="history-empty">{t("needsSpectrum.historyEmpty")}</p>
      )}
    </figure>
  );
});
