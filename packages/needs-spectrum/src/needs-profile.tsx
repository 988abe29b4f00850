import * as React from "react";
import { useControllableState, useRootProps, useTranslator, warnOnce, type Direction } from "@attune/core";
import { midpoint, resolveRange, sanitizeValue } from "./logic";
import { needsSpectrumMessages, type NeedsSpectrumMessageKey } from "./messages";
import { NeedsSpectrum, type NeedsSpectrumMessages } from "./needs-spectrum";
import { readDir } from "./use-needs-spectrum";

/**
 * The topics a host passed, made safe to render: entries that are not `{ id, label }` with a
 * non-empty string id are dropped, and a repeated id keeps only its first row (a second row
 * would share its value and its React key). Each drop warns once in development.
 */
function usableTopics(input: unknown): NeedsTopic[] {
  if (!Array.isArray(input)) {
    if (process.env.NODE_ENV !== "production") warnOnce(`NeedsProfile topics must be an array of { id, label }; got ${String(input)}. Using the default topics.`);
    return [];
  }
  const seen = new Set<string>();
  const out: NeedsTopic[] = [];
  for (const raw of input as unknown[]) {
    const topic = raw as Partial<NeedsTopic> | null;
    if (typeof topic?.id !== "string" || topic.id === "") {
      if (process.env.NODE_ENV !== "production") warnOnce(`NeedsProfile: skipping a topic without a string id (${String(topic?.id)}).`);
      continue;
    }
    if (seen.has(topic.id)) {
      if (process.env.NODE_ENV !== "production") warnOnce(`NeedsProfile: topic id "${topic.id}" appears more than once; showing the first.`);
      continue;
    }
    seen.add(topic.id);
    out.push({ id: topic.id, label: typeof topic.label === "string" ? topic.label : topic.id });
  }
  return out;
}

export interface NeedsTopic {
  /** Stable id, used as the key in the values record and in form field names. */
  id: string;
  /** The topic as the person reads it (host text, rendered as plain text). */
  label: string;
}

const DEFAULT_TOPICS: Array<{ id: string; key: NeedsSpectrumMessageKey }> = [
  { id: "evenings", key: "needsSpectrum.topicEvenings" },
  { id: "weekends", key: "needsSpectrum.topicWeekends" },
  { id: "conflict", key: "needsSpectrum.topicConflict" },
  { id: "sleep", key: "needsSpectrum.topicSleep" },
];

export interface NeedsProfileProps extends Omit<React.HTMLAttributes<HTMLDivElement>, "defaultValue" | "dir"> {
  /** One row per topic. @default evenings, weekends, during a disagreement, sleep (from messages) */
  topics?: NeedsTopic[];
  /** Where I lean per topic id (controlled). */
  value?: Record<string, number>;
  /** Starting values per topic id when uncontrolled; missing topics start in the middle. @default {} */
  defaultValue?: Record<string, number>;
  /** Called with the whole record on every change. */
  onValueChange?: (value: Record<string, number>) => void;
  /** Called with the topic and its value when a change is finished. */
  onValueCommit?: (topicId: string, value: number) => void;
  /** The group's visible heading. @default message "needsSpectrum.profileLabel" */
  label?: React.ReactNode;
  /** Level of the group's heading. @default 2 */
  headingLevel?: 1 | 2 | 3 | 4 | 5 | 6;
  /** @default 0 */
  min?: number;
  /** @default 100 */
  max?: number;
  /** @default 1 */
  step?: number;
  /** @default false */
  disabled?: boolean;
  /** @default false */
  readOnly?: boolean;
  /** Show each row's reflection sentence. @default false */
  showReflection?: boolean;
  /** Text direction. @default the provider's, else the page's */
  dir?: Direction;
  /** Form name prefix: each topic submits as `name[topicId]`. */
  name?: string;
  /** Overrides for any message. */
  messages?: NeedsSpectrumMessages;
}

/**
 * Several topics, one NeedsSpectrum each, as one labelled group. Each row is one Tab stop
 * (as in the APG's several-sliders examples): the arrow keys stay with the value, so they
 * cannot also move between rows.
 */
export const NeedsProfile = /* @__PURE__ */ React.forwardRef<HTMLDivElement, NeedsProfileProps>(function NeedsProfile(props, ref) {
  const {
    topics: topicsProp,
    value,
    defaultValue = {},
    onValueChange,
    onValueCommit,
    label,
    headingLevel = 2,
    min,
    max,
    step,
    disabled,
    readOnly,
    showReflection = false,
    dir,
    name,
    messages,
    className,
    ...rest
  } = props;
  const t = useTranslator(needsSpectrumMessages, messages);
  const id = React.useId();
  const parsedDir = readDir(dir, "NeedsProfile");
  const rootProps = useRootProps("needs-profile", { dir: parsedDir, className });
  const range = resolveRange(min, max, step, "NeedsProfile");
  const given = topicsProp === undefined ? [] : usableTopics(topicsProp);
  const topics: NeedsTopic[] = topicsProp !== undefined && Array.isArray(topicsProp) ? given : DEFAULT_TOPICS.map(({ id, key }) => ({ id, label: t(key) }));
  const [values, setValues] = useControllableState<Record<string, number>>({
    value,
    defaultValue,
    onChange: onValueChange,
    name: "NeedsProfile value",
  });
  const middle = midpoint(range);

  return (
    <div {...rest} {...rootProps} ref={ref} role="group" aria-labelledby={`${id}-heading`} data-attune-part="profile">
      <div id={`${id}-heading`} role="heading" aria-level={headingLevel} data-attune-part="profile-label">
        {label ?? t("needsSpectrum.profileLabel")}
      </div>
      {topics.map((topic) => (
        <NeedsSpectrum
          key={topic.id}
          data-attune-part="profile-row"
          data-topic={topic.id}
          label={topic.label}
          value={sanitizeValue(values?.[topic.id], range, middle, `NeedsProfile value "${topic.id}"`)}
          onValueChange={(v) => setValues((prev) => ({ ...prev, [topic.id]: v }))}
          onValueCommit={(v) => onValueCommit?.(topic.id, v)}
          min={range.min}
          max={range.max}
          step={range.step}
          disabled={disabled}
          readOnly={readOnly}
          dir={parsedDir}
          showReflection={showReflection}
          showEndLabels={false}
          name={name ? `${name}[${topic.id}]` : undefined}
          messages={messages}
        />
      ))}
    </div>
  );
});
