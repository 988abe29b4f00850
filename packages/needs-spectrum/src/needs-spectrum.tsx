import * as React from "react";
import { createPartsContext, Button, useControllableState, useRootProps, useTranslator, warnOnce, type Direction, type Translate } from "@attune/core";
import {
  midpoint,
  overlapOffsets,
  resolveRange,
  revealState,
  sanitizeValue,
  valueToPercent,
  zoneOf,
  type Orientation,
  type Range as SpectrumRange,
  type RevealState,
} from "./logic";
import { needsSpectrumMessages, type NeedsSpectrumMessageKey } from "./messages";
import {
  readDir,
  reflectionText,
  useNeedsSpectrum,
  zoneText,
  type NeedsSpectrumMessages,
  type NeedsSpectrumState,
  type UseNeedsSpectrumProps,
} from "./use-needs-spectrum";

export { zoneText, type NeedsSpectrumMessages };
type T = Translate<NeedsSpectrumMessageKey>;

/* -------------------------------------------------------------------------------------------
 * Root
 * -----------------------------------------------------------------------------------------*/

const [SpectrumContext, useSpectrum] = /* @__PURE__ */ createPartsContext<NeedsSpectrumState>("NeedsSpectrum");

export interface NeedsSpectrumRootProps extends UseNeedsSpectrumProps, Omit<React.HTMLAttributes<HTMLDivElement>, "defaultValue" | "dir" | keyof UseNeedsSpectrumProps> {
  /** Form field name; a hidden input submits the value. */
  name?: string;
  /** Form field name for the second marker's value. */
  secondaryName?: string;
}

export const Root = /* @__PURE__ */ React.forwardRef<HTMLDivElement, NeedsSpectrumRootProps>(function NeedsSpectrumRoot(props, forwardedRef) {
  // The hook's props go to the hook (it reads only its own); the rest go on the element.
  const {
    value: _value,
    defaultValue: _defaultValue,
    onValueChange: _onValueChange,
    onValueCommit: _onValueCommit,
    secondaryValue: _secondaryValue,
    defaultSecondaryValue: _defaultSecondaryValue,
    onSecondaryValueChange: _onSecondaryValueChange,
    onSecondaryValueCommit: _onSecondaryValueCommit,
    min: _min,
    max: _max,
    step: _step,
    orientation: _orientation,
    dir,
    disabled: _disabled,
    readOnly: _readOnly,
    messages: _messages,
    name,
    secondaryName,
    className,
    children,
    ...rest
  } = props;
  const state = useNeedsSpectrum(props);
  const rootProps = useRootProps("needs-spectrum", { dir: readDir(dir, "NeedsSpectrum"), className });
  return (
    <SpectrumContext.Provider value={state}>
      <div {...(state.getRootProps({ ...rest, ...rootProps, ref: forwardedRef as React.Ref<HTMLElement> }) as React.ComponentPropsWithRef<"div">)} data-attune-part="root">
        {children}
        {name ? <input type="hidden" name={name} value={state.value} disabled={state.disabled} /> : null}
        {state.values.length > 1 && secondaryName ? <input type="hidden" name={secondaryName} value={state.values[1]} disabled={state.disabled} /> : null}
      </div>
    </SpectrumContext.Provider>
  );
});

/* -------------------------------------------------------------------------------------------
 * Track: a tap or click anywhere sets the value (WCAG 2.5.7); dragging also works.
 * -----------------------------------------------------------------------------------------*/

export type SpectrumVariant = "line" | "overlap";

/** A variant prop from JSX or JSON: anything else warns and draws the line. */
function readVariant(value: unknown): SpectrumVariant {
  if (value === undefined || value === "line" || value === "overlap") return (value as SpectrumVariant) ?? "line";
  if (process.env.NODE_ENV !== "production") warnOnce(`NeedsSpectrum variant must be "line" or "overlap"; got ${String(value)}. Using "line".`);
  return "line";
}

export interface TrackProps extends React.HTMLAttributes<HTMLDivElement> {
  /** "overlap" draws the track as two circles (after the Inclusion of Other in the Self scale). @default "line" */
  variant?: SpectrumVariant;
}

export const Track = /* @__PURE__ */ React.forwardRef<HTMLDivElement, TrackProps>(function NeedsSpectrumTrack({ variant, ...props }, ref) {
  const ctx = useSpectrum("Track");
  return <div {...(ctx.getTrackProps(props) as React.HTMLAttributes<HTMLDivElement>)} ref={ref} data-attune-part="track" data-variant={readVariant(variant)} />;
});

const round = (n: number) => Math.round(n * 100) / 100;

/** The transform that places a marker at `percent` along the track (container query units). */
function placement(percent: number, orientation: Orientation, dir: Direction): React.CSSProperties {
  const p = round(percent);
  if (orientation === "vertical") return { transform: `translateY(${-p}cqb)` };
  return { transform: `translateX(${dir === "rtl" ? -p : p}cqi)` };
}

/* -------------------------------------------------------------------------------------------
 * Range: the stretch between "right now" and "usually" (nothing when there is one marker:
 * the middle of the track is not a baseline to measure a lean from).
 * -----------------------------------------------------------------------------------------*/

export type RangeProps = React.HTMLAttributes<HTMLSpanElement>;

export const Range = /* @__PURE__ */ React.forwardRef<HTMLSpanElement, RangeProps>(function NeedsSpectrumRange(
  { style, ...props },
  ref,
) {
  const ctx = useSpectrum("Range");
  if (ctx.values.length < 2) return null;
  const [a, b] = ctx.values.map((v) => valueToPercent(v, ctx.range)) as [number, number];
  const from = Math.min(a, b);
  const size = Math.abs(a - b) / 100;
  const vertical = ctx.orientation === "vertical";
  const sign = vertical || ctx.dir === "rtl" ? -1 : 1;
  const transform = vertical
    ? `translateY(${sign * from}%) scaleY(${size})`
    : `translateX(${sign * from}%) scaleX(${size})`;
  return <span {...props} ref={ref} aria-hidden="true" data-attune-part="range" data-orientation={ctx.orientation} style={{ ...style, transform }} />;
});

/* -------------------------------------------------------------------------------------------
 * Thumb: the focusable slider (WAI-ARIA APG slider pattern).
 * -----------------------------------------------------------------------------------------*/

export interface ThumbProps extends React.HTMLAttributes<HTMLSpanElement> {
  /** 0 for "right now", 1 for the second marker ("usually"). @default 0 */
  index?: 0 | 1;
}

export const Thumb = /* @__PURE__ */ React.forwardRef<HTMLSpanElement, ThumbProps>(function NeedsSpectrumThumb({ index = 0, ...props }, forwardedRef) {
  const ctx = useSpectrum("Thumb");
  const value = ctx.values[index];
  if (value === undefined) return null;
  return (
    <span data-attune-part="thumb-position" data-orientation={ctx.orientation} style={placement(valueToPercent(value, ctx.range), ctx.orientation, ctx.dir)}>
      <span {...(ctx.getThumbProps(index, { ...props, ref: forwardedRef as React.Ref<HTMLElement> }) as React.ComponentPropsWithRef<"span">)} data-attune-part="thumb" data-marker={index === 0 ? "now" : "usually"} />
    </span>
  );
});

/* -------------------------------------------------------------------------------------------
 * PartnerMarker: read-only, never focusable, its own colour and label.
 * -----------------------------------------------------------------------------------------*/

export interface PartnerMarkerProps extends React.HTMLAttributes<HTMLSpanElement> {
  /** The partner's value; nothing renders without a finite one. */
  value: number | null | undefined;
  /** The partner's name or label, shown beside the marker. @default message "needsSpectrum.partner" */
  label?: string;
}

export const PartnerMarker = /* @__PURE__ */ React.forwardRef<HTMLSpanElement, PartnerMarkerProps>(function NeedsSpectrumPartnerMarker(
  { value, label, ...props },
  ref,
) {
  const ctx = useSpectrum("PartnerMarker");
  if (!isPartnerValue(value)) return null;
  const v = sanitizeValue(value, ctx.range, midpoint(ctx.range), "NeedsSpectrum partner value");
  const percent = valueToPercent(v, ctx.range);
  return (
    <span data-attune-part="thumb-position" data-orientation={ctx.orientation} style={placement(percent, ctx.orientation, ctx.dir)}>
      <span {...props} ref={ref} aria-hidden="true" data-attune-part="partner-marker" data-state={zoneOf(v, ctx.range)}>
        <span data-attune-part="partner-dot" />
        <span data-attune-part="partner-label" data-align={percent < 20 ? "start" : percent > 80 ? "end" : "center"}>
          {label ?? ctx.t("needsSpectrum.partner")}
        </span>
      </span>
    </span>
  );
});

/**
 * A partner value worth drawing. null/undefined mean "not known"; NaN or Infinity warn and
 * draw nothing, since a made-up position for a real person would mislead.
 */
function isPartnerValue(value: unknown): value is number {
  if (value === undefined || value === null) return false;
  if (typeof value === "number" && Number.isFinite(value)) return true;
  if (process.env.NODE_ENV !== "production") warnOnce(`NeedsSpectrum partner value must be a finite number; got ${String(value)}. Not showing it.`);
  return false;
}

/** The partner's position in words, for screen readers (the marker itself is a picture). */
export function partnerDescription(t: T, range: SpectrumRange, value: number, label?: string): string {
  const v = sanitizeValue(value, range, midpoint(range), "NeedsSpectrum partner value");
  return t("needsSpectrum.partnerPosition", { name: label ?? t("needsSpectrum.partner"), zone: zoneText(t, zoneOf(v, range)) });
}

/* -------------------------------------------------------------------------------------------
 * Labels, reflection, overlap picture
 * -----------------------------------------------------------------------------------------*/

export type EndLabelsProps = React.HTMLAttributes<HTMLDivElement>;

/** The two ends of the track, with their short descriptions, in reading order. */
export const EndLabels = /* @__PURE__ */ React.forwardRef<HTMLDivElement, EndLabelsProps>(function NeedsSpectrumEndLabels(props, ref) {
  const { t, orientation } = useSpectrum("EndLabels");
  return (
    <div {...props} ref={ref} data-attune-part="end-labels" data-orientation={orientation}>
      <span data-attune-part="end-label" data-end="start">
        <strong>{t("needsSpectrum.endStart")}</strong> <span>{t("needsSpectrum.endStartHint")}</span>
      </span>
      <span data-attune-part="end-label" data-end="end">
        <strong>{t("needsSpectrum.endEnd")}</strong> <span>{t("needsSpectrum.endEndHint")}</span>
      </span>
    </div>
  );
});

export type ReflectionProps = React.HTMLAttributes<HTMLParagraphElement>;

/**
 * A sentence that follows the lean: both needs are real, and it names which pulls harder
 * now. Nothing until the person has placed the marker (or the host gave a value): a default
 * middle is not where anyone said they lean. It fades in when the zone changes (opacity
 * only; instant under reduced motion). Not a live region: the slider's value text already
 * announces the lean.
 */
export const Reflection = /* @__PURE__ */ React.forwardRef<HTMLParagraphElement, ReflectionProps>(function NeedsSpectrumReflection(props, ref) {
  const { t, zone, placed } = useSpectrum("Reflection");
  if (!placed) return null;
  return (
    <p key={zone} {...props} ref={ref} data-attune-part="reflection" data-state={zone}>
      {reflectionText(t, zone)}
    </p>
  );
});

export interface OverlapProps extends React.SVGAttributes<SVGSVGElement> {
  /** The second circle's label. @default message "needsSpectrum.overlapOther" (the partner) */
  partnerLabel?: string;
}

/**
 * Two circles, me and my partner, whose overlap follows how much togetherness I'd like now:
 * put it inside a Track with variant "overlap", with OverlapCaption beside it.
 */
export const Overlap = /* @__PURE__ */ React.forwardRef<SVGSVGElement, OverlapProps>(function NeedsSpectrumOverlap({ partnerLabel, ...props }, ref) {
  const { t, percent, dir } = useSpectrum("Overlap");
  const r = 34;
  const { self, other } = overlapOffsets(percent, r);
  const mirror = dir === "rtl" ? -1 : 1;
  return (
    <svg {...props} ref={ref} viewBox="-100 -40 200 80" aria-hidden="true" focusable="false" data-attune-part="overlap">
      <g data-attune-part="overlap-self" style={{ transform: `translateX(${round(mirror * self)}px)` }}>
        <circle r={r} />
        <text textAnchor="middle" dominantBaseline="central" x={mirror * -r * 0.45}>
          {t("needsSpectrum.overlapSelf")}
        </text>
      </g>
      <g data-attune-part="overlap-other" style={{ transform: `translateX(${round(mirror * other)}px)` }}>
        <circle r={r} />
        <text textAnchor="middle" dominantBaseline="central" x={mirror * r * 0.45}>
          {partnerLabel ?? t("needsSpectrum.overlapOther")}
        </text>
      </g>
    </svg>
  );
});

export type OverlapCaptionProps = React.HTMLAttributes<HTMLParagraphElement>;

/** What the overlap picture shows: how much togetherness I'd like now. */
export const OverlapCaption = /* @__PURE__ */ React.forwardRef<HTMLParagraphElement, OverlapCaptionProps>(function NeedsSpectrumOverlapCaption(props, ref) {
  const { t } = useSpectrum("OverlapCaption");
  return (
    <p {...props} ref={ref} data-attune-part="overlap-caption">
      {t("needsSpectrum.overlapCaption")}
    </p>
  );
});

/* -------------------------------------------------------------------------------------------
 * Reveal: the partner's position stays hidden until both have shared.
 * -----------------------------------------------------------------------------------------*/

const REVEAL_KEY: Record<Exclude<RevealState, "open">, NeedsSpectrumMessageKey> = {
  "waiting-for-both": "needsSpectrum.revealWaitingForBoth",
  "waiting-for-partner": "needsSpectrum.revealWaitingForPartner",
  "waiting-for-you": "needsSpectrum.revealWaitingForYou",
  revealed: "needsSpectrum.revealRevealed",
};

/* -------------------------------------------------------------------------------------------
 * NeedsSpectrum: the ready-made widget
 * -----------------------------------------------------------------------------------------*/

export interface NeedsSpectrumPartner {
  /** The partner's value, from the host. In reveal mode it is not rendered until both have shared. */
  value?: number;
  /** Their name or label. @default message "needsSpectrum.partner" */
  label?: string;
  /** Whether the partner has shared (reveal mode). @default false */
  shared?: boolean;
}

export interface NeedsSpectrumProps extends NeedsSpectrumRootProps {
  /** The visible label above the track. @default message "needsSpectrum.label" */
  label?: React.ReactNode;
  /** The picture: a line, or two overlapping circles (me and my partner). @default "line" */
  variant?: SpectrumVariant;
  /** Show the sentence that follows the lean. @default true */
  showReflection?: boolean;
  /** Show the space and closeness labels at the ends. @default true */
  showEndLabels?: boolean;
  /** Label of the second marker. @default message "needsSpectrum.usually" */
  secondaryLabel?: string;
  /** The partner's position, shown as a read-only marker. */
  partner?: NeedsSpectrumPartner;
  /** Keep the partner's position hidden until both have shared. @default false */
  reveal?: boolean;
  /** Whether I have shared (controlled, reveal mode). */
  shared?: boolean;
  /** Whether I have shared, when uncontrolled. @default false */
  defaultShared?: boolean;
  /** Called with my value when I choose to share it (reveal mode); the host carries it to my partner. */
  onShare?: (value: number) => void;
}

/**
 * Where I lean between space and closeness, and, when we both choose to share, where my
 * partner leans. Built from the exported parts.
 */
export const NeedsSpectrum = /* @__PURE__ */ React.forwardRef<HTMLDivElement, NeedsSpectrumProps>(function NeedsSpectrum(props, ref) {
  const {
    label,
    variant: variantProp,
    showReflection = true,
    showEndLabels = true,
    secondaryLabel,
    partner,
    reveal = false,
    shared: sharedProp,
    defaultShared = false,
    onShare,
    onValueChange,
    value: valueProp,
    defaultValue,
    readOnly,
    orientation,
    ...rootProps
  } = props;
  const variant = readVariant(variantProp);
  if (process.env.NODE_ENV !== "production" && variant === "overlap" && orientation === "vertical") {
    warnOnce("NeedsSpectrum: the overlap picture is horizontal only; ignoring orientation=\"vertical\".");
  }
  const t = useTranslator(needsSpectrumMessages, props.messages);
  const id = React.useId();
  const [shared, setShared] = useControllableState({ value: sharedProp, defaultValue: defaultShared, name: "NeedsSpectrum shared" });
  // My latest value, for the share button: the Root owns the state, this only listens.
  const [mine, setMine] = React.useState<number | undefined>(undefined);
  const state = revealState(reveal, shared, !!partner?.shared);
  // In reveal mode the value is not even looked at until both have shared.
  const showPartner = (state === "open" || state === "revealed") && isPartnerValue(partner?.value);
  const range = resolveRange(props.min, props.max, props.step);
  const hasSecondary = props.secondaryValue !== undefined || props.defaultSecondaryValue !== undefined;
  const labelId = `${id}-label`;
  const partnerId = `${id}-partner`;
  const legend = hasSecondary || showPartner;
  const current = sanitizeValue(valueProp ?? mine ?? defaultValue, range, midpoint(range), "NeedsSpectrum value");

  return (
    <Root
      {...rootProps}
      ref={ref}
      value={valueProp}
      defaultValue={defaultValue}
      readOnly={readOnly || (reveal && shared)}
      orientation={variant === "overlap" ? "horizontal" : orientation}
      onValueChange={(v) => {
        setMine(v);
        onValueChange?.(v);
      }}
      data-variant={variant}
      data-partner={showPartner ? "" : undefined}
      data-reveal={reveal ? state : undefined}
    >
      <div id={labelId} data-attune-part="label">
        {label ?? t("needsSpectrum.label")}
      </div>
      {showEndLabels ? <EndLabels /> : null}
      <Track variant={variant}>
        {variant === "overlap" ? <Overlap partnerLabel={partner?.label} /> : null}
        <Range />
        {showPartner ? <PartnerMarker value={partner!.value} label={partner!.label} /> : null}
        <Thumb
          index={0}
          aria-labelledby={hasSecondary ? `${labelId} ${id}-now` : labelId}
          aria-describedby={showPartner ? partnerId : undefined}
        />
        {hasSecondary ? <Thumb index={1} aria-labelledby={`${labelId} ${id}-usually`} /> : null}
      </Track>
      {variant === "overlap" ? <OverlapCaption /> : null}
      {legend ? (
        <ul data-attune-part="legend">
          <li id={`${id}-now`} data-marker="now">
            {t("needsSpectrum.now")}
          </li>
          {hasSecondary ? (
            <li id={`${id}-usually`} data-marker="usually">
              {secondaryLabel ?? t("needsSpectrum.usually")}
            </li>
          ) : null}
          {showPartner ? (
            <li id={partnerId} data-marker="partner">
              {partnerDescription(t, range, partner!.value!, partner!.label)}
            </li>
          ) : null}
        </ul>
      ) : null}
      {showReflection ? <Reflection /> : null}
      {reveal ? (
        <div data-attune-part="reveal" data-state={state}>
          <p role="status" data-attune-part="reveal-status">
            {t(REVEAL_KEY[state as Exclude<RevealState, "open">])}
          </p>
          {!shared ? (
            <Button
              variant="primary"
              data-attune-part="share"
              disabled={props.disabled}
              onClick={() => {
                setShared(true);
                onShare?.(current);
              }}
            >
              {t("needsSpectrum.share")}
            </Button>
          ) : null}
        </div>
      ) : null}
    </Root>
  );
});
