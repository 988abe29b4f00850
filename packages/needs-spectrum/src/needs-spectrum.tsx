import * as React from "react";
import {
  Button,
  useControllableState,
  useDirection,
  useRootProps,
  useTranslator,
  warnOnce,
  type Message,
  type Translate,
} from "@attune/core";
import {
  midpoint,
  nearestIndex,
  overlapOffsets,
  resolveRange,
  revealState,
  sanitizeValue,
  valueForKey,
  valueFromPointer,
  valueToPercent,
  zoneOf,
  type Dir,
  type Orientation,
  type Range as SpectrumRange,
  type RevealState,
  type Zone,
} from "./logic";
import { needsSpectrumMessages, type NeedsSpectrumMessageKey } from "./messages";

export type NeedsSpectrumMessages = Partial<Record<NeedsSpectrumMessageKey, Message>>;
type T = Translate<NeedsSpectrumMessageKey>;

const ZONE_KEY: Record<Zone, "StrongStart" | "Start" | "Middle" | "End" | "StrongEnd"> = {
  "strong-start": "StrongStart",
  start: "Start",
  middle: "Middle",
  end: "End",
  "strong-end": "StrongEnd",
};

/** The lean in words, e.g. "Leaning toward closeness", from the message catalogue. */
export function zoneText(t: T, zone: Zone): string {
  return t(`needsSpectrum.zone${ZONE_KEY[zone]}`);
}

/* -------------------------------------------------------------------------------------------
 * Root
 * -----------------------------------------------------------------------------------------*/

interface SpectrumContextValue {
  id: string;
  t: T;
  range: SpectrumRange;
  orientation: Orientation;
  dir: Dir;
  disabled: boolean;
  readOnly: boolean;
  /** [mine now, mine usually?]: the second exists only when the host asked for it. */
  values: number[];
  setAt: (index: number, value: number) => void;
  commitAt: (index: number, value: number) => void;
  thumbs: React.MutableRefObject<Array<HTMLElement | null>>;
}

const SpectrumContext = /* @__PURE__ */ React.createContext<SpectrumContextValue | null>(null);

function useSpectrum(part: string): SpectrumContextValue {
  const ctx = React.useContext(SpectrumContext);
  if (!ctx) throw new Error(`[attune] NeedsSpectrum.${part} must be inside NeedsSpectrum.Root.`);
  return ctx;
}

export interface NeedsSpectrumRootProps extends Omit<React.HTMLAttributes<HTMLDivElement>, "defaultValue" | "dir"> {
  /** Where I lean now (controlled). */
  value?: number;
  /** Where I lean now when uncontrolled. @default the middle of the range */
  defaultValue?: number;
  /** Called on every change (each key press, each pointer move). */
  onValueChange?: (value: number) => void;
  /** Called when a change is finished: a key press, or lifting the pointer. */
  onValueCommit?: (value: number) => void;
  /** A second marker for the same person ("usually", "what I'd like"), controlled. Present when this or its default is set. */
  secondaryValue?: number;
  /** The second marker's starting value when uncontrolled. */
  defaultSecondaryValue?: number;
  /** Called on every change of the second marker. */
  onSecondaryValueChange?: (value: number) => void;
  /** Called when a change of the second marker is finished. */
  onSecondaryValueCommit?: (value: number) => void;
  /** The space end of the range. @default 0 */
  min?: number;
  /** The closeness end of the range. @default 100 */
  max?: number;
  /** Step between values. @default 1 */
  step?: number;
  /** Track direction; vertical tracks have closeness at the top. @default "horizontal" */
  orientation?: Orientation;
  /** Text direction; horizontal tracks start on the right under "rtl". @default the provider's, else the page's */
  dir?: Dir;
  /** Not focusable, not editable, dimmed. @default false */
  disabled?: boolean;
  /** Focusable and announced, but the value cannot change. @default false */
  readOnly?: boolean;
  /** Form field name; a hidden input submits the value. */
  name?: string;
  /** Form field name for the second marker's value. */
  secondaryName?: string;
  /** Overrides for any message, e.g. `{ "needsSpectrum.endEnd": "Together" }`. */
  messages?: NeedsSpectrumMessages;
}

export const Root = /* @__PURE__ */ React.forwardRef<HTMLDivElement, NeedsSpectrumRootProps>(function NeedsSpectrumRoot(props, forwardedRef) {
  const {
    value: valueProp,
    defaultValue,
    onValueChange,
    onValueCommit,
    secondaryValue: secondaryProp,
    defaultSecondaryValue,
    onSecondaryValueChange,
    onSecondaryValueCommit,
    min,
    max,
    step,
    orientation: orientationProp = "horizontal",
    dir: dirProp,
    disabled = false,
    readOnly = false,
    name,
    secondaryName,
    messages,
    className,
    children,
    ...rest
  } = props;
  const range = resolveRange(min, max, step);
  const middle = midpoint(range);
  const orientation: Orientation = orientationProp === "vertical" ? "vertical" : "horizontal";
  const ref = React.useRef<HTMLDivElement | null>(null);
  const dir = useDirection(ref, dirProp === "rtl" || dirProp === "ltr" ? dirProp : undefined);
  const t = useTranslator(needsSpectrumMessages, messages);
  const id = React.useId();
  const rootProps = useRootProps("needs-spectrum", { dir: dirProp, className });

  const [rawPrimary, setPrimary] = useControllableState<number>({
    value: valueProp,
    defaultValue: sanitizeValue(defaultValue, range, middle, "NeedsSpectrum defaultValue"),
    onChange: onValueChange,
    name: "NeedsSpectrum value",
  });
  const hasSecondary = secondaryProp !== undefined || defaultSecondaryValue !== undefined;
  const [rawSecondary, setSecondary] = useControllableState<number>({
    value: secondaryProp,
    defaultValue: sanitizeValue(defaultSecondaryValue, range, middle, "NeedsSpectrum defaultSecondaryValue"),
    onChange: onSecondaryValueChange,
    name: "NeedsSpectrum secondaryValue",
  });
  const primary = sanitizeValue(rawPrimary, range, middle);
  const values = hasSecondary ? [primary, sanitizeValue(rawSecondary, range, middle, "NeedsSpectrum secondaryValue")] : [primary];

  const commits = React.useRef({ onValueCommit, onSecondaryValueCommit });
  commits.current = { onValueCommit, onSecondaryValueCommit };
  const setAt = React.useCallback(
    (index: number, v: number) => (index === 0 ? setPrimary(v) : setSecondary(v)),
    [setPrimary, setSecondary],
  );
  const commitAt = React.useCallback((index: number, v: number) => {
    (index === 0 ? commits.current.onValueCommit : commits.current.onSecondaryValueCommit)?.(v);
  }, []);
  const thumbs = React.useRef<Array<HTMLElement | null>>([]);

  const ctx: SpectrumContextValue = {
    id,
    t,
    range,
    orientation,
    dir,
    disabled,
    readOnly,
    values,
    setAt,
    commitAt,
    thumbs,
  };
  const setRef = (node: HTMLDivElement | null) => {
    ref.current = node;
    if (typeof forwardedRef === "function") forwardedRef(node);
    else if (forwardedRef) forwardedRef.current = node;
  };

  return (
    <SpectrumContext.Provider value={ctx}>
      <div
        {...rest}
        {...rootProps}
        ref={setRef}
        data-attune-part="root"
        data-orientation={orientation}
        data-state={zoneOf(primary, range)}
        data-disabled={disabled ? "" : undefined}
        data-readonly={readOnly ? "" : undefined}
      >
        {children}
        {name ? <input type="hidden" name={name} value={primary} disabled={disabled} /> : null}
        {hasSecondary && secondaryName ? <input type="hidden" name={secondaryName} value={values[1]} disabled={disabled} /> : null}
      </div>
    </SpectrumContext.Provider>
  );
});

/* -------------------------------------------------------------------------------------------
 * Track: a tap or click anywhere sets the value (WCAG 2.5.7); dragging also works.
 * -----------------------------------------------------------------------------------------*/

export interface TrackProps extends React.HTMLAttributes<HTMLDivElement> {
  /** "overlap" draws the track as two circles (after the Inclusion of Other in the Self scale). @default "line" */
  variant?: "line" | "overlap";
}

export const Track = /* @__PURE__ */ React.forwardRef<HTMLDivElement, TrackProps>(function NeedsSpectrumTrack(
  { variant = "line", onPointerDown, onPointerMove, onPointerUp, onPointerCancel, ...props },
  ref,
) {
  const ctx = useSpectrum("Track");
  const drag = React.useRef<{ index: number; value: number; start: number } | null>(null);
  const inert = ctx.disabled || ctx.readOnly;

  const pick = (event: React.PointerEvent<HTMLDivElement>) =>
    valueFromPointer({ x: event.clientX, y: event.clientY }, event.currentTarget.getBoundingClientRect(), ctx.range, ctx);

  return (
    <div
      {...props}
      ref={ref}
      data-attune-part="track"
      data-variant={variant}
      data-orientation={ctx.orientation}
      data-disabled={ctx.disabled ? "" : undefined}
      onPointerDown={(event) => {
        onPointerDown?.(event);
        if (event.defaultPrevented || inert || event.button !== 0) return;
        const value = pick(event);
        const index = nearestIndex(ctx.values, value);
        drag.current = { index, value, start: ctx.values[index]! };
        ctx.setAt(index, value);
        event.currentTarget.setPointerCapture?.(event.pointerId);
        // Keeps the browser from moving focus to the track; the thumb takes it instead so the
        // keyboard can fine-tune right after a tap.
        event.preventDefault();
        ctx.thumbs.current[index]?.focus();
      }}
      onPointerMove={(event) => {
        onPointerMove?.(event);
        if (!drag.current || inert) return;
        const value = pick(event);
        drag.current.value = value;
        ctx.setAt(drag.current.index, value);
      }}
      onPointerUp={(event) => {
        onPointerUp?.(event);
        const done = drag.current;
        drag.current = null;
        if (done && done.value !== done.start) ctx.commitAt(done.index, done.value);
      }}
      onPointerCancel={(event) => {
        onPointerCancel?.(event);
        drag.current = null;
      }}
    />
  );
});

const round = (n: number) => Math.round(n * 100) / 100;

/** The transform that places a marker at `percent` along the track (container query units). */
function placement(percent: number, orientation: Orientation, dir: Dir): React.CSSProperties {
  const p = round(percent);
  if (orientation === "vertical") return { transform: `translateY(${-p}cqb)` };
  return { transform: `translateX(${dir === "rtl" ? -p : p}cqi)` };
}

/* -------------------------------------------------------------------------------------------
 * Range: the stretch between "right now" and "usually" (nothing when there is one marker:
 * the middle of the track is not a baseline to measure a lean from).
 * -----------------------------------------------------------------------------------------*/

export const Range = /* @__PURE__ */ React.forwardRef<HTMLSpanElement, React.HTMLAttributes<HTMLSpanElement>>(function NeedsSpectrumRange(
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

export const Thumb = /* @__PURE__ */ React.forwardRef<HTMLSpanElement, ThumbProps>(function NeedsSpectrumThumb(
  { index = 0, onKeyDown, style, ...props },
  forwardedRef,
) {
  const ctx = useSpectrum("Thumb");
  const value = ctx.values[index];
  if (value === undefined) return null;
  const { range, t } = ctx;
  const zone = zoneOf(value, range);
  const setRef = (node: HTMLSpanElement | null) => {
    ctx.thumbs.current[index] = node;
    if (typeof forwardedRef === "function") forwardedRef(node);
    else if (forwardedRef) forwardedRef.current = node;
  };
  return (
    <span data-attune-part="thumb-position" data-orientation={ctx.orientation} style={placement(valueToPercent(value, range), ctx.orientation, ctx.dir)}>
      <span
        aria-label={props["aria-labelledby"] ? undefined : t(index === 0 ? "needsSpectrum.label" : "needsSpectrum.usually")}
        {...props}
        ref={setRef}
        role="slider"
        tabIndex={ctx.disabled ? undefined : 0}
        aria-valuemin={range.min}
        aria-valuemax={range.max}
        aria-valuenow={value}
        aria-valuetext={t("needsSpectrum.valueText", { zone: zoneText(t, zone), value })}
        aria-orientation={ctx.orientation}
        aria-disabled={ctx.disabled || undefined}
        aria-readonly={ctx.readOnly || undefined}
        data-attune-part="thumb"
        data-marker={index === 0 ? "now" : "usually"}
        data-state={zone}
        data-orientation={ctx.orientation}
        data-disabled={ctx.disabled ? "" : undefined}
        style={style}
        onKeyDown={(event) => {
          onKeyDown?.(event);
          if (event.defaultPrevented || ctx.disabled || ctx.readOnly) return;
          const next = valueForKey(event.key, value, range, ctx, event.shiftKey);
          if (next === null) return;
          event.preventDefault();
          // Home at the start, or an arrow at an end, changes nothing and commits nothing.
          if (next === value) return;
          ctx.setAt(index, next);
          ctx.commitAt(index, next);
        }}
      />
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
  warnOnce(`NeedsSpectrum partner value must be a finite number; got ${String(value)}. Not showing it.`);
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

/** The two ends of the track, with their short descriptions, in reading order. */
export function EndLabels(props: React.HTMLAttributes<HTMLDivElement>) {
  const { t, orientation } = useSpectrum("EndLabels");
  return (
    <div {...props} data-attune-part="end-labels" data-orientation={orientation}>
      <span data-attune-part="end-label" data-end="start">
        <strong>{t("needsSpectrum.endStart")}</strong> <span>{t("needsSpectrum.endStartHint")}</span>
      </span>
      <span data-attune-part="end-label" data-end="end">
        <strong>{t("needsSpectrum.endEnd")}</strong> <span>{t("needsSpectrum.endEndHint")}</span>
      </span>
    </div>
  );
}

/**
 * A sentence that follows the lean, equally warm at both ends. It fades in when the zone
 * changes (opacity only; instant under reduced motion). Not a live region: the slider's
 * value text already announces the lean, so this would only repeat it.
 */
export function Reflection(props: React.HTMLAttributes<HTMLParagraphElement>) {
  const { t, values, range } = useSpectrum("Reflection");
  const zone = zoneOf(values[0]!, range);
  return (
    <p key={zone} {...props} data-attune-part="reflection" data-state={zone}>
      {t(`needsSpectrum.reflect${ZONE_KEY[zone]}`)}
    </p>
  );
}

/** Two circles whose overlap follows the value: put it inside a Track with variant "overlap". */
export function Overlap(props: React.SVGAttributes<SVGSVGElement>) {
  const { t, values, range, dir } = useSpectrum("Overlap");
  const r = 34;
  const { self, other } = overlapOffsets(valueToPercent(values[0]!, range), r);
  const mirror = dir === "rtl" ? -1 : 1;
  return (
    <svg {...props} viewBox="-100 -40 200 80" aria-hidden="true" focusable="false" data-attune-part="overlap">
      <g data-attune-part="overlap-self" style={{ transform: `translateX(${round(mirror * self)}px)` }}>
        <circle r={r} />
        <text textAnchor="middle" dominantBaseline="central" x={mirror * -r * 0.45}>
          {t("needsSpectrum.overlapSelf")}
        </text>
      </g>
      <g data-attune-part="overlap-other" style={{ transform: `translateX(${round(mirror * other)}px)` }}>
        <circle r={r} />
        <text textAnchor="middle" dominantBaseline="central" x={mirror * r * 0.45}>
          {t("needsSpectrum.overlapOther")}
        </text>
      </g>
    </svg>
  );
}

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
  /** The picture: a line, or two overlapping circles. @default "line" */
  variant?: "line" | "overlap";
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
    variant = "line",
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
  if (variant === "overlap" && orientation === "vertical") {
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
        {variant === "overlap" ? <Overlap /> : null}
        <Range />
        {showPartner ? <PartnerMarker value={partner!.value} label={partner!.label} /> : null}
        <Thumb
          index={0}
          aria-labelledby={hasSecondary ? `${labelId} ${id}-now` : labelId}
          aria-describedby={showPartner ? partnerId : undefined}
        />
        {hasSecondary ? <Thumb index={1} aria-labelledby={`${labelId} ${id}-usually`} /> : null}
      </Track>
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
