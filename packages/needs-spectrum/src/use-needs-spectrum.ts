import * as React from "react";
import {
  composeRefs,
  parseDirection,
  useControllableState,
  useDirection,
  useTranslator,
  warnOnce,
  type Direction,
  type Message,
  type Translate,
} from "@attune/core";
import {
  midpoint,
  nearestIndex,
  parseOrientation,
  resolveRange,
  sanitizeValue,
  valueForKey,
  valueFromPointer,
  valueToPercent,
  zoneOf,
  type Orientation,
  type Range as SpectrumRange,
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

/** The sentence that follows the lean: both needs affirmed, naming which pulls harder now. */
export function reflectionText(t: T, zone: Zone): string {
  return t(`needsSpectrum.reflect${ZONE_KEY[zone]}`);
}

/** A `dir` prop read with core's parseDirection: anything else is reported and ignored. */
export function readDir(value: unknown, what: string): Direction | undefined {
  const dir = parseDirection(value);
  if (process.env.NODE_ENV !== "production" && value !== undefined && !dir) warnOnce(`${what} dir must be "ltr" or "rtl"; got ${String(value)}. Using the page's direction.`);
  return dir;
}

export interface UseNeedsSpectrumProps {
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
  /** Track direction. Horizontal keeps the lean on the same axis as every other Attune picture. @default "horizontal" */
  orientation?: Orientation;
  /** Text direction; horizontal tracks start on the right under "rtl". @default the provider's, else the page's */
  dir?: Direction;
  /** Not focusable, not editable, dimmed. @default false */
  disabled?: boolean;
  /** Focusable and announced, but the value cannot change. @default false */
  readOnly?: boolean;
  /** Overrides for any message, e.g. `{ "needsSpectrum.endEnd": "Together" }`. */
  messages?: NeedsSpectrumMessages;
}

/** How the value last moved: keys and drags move the thumb at once; a tap on the track glides. */
export type SpectrumInput = "none" | "keyboard" | "pointer" | "drag";

export interface NeedsSpectrumState {
  t: T;
  range: SpectrumRange;
  orientation: Orientation;
  dir: Direction;
  disabled: boolean;
  readOnly: boolean;
  /** [mine now, mine usually?]: the second exists only when the host asked for it. */
  values: number[];
  /** Where I lean now. */
  value: number;
  zone: Zone;
  /** 0..100 along the track. */
  percent: number;
  /** Whether the value means something yet: the person moved it, or the host gave one. */
  placed: boolean;
  input: SpectrumInput;
  /** The value in words for screen readers (no number; the number is `value`). */
  valueText: (index?: number) => string;
  setAt: (index: number, value: number) => void;
  commitAt: (index: number, value: number) => void;
  /** Props for the element holding the spectrum (ref for direction detection, data attributes). */
  getRootProps: <P extends React.HTMLAttributes<HTMLElement> & { ref?: React.Ref<HTMLElement> }>(props?: P) => P & Record<string, unknown>;
  /** Props for the track: a tap or click anywhere sets the value (WCAG 2.5.7); dragging also works. */
  getTrackProps: <P extends React.HTMLAttributes<HTMLElement>>(props?: P) => P & Record<string, unknown>;
  /** Props for a thumb (WAI-ARIA APG slider): role, values, keyboard. */
  getThumbProps: <P extends React.HTMLAttributes<HTMLElement> & { ref?: React.Ref<HTMLElement> }>(index?: 0 | 1, props?: P) => P & Record<string, unknown>;
}

/**
 * All of NeedsSpectrum's state and behaviour, for a host's own markup: spread the prop
 * getters on a container, a track and a thumb, or read the values and draw anything.
 */
export function useNeedsSpectrum(props: UseNeedsSpectrumProps = {}): NeedsSpectrumState {
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
    disabled = false,
    readOnly = false,
    messages,
  } = props;
  const range = resolveRange(min, max, step);
  const middle = midpoint(range);
  const orientation = parseOrientation(props.orientation);
  const rootRef = React.useRef<HTMLElement | null>(null);
  const dir = useDirection(rootRef, readDir(props.dir, "NeedsSpectrum"));
  const t = useTranslator(needsSpectrumMessages, messages);

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
  const [moved, setMoved] = React.useState(false);
  const [input, setInput] = React.useState<SpectrumInput>("none");

  const commits = React.useRef({ onValueCommit, onSecondaryValueCommit });
  commits.current = { onValueCommit, onSecondaryValueCommit };
  const setAt = React.useCallback(
    (index: number, v: number) => {
      setMoved(true);
      if (index === 0) setPrimary(v);
      else setSecondary(v);
    },
    [setPrimary, setSecondary],
  );
  const commitAt = React.useCallback((index: number, v: number) => {
    (index === 0 ? commits.current.onValueCommit : commits.current.onSecondaryValueCommit)?.(v);
  }, []);
  const thumbs = React.useRef<Array<HTMLElement | null>>([]);
  const drag = React.useRef<{ index: number; value: number; start: number } | null>(null);
  const inert = disabled || readOnly;
  const zone = zoneOf(primary, range);
  const valueText = (index = 0) => zoneText(t, zoneOf(values[index] ?? primary, range));

  return {
    t,
    range,
    orientation,
    dir,
    disabled,
    readOnly,
    values,
    value: primary,
    zone,
    percent: valueToPercent(primary, range),
    placed: moved || valueProp !== undefined || defaultValue !== undefined,
    input,
    valueText,
    setAt,
    commitAt,
    getRootProps: (p) => {
      const { ref, ...rest } = (p ?? {}) as React.HTMLAttributes<HTMLElement> & { ref?: React.Ref<HTMLElement> };
      return {
        ...rest,
        ref: ref ? composeRefs(rootRef, ref) : rootRef,
        "data-orientation": orientation,
        "data-state": zone,
        "data-value": primary,
        "data-input": input,
        "data-disabled": disabled ? "" : undefined,
        "data-readonly": readOnly ? "" : undefined,
      } as never;
    },
    getTrackProps: (p) => {
      const { onPointerDown, onPointerMove, onPointerUp, onPointerCancel, ...rest } = (p ?? {}) as React.HTMLAttributes<HTMLElement>;
      const pick = (event: React.PointerEvent<HTMLElement>) =>
        valueFromPointer({ x: event.clientX, y: event.clientY }, event.currentTarget.getBoundingClientRect(), range, { orientation, dir });
      return {
        ...rest,
        "data-orientation": orientation,
        "data-disabled": disabled ? "" : undefined,
        onPointerDown: (event: React.PointerEvent<HTMLElement>) => {
          onPointerDown?.(event);
          if (event.defaultPrevented || inert || event.button !== 0) return;
          const v = pick(event);
          const index = nearestIndex(values, v);
          drag.current = { index, value: v, start: values[index]! };
          setInput("pointer");
          setAt(index, v);
          event.currentTarget.setPointerCapture?.(event.pointerId);
          // Keeps the browser from moving focus to the track; the thumb takes it instead so the
          // keyboard can fine-tune right after a tap.
          event.preventDefault();
          thumbs.current[index]?.focus();
        },
        onPointerMove: (event: React.PointerEvent<HTMLElement>) => {
          onPointerMove?.(event);
          if (!drag.current || inert) return;
          const v = pick(event);
          drag.current.value = v;
          setInput("drag");
          setAt(drag.current.index, v);
        },
        onPointerUp: (event: React.PointerEvent<HTMLElement>) => {
          onPointerUp?.(event);
          const done = drag.current;
          drag.current = null;
          if (done && done.value !== done.start) commitAt(done.index, done.value);
        },
        onPointerCancel: (event: React.PointerEvent<HTMLElement>) => {
          onPointerCancel?.(event);
          drag.current = null;
        },
      } as never;
    },
    getThumbProps: (index = 0, p) => {
      const { ref, onKeyDown, ...rest } = (p ?? {}) as React.HTMLAttributes<HTMLElement> & { ref?: React.Ref<HTMLElement> };
      const value = values[index] ?? primary;
      return {
        "aria-label": rest["aria-labelledby"] ? undefined : t(index === 0 ? "needsSpectrum.label" : "needsSpectrum.usually"),
        ...rest,
        ref: (node: HTMLElement | null) => {
          thumbs.current[index] = node;
          if (typeof ref === "function") ref(node);
          else if (ref) (ref as React.MutableRefObject<HTMLElement | null>).current = node;
        },
        role: "slider",
        tabIndex: disabled ? undefined : 0,
        "aria-valuemin": range.min,
        "aria-valuemax": range.max,
        "aria-valuenow": value,
        // Words only: a screen reader hears the lean, not a score. The number stays in
        // aria-valuenow, data-value and the callbacks.
        "aria-valuetext": valueText(index),
        "aria-orientation": orientation,
        "aria-disabled": disabled || undefined,
        "aria-readonly": readOnly || undefined,
        "data-state": zoneOf(value, range),
        "data-value": value,
        "data-orientation": orientation,
        "data-disabled": disabled ? "" : undefined,
        onKeyDown: (event: React.KeyboardEvent<HTMLElement>) => {
          onKeyDown?.(event);
          if (event.defaultPrevented || inert) return;
          const next = valueForKey(event.key, value, range, { orientation, dir }, event.shiftKey);
          if (next === null) return;
          event.preventDefault();
          // Home at the start, or an arrow at an end, changes nothing and commits nothing.
          if (next === value) return;
          setInput("keyboard");
          setAt(index, next);
          commitAt(index, next);
        },
      } as never;
    },
  };
}
