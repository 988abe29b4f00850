import * as React from "react";
import {
  createPartsContext,
  startAnimation,
  Button,
  LiveRegion,
  parseDirection,
  useAttune,
  useComposedRefs,
  useIsomorphicLayoutEffect,
  useReducedMotion,
  useRootProps,
  warnOnce,
  type Direction,
} from "@attune/core";
import { sessionLength, showsBreathingRate, roundedBreathsPerMinute } from "./logic";
import { useBreathingSession, type BreathingSessionState, type UseBreathingSessionProps } from "./use-breathing-session";

/* -------------------------------------------------------------------------------------------
 * Context
 * -----------------------------------------------------------------------------------------*/

export type BreathingVisual = "circle" | "rings" | "bar";
const VISUALS: readonly BreathingVisual[] = ["circle", "rings", "bar"];

interface BreathingContextValue extends BreathingSessionState {
  visual: BreathingVisual;
  /** Formats a duration in ms as m:ss in the locale's digits. */
  clockText: (ms: number) => string;
  formatNumber: (n: number) => string;
  primaryRef: React.RefObject<HTMLButtonElement | null>;
}

const [BreathingContext, useBreathing] = /* @__PURE__ */ createPartsContext<BreathingContextValue>("Breathing");

/** Transform for a lung level: the circle and rings scale, the bar fills upwards. */
function shapeTransform(visual: BreathingVisual, level: number): string {
  return visual === "bar" ? `scaleY(${0.08 + 0.92 * level})` : `scale(${0.5 + 0.5 * level})`;
}

/* -------------------------------------------------------------------------------------------
 * Root
 * -----------------------------------------------------------------------------------------*/

export interface BreathingRootProps extends UseBreathingSessionProps, Omit<React.HTMLAttributes<HTMLElement>, "dir" | keyof UseBreathingSessionProps> {
  /** Visual style. @default "circle" */
  visual?: BreathingVisual;
  /** Text direction. @default the provider's or the page's */
  dir?: Direction;
}

const SESSION_KEYS = [
  "pattern",
  "breathsPerMinute",
  "duration",
  "cycles",
  "startAt",
  "autoStart",
  "status",
  "defaultStatus",
  "onStatusChange",
  "announce",
  "sound",
  "vibrate",
  "whenHidden",
  "clock",
  "onPhaseChange",
  "onCycleComplete",
  "onComplete",
  "onError",
  "messages",
] as const;

/** Holds the session (useBreathingSession), its live region and Escape to stop. */
export const Root = /* @__PURE__ */ React.forwardRef<HTMLElement, BreathingRootProps>(function BreathingRoot(props, forwardedRef) {
  const { visual: visualProp = "circle", dir: dirProp, className, children, onKeyDown, ...rest } = props;
  const sessionProps: UseBreathingSessionProps = {};
  const domProps: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(rest)) {
    if ((SESSION_KEYS as readonly string[]).includes(k)) (sessionProps as Record<string, unknown>)[k] = v;
    else domProps[k] = v;
  }
  const session = useBreathingSession(sessionProps);
  const { locale } = useAttune();
  if (process.env.NODE_ENV !== "production" && dirProp !== undefined && !parseDirection(dirProp)) warnOnce(`BreathingGuide dir must be "ltr" or "rtl"; got ${String(dirProp)}.`);
  if (process.env.NODE_ENV !== "production" && !(VISUALS as readonly unknown[]).includes(visualProp)) warnOnce(`BreathingGuide visual must be one of ${VISUALS.join(", ")}; got ${String(visualProp)}. Using "circle".`);
  const visual: BreathingVisual = (VISUALS as readonly unknown[]).includes(visualProp) ? visualProp : "circle";
  const rootProps = useRootProps("breathing", { dir: parseDirection(dirProp), className });
  const ref = useComposedRefs<HTMLElement>(forwardedRef, session.ref);
  const primaryRef = React.useRef<HTMLButtonElement | null>(null);
  const number = React.useMemo(() => new Intl.NumberFormat(locale), [locale]);
  const { t, sessionStatus: s } = session;
  const ctx: BreathingContextValue = {
    ...session,
    visual,
    primaryRef,
    formatNumber: (n) => number.format(n),
    clockText: (ms) => {
      const total = Math.ceil(ms / 1000);
      return t("breathing.time", { minutes: number.format(Math.floor(total / 60)), seconds: number.format(total % 60).padStart(2, number.format(0)) });
    },
  };
  return (
    <BreathingContext.Provider value={ctx}>
      <section
        aria-label={t("breathing.label")}
        {...domProps}
        {...rootProps}
        ref={ref}
        data-state={s}
        data-phase={session.phase ?? undefined}
        data-visual={visual}
        onKeyDown={(event) => {
          onKeyDown?.(event);
          if (event.defaultPrevented) return;
          if (event.key === "Escape" && (s === "running" || s === "paused" || s === "waiting")) {
            event.preventDefault();
            session.stop();
          }
        }}
      >
        {children}
        <LiveRegion message={session.announcement} />
      </section>
    </BreathingContext.Provider>
  );
});

/* -------------------------------------------------------------------------------------------
 * Summary and guidance
 * -----------------------------------------------------------------------------------------*/

export type BreathingSummaryProps = React.HTMLAttributes<HTMLParagraphElement>;

/** The pattern's name, its pace where a pace means something, and the session's length. */
export const Summary = /* @__PURE__ */ React.forwardRef<HTMLParagraphElement, BreathingSummaryProps>(function BreathingSummary(props, ref) {
  const { t, pattern, cycles } = useBreathing("Summary");
  const length = sessionLength(pattern.cycleMs * cycles);
  const parts = [t(`breathing.pattern.${pattern.name}`)];
  if (showsBreathingRate(pattern)) parts.push(t("breathing.rate", { count: roundedBreathsPerMinute(pattern) }));
  parts.push(length.unit === "seconds" ? t("breathing.lengthSeconds", { count: length.count }) : t("breathing.lengthMinutes", { count: length.count }));
  return (
    <p {...props} ref={ref} data-attune-part="summary">
      {parts.join(" · ")}
    </p>
  );
});

export type BreathingGuidanceProps = React.HTMLAttributes<HTMLDivElement>;

/** How to breathe the pattern and when to stop, for patterns that need it (cyclic sighing). */
export const Guidance = /* @__PURE__ */ React.forwardRef<HTMLDivElement, BreathingGuidanceProps>(function BreathingGuidance(props, ref) {
  const { t, pattern } = useBreathing("Guidance");
  if (pattern.name !== "cyclic-sigh") return null;
  return (
    <div {...props} ref={ref} data-attune-part="guidance" data-kind={pattern.name}>
      <p>{t("breathing.howTo.cyclic-sigh")}</p>
      <p>{t("breathing.pacing.cyclic-sigh")}</p>
      <p data-attune-part="caution">{t("breathing.caution.cyclic-sigh")}</p>
    </div>
  );
});

/* -------------------------------------------------------------------------------------------
 * Visual
 * -----------------------------------------------------------------------------------------*/

export type BreathingVisualProps = React.HTMLAttributes<HTMLDivElement>;

/**
 * The shape that grows and shrinks with the breath (a picture: hidden from screen readers,
 * which hear the phase words). One framer-motion animation per phase, from where the lungs
 * are now to where the phase ends; none under reduced motion, where CSS shows the phase.
 */
export const Visual = /* @__PURE__ */ React.forwardRef<HTMLDivElement, BreathingVisualProps>(function BreathingVisual(props, ref) {
  const ctx = useBreathing("Visual");
  const { visual, snapshot, read, sessionStatus: status, formatNumber } = ctx;
  const reduced = useReducedMotion();
  const shapeRef = React.useRef<HTMLDivElement>(null);
  const f = snapshot.frame;

  useIsomorphicLayoutEffect(() => {
    const el = shapeRef.current;
    if (!el) return;
    if (reduced) {
      el.style.transform = "";
      return;
    }
    const level = status === "idle" ? 0 : status === "complete" ? 0.5 : f.level;
    const from = shapeTransform(visual, status === "waiting" ? 0 : level);
    if (status !== "running") {
      el.style.transform = from;
      return;
    }
    // Core's startAnimation: framer-motion's documented `animate` (WAAPI underneath), loaded
    // with the first animation rather than with the page (a phase that waited for it starts as
    // far in as it waited); under MotionGlobalConfig.skipAnimations it ends the phase at once.
    const stop = startAnimation(el, { transform: [from, shapeTransform(visual, f.phase.toLevel)] }, {
      duration: f.phaseRemainingMs / 1000,
      ease: "easeInOut",
      reduced: false,
    });
    return () => {
      // Keep the shape where it is (a pause holds its size), then drop the animation.
      el.style.transform = shapeTransform(visual, read().frame.level);
      stop();
    };
    // Restart per phase, not per second.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [status, f.cycle, f.phaseIndex, visual, reduced, read]);

  const secondsLeft = Math.ceil(f.phaseRemainingMs / 1000);
  const waitSeconds = Math.ceil(snapshot.waitMs / 1000);
  const showPhase = ctx.phase !== null;
  return (
    <div {...props} ref={ref} data-attune-part="stage" data-visual={visual} aria-hidden="true">
      {visual === "rings" ? (
        <>
          <div data-attune-part="ring" data-ring="outer" />
          <div data-attune-part="ring" data-ring="inner" />
        </>
      ) : null}
      <div data-attune-part="shape" ref={shapeRef} />
      {showPhase || waitSeconds ? <span data-attune-part="countdown">{formatNumber(showPhase ? secondsLeft : waitSeconds)}</span> : null}
    </div>
  );
});

/* -------------------------------------------------------------------------------------------
 * Phase and note
 * -----------------------------------------------------------------------------------------*/

export type BreathingPhaseProps = React.HTMLAttributes<HTMLParagraphElement>;

/** The phase in words ("Breathe in"), and at the end an invitation to notice the body. */
export const Phase = /* @__PURE__ */ React.forwardRef<HTMLParagraphElement, BreathingPhaseProps>(function BreathingPhase(props, ref) {
  const { t, phase, sessionStatus } = useBreathing("Phase");
  return (
    <p {...props} ref={ref} data-attune-part="phase" data-kind={phase ?? undefined}>
      {sessionStatus === "complete" ? t("breathing.completeTitle") : phase ? t(`breathing.phase.${phase}`) : "\u00a0"}
    </p>
  );
});

export type BreathingNoteProps = React.HTMLAttributes<HTMLParagraphElement>;

/** One line under the phase: the hint, the countdown to a shared start, seconds left, or the summary at the end. */
export const Note = /* @__PURE__ */ React.forwardRef<HTMLParagraphElement, BreathingNoteProps>(function BreathingNote(props, ref) {
  const { t, sessionStatus: status, snapshot, pattern, cycles, clockText } = useBreathing("Note");
  const f = snapshot.frame;
  let note: string;
  if (status === "waiting") note = t("breathing.waiting", { count: Math.ceil(snapshot.waitMs / 1000) });
  else if (status === "paused") note = t("breathing.paused");
  else if (status === "running") note = t("breathing.countdown", { count: Math.ceil(f.phaseRemainingMs / 1000) });
  else if (status === "complete") {
    note = t("breathing.completeSummary", { time: clockText(f.totalMs - snapshot.joinedAtMs), count: cycles - Math.floor(snapshot.joinedAtMs / pattern.cycleMs) });
  } else note = t("breathing.idleHint");
  return (
    <p {...props} ref={ref} data-attune-part="note">
      {note}
    </p>
  );
});

/* -------------------------------------------------------------------------------------------
 * Progress
 * -----------------------------------------------------------------------------------------*/

export type BreathingProgressProps = React.HTMLAttributes<HTMLDivElement>;

/** Progress through the session: a progressbar whose text says the breath and the time left. */
export const Progress = /* @__PURE__ */ React.forwardRef<HTMLDivElement, BreathingProgressProps>(function BreathingProgress(props, ref) {
  const { t, progress, cycle, cycles, remainingMs, clockText } = useBreathing("Progress");
  const p = Number.isFinite(progress) ? Math.min(1, Math.max(0, progress)) : 0;
  return (
    <div
      role="progressbar"
      aria-label={t("breathing.progressLabel")}
      {...props}
      ref={ref}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={Math.round(p * 100)}
      aria-valuetext={t("breathing.progressText", { cycle, cycles, time: clockText(remainingMs) })}
      data-attune-part="progress"
    >
      <div data-attune-part="progress-fill" style={{ transform: `scaleX(${p})` }} />
    </div>
  );
});

/* -------------------------------------------------------------------------------------------
 * Controls
 * -----------------------------------------------------------------------------------------*/

export type BreathingControlsProps = React.HTMLAttributes<HTMLDivElement>;

/** Start / Pause / Resume / Breathe again, and Stop while a session is on. */
export const Controls = /* @__PURE__ */ React.forwardRef<HTMLDivElement, BreathingControlsProps>(function BreathingControls(props, ref) {
  const { t, sessionStatus: status, toggle, stop, primaryRef } = useBreathing("Controls");
  const on = status === "running" || status === "paused" || status === "waiting";
  const label =
    status === "running" || status === "waiting" ? t("breathing.pause") : status === "paused" ? t("breathing.resume") : status === "complete" ? t("breathing.again") : t("breathing.start");
  return (
    <div {...props} ref={ref} data-attune-part="controls" data-state={status}>
      <Button variant="primary" onClick={toggle} data-attune-part="primary" ref={primaryRef}>
        {label}
      </Button>
      {on ? <StopButton label={t("breathing.stop")} onStop={stop} primaryRef={primaryRef} /> : null}
    </div>
  );
});

/** Stop goes away when a session ends (stopped or complete): focus on it moves to the main button. */
function StopButton({ label, onStop, primaryRef }: { label: string; onStop: () => void; primaryRef: React.RefObject<HTMLButtonElement | null> }) {
  const ref = React.useRef<HTMLButtonElement>(null);
  useIsomorphicLayoutEffect(() => {
    const button = ref.current;
    // Runs while the button is still in the document, before React removes it.
    return () => {
      const focused = (button?.getRootNode() as Document | ShadowRoot | undefined)?.activeElement;
      if (button && focused === button) primaryRef.current?.focus();
    };
  }, [primaryRef]);
  return (
    <Button ref={ref} onClick={onStop} data-attune-part="stop" aria-keyshortcuts="Escape">
      {label}
    </Button>
  );
}

/* -------------------------------------------------------------------------------------------
 * BreathingGuide: the ready-made widget
 * -----------------------------------------------------------------------------------------*/

export type BreathingGuideProps = BreathingRootProps;

/** A paced breathing guide: a shape that grows and shrinks, the phase word, a countdown and progress. */
export const BreathingGuide = /* @__PURE__ */ React.forwardRef<HTMLElement, BreathingGuideProps>(function BreathingGuide(props, ref) {
  return (
    <Root {...props} ref={ref}>
      <Summary />
      <Guidance />
      <Visual />
      <Phase />
      <Note />
      <Progress />
      <Controls />
    </Root>
  );
});

/** The parts as one namespace: `<Breathing.Root>`, `<Breathing.Visual>`, … */
export const Breathing = { Root, Summary, Guidance, Visual, Phase, Note, Progress, Controls } as const;
