import * as React from "react";
import { dateTimeFormat, useAttune, useErrorReporter, useRootProps, useTranslator, type Direction, type ErrorHandler } from "@attune/core";
import { resolveRange, scaleHistory, zoneOf, type HistoryEntry, type HistoryPoint } from "./logic";
import { needsSpectrumMessages } from "./messages";
import { readDir, zoneText, type NeedsSpectrumMessages } from "./use-needs-spectrum";

export interface NeedsHistoryProps extends Omit<React.HTMLAttributes<HTMLElement>, "dir" | "onError"> {
  /** Past values with their dates, from the host, in any order. Unreadable entries are skipped and reported. */
  entries: readonly HistoryEntry[];
  /** The heading. @default message "needsSpectrum.historyLabel" */
  label?: React.ReactNode;
  /** Level of the heading. @default 2 */
  headingLevel?: 1 | 2 | 3 | 4 | 5 | 6;
  /** @default 0 */
  min?: number;
  /** @default 100 */
  max?: number;
  /**
   * IANA time zone instants are shown in. Without it the device's zone is used after mount
   * (the first render, on a server too, uses UTC so both render the same markup). Calendar
   * dates ("2026-03-08") are always shown as that date. @default the device's, after mount
   */
  timeZone?: string;
  /** Show the table under the chart; otherwise it is there for screen readers only. @default false */
  showTable?: boolean;
  /** Text direction. @default the provider's */
  dir?: Direction;
  /** Called for each entry that cannot be shown (unreadable or impossible date, no value). */
  onError?: ErrorHandler;
  /** Overrides for any message. */
  messages?: NeedsSpectrumMessages;
}

const W = 300;
const PAD = 8;
/** Height per entry in the chart, so a long history stays readable, within bounds. */
const rowHeight = (n: number) => Math.min(240, Math.max(60, n * 14));

/**
 * How the lean moved over time: a small chart (a picture, hidden from screen readers) and the
 * same data as a table. The lean runs across, space to closeness, as on the slider; time
 * runs down, oldest at the top, so no direction of the lean reads as "up".
 */
export const NeedsHistory = /* @__PURE__ */ React.forwardRef<HTMLElement, NeedsHistoryProps>(function NeedsHistory(props, ref) {
  const { entries, label, headingLevel = 2, min, max, timeZone, showTable = false, dir, onError, messages, className, ...rest } = props;
  const { locale } = useAttune();
  const t = useTranslator(needsSpectrumMessages, messages);
  const report = useErrorReporter(onError);
  const parsedDir = readDir(dir, "NeedsHistory");
  const rootProps = useRootProps("needs-history", { dir: parsedDir, className });
  const id = React.useId();
  const range = resolveRange(min, max, 1, "NeedsHistory");
  const skipped: Array<{ entry: unknown; index: number }> = [];
  const points = scaleHistory(entries, range, { width: W - 2 * PAD, height: rowHeight(Array.isArray(entries) ? entries.length : 0) - 2 * PAD }, (entry, index) =>
    skipped.push({ entry, index }),
  );
  const skippedKey = skipped.map((s) => s.index).join(",");
  React.useEffect(() => {
    for (const { entry, index } of skipped) {
      const e = entry as Partial<HistoryEntry> | null;
      report({ code: "invalid-input", message: `NeedsHistory: skipping entry ${index} (${String(e?.date)}, ${String(e?.value)}): not a real date and a finite value.` });
    }
    // Reported once per distinct set of skipped entries, not on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [skippedKey, report]);

  // The device's zone is only known in the browser: read it after mount.
  const [mounted, setMounted] = React.useState(false);
  React.useEffect(() => setMounted(true), []);
  const instantZone = timeZone ?? (mounted ? undefined : "UTC");
  const format = (p: HistoryPoint) => dateTimeFormat(locale, { dateStyle: "medium", timeZone: p.dateOnly ? "UTC" : instantZone }).format(p.time);

  const first = points[0];
  const last = points[points.length - 1];
  const mirrored = (rootProps.dir ?? parsedDir) === "rtl";
  const x = (px: number) => PAD + (mirrored ? W - 2 * PAD - px : px);
  const H = rowHeight(points.length);

  return (
    <figure {...rest} {...rootProps} ref={ref} aria-labelledby={`${id}-label`} data-attune-part="history">
      <figcaption data-attune-part="history-label">
        <span id={`${id}-label`} role="heading" aria-level={headingLevel}>
          {label ?? t("needsSpectrum.historyLabel")}
        </span>
      </figcaption>
      {first && last ? (
        <>
          <div data-attune-part="history-chart" data-orientation="horizontal" aria-hidden="true">
            <div data-attune-part="history-axis" data-orientation="horizontal">
              <span data-end="start">{t("needsSpectrum.endStart")}</span>
              <span data-end="end">{t("needsSpectrum.endEnd")}</span>
            </div>
            <div data-attune-part="history-plot">
              <span data-attune-part="history-date" data-end="first">
                {format(first)}
              </span>
              <svg viewBox={`0 0 ${W} ${H}`} focusable="false">
                <polyline data-attune-part="history-line" points={points.map((p) => `${x(p.x)},${PAD + p.y}`).join(" ")} />
                {points.map((p, i) => (
                  <circle key={i} data-attune-part="history-point" data-state={zoneOf(p.value, range)} cx={x(p.x)} cy={PAD + p.y} r={3.5} />
                ))}
              </svg>
              {points.length > 1 ? (
                <span data-attune-part="history-date" data-end="last">
                  {format(last)}
                </span>
              ) : null}
            </div>
          </div>
          <p data-attune-part="history-summary">
            {t("needsSpectrum.historySummary", { count: points.length, from: format(first), to: format(last) })}
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
                <tr key={i} data-value={p.value}>
                  <td>{format(p)}</td>
                  <td>{zoneText(t, zoneOf(p.value, range))}</td>
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
