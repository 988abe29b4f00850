import * as React from "react";
// framer-motion's WAAPI animation class on its own: the same engine as `animate` from
// "framer-motion/dom/mini" (and core's animateElement) without the selector and multi-value
// layer, which would cost another 1.2 kB gzipped for one element and one property.
import { MotionGlobalConfig, NativeAnimation } from "framer-motion";
import { Button, LiveRegion, useAttune, useReducedMotion, useRootProps, useTranslator, type Direction } from "@attune/core";
import type { Message } from "@attune/core/logic";
import {
  createSession,
  resolvePattern,
  roundedBreathsPerMinute,
  sessionCycles,
  systemClock,
  type BreathingClock,
  type BreathingPattern,
  type BreathingSession,
  type PhaseKind,
  type PresetName,
  type SessionSnapshot,
} from "./engine";
import { breathingMessages, type BreathingMessageKey } from "./messages";

/* -------------------------------------------------------------------------------------------
 * Types
 * -----------------------------------------------------------------------------------------*/

export type BreathingVisual = "circle" | "rings" | "bar";
export type BreathingAnnounce = "phases" | "cycles" | "off";

export interface BreathingPhaseChange {
  phase: PhaseKind;
  /** One-based number of the current cycle. */
  cycle: number;
  cycles: number;
  /** Length of the phase in seconds. */
  seconds: number;
}

export interface BreathingCycleComplete {
  /** One-based number of the cycle just finished. */
  cycle: number;
  cycles: number;
}

export interface BreathingComplete {
  /** Milliseconds actually breathed on this device (pauses not counted). */
  durationMs: number;
  /** Cycles breathed on this device. */
  cycles: number;
}

export interface BreathingGuideProps {
  /** A preset name or a custom pattern (durations snap to 0.25 s). @default "resonance" */
  pattern?: PresetName | BreathingPattern;
  /** Pace of the resonance preset, 4.5 to 6.5 breaths a minute. @default 6 */
  breathsPerMinute?: number;
  /** Session length in seconds, rounded up to whole cycles. @default 300 */
  duration?: number;
  /** Session length in cycles; wins over `duration`. */
  cycles?: number;
  /** Shared start, epoch milliseconds, so two partners' guides breathe in step. */
  startAt?: number;
  /** Start on mount. Only for hosts whose person already chose to begin. @default false */
  autoStart?: boolean;
  /** Visual style. @default "circle" */
  visual?: BreathingVisual;
  /** What the screen-reader live region says: every phase, only cycle starts, or nothing. @default "phases" */
  announce?: BreathingAnnounce;
  /** Soft tones at each phase change through Web Audio. @default false */
  sound?: boolean;
  /** A short vibration at each phase change, where the browser supports it. @default false */
  vibrate?: boolean;
  /** When the page is hidden: pause, or keep time and catch up on return. @default "pause", or "continue" with `startAt` */
  whenHidden?: "pause" | "continue";
  /** Clocks to time against (keep the object stable); pass a server-corrected `epochNow` for shared sessions. @default performance.now() and Date.now() */
  clock?: BreathingClock;
  /** Called at the start of every phase, with the phase, one-based cycle and its length. */
  onPhaseChange?: (change: BreathingPhaseChange) => void;
  /** Called after every finished cycle, including cycles passed while the page was hidden. */
  onCycleComplete?: (info: BreathingCycleComplete) => void;
  /** Called once at the end with what this device breathed (pauses not counted). */
  onComplete?: (result: BreathingComplete) => void;
  /** Replaces any of the default strings for this instance. */
  messages?: Partial<Record<BreathingMessageKey, Message>>;
  /** Text direction. @default the provider's or the page's */
  dir?: Direction;
  /** Extra class names for the root element. */
  className?: string;
}

/** Transform for a lung level: the circle and rings scale, the bar fills upwards. */
function shapeTransform(visual: BreathingVisual, level: number): string {
  return visual === "bar" ? `scaleY(${0.08 + 0.92 * level})` : `scale(${0.5 + 0.5 * level})`;
}

/* -------------------------------------------------------------------------------------------
 * Cues: tones and vibration, never the only signal
 * -----------------------------------------------------------------------------------------*/

type AudioCtx = AudioContext;

function createAudio(): AudioCtx | undefined {
  try {
    return typeof AudioContext === "function" ? new AudioContext() : undefined;
  } catch {
    return undefined;
  }
}

const TONES: Record<PhaseKind, number> = { inhale: 392, topUp: 440, hold: 330, exhale: 294, holdOut: 262 };

function playTone(ctx: AudioCtx, kind: PhaseKind) {
  try {
    const t = ctx.currentTime;
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.type = "sine";
    osc.frequency.value = TONES[kind];
    gain.gain.setValueAtTime(0.0001, t);
    gain.gain.exponentialRampToValueAtTime(0.08, t + 0.04);
    gain.gain.exponentialRampToValueAtTime(0.0001, t + 0.35);
    osc.connect(gain).connect(ctx.destination);
    osc.start(t);
    osc.stop(t + 0.4);
  } catch {
    // A blocked or closed audio context simply means no tone; the visuals and text remain.
  }
}

function vibrateFor(kind: PhaseKind) {
  try {
    const nav = globalThis.navigator as Navigator | undefined;
    if (typeof nav?.vibrate !== "function") return;
    nav.vibrate(kind === "inhale" || kind === "topUp" ? 60 : kind === "exhale" ? [40, 80, 40] : 20);
  } catch {
    // Unsupported (iOS Safari, cross-origin iframes): the other cues carry the meaning.
  }
}

/* -------------------------------------------------------------------------------------------
 * BreathingGuide
 * -----------------------------------------------------------------------------------------*/

/** A paced breathing guide: a shape that grows and shrinks, the phase word, a countdown and progress. */
export function BreathingGuide(props: BreathingGuideProps) {
  const {
    pattern: patternProp,
    breathsPerMinute,
    duration,
    cycles: cyclesProp,
    startAt,
    autoStart = false,
    visual = "circle",
    announce = "phases",
    sound = false,
    whenHidden = startAt === undefined ? "pause" : "continue",
    clock = systemClock,
    messages,
    dir,
    className,
  } = props;
  const t = useTranslator(breathingMessages, messages);
  const { locale } = useAttune();
  const reduced = useReducedMotion();
  const rootProps = useRootProps("breathing", { dir, className });

  // Custom patterns often arrive as inline objects: key the memo on their content.
  const patternKey = typeof patternProp === "object" && patternProp !== null ? JSON.stringify(patternProp.phases ?? null) : patternProp;
  const pattern = React.useMemo(
    () => resolvePattern(patternProp, breathsPerMinute),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [patternKey, breathsPerMinute],
  );
  const cycles = React.useMemo(() => sessionCycles(pattern, { cycles: cyclesProp, seconds: duration }), [pattern, cyclesProp, duration]);

  const session = React.useMemo<BreathingSession>(
    () => createSession({ pattern, cycles, clock, startAt }),
    [pattern, cycles, clock, startAt],
  );
  const [snap, setSnap] = React.useState<SessionSnapshot>(() => session.read());
  const [announcement, setAnnouncement] = React.useState("");
  const shapeRef = React.useRef<HTMLDivElement>(null);
  const primaryRef = React.useRef<HTMLButtonElement>(null);
  // Stop goes away when a session ends (stopped or complete): keep keyboard focus in the widget.
  const keepFocus = () => {
    const primary = primaryRef.current;
    // getRootNode: inside a shadow root, document.activeElement is only the host.
    const focused = (primary?.getRootNode() as Document | ShadowRoot | undefined)?.activeElement;
    if (focused && focused !== primary && primary?.parentElement?.contains(focused)) primary.focus();
  };
  const audioRef = React.useRef<AudioCtx | undefined>(undefined);
  // The frame loop and controls read the latest props without restarting.
  const latest = React.useRef({ props, t, announce });
  latest.current = { props, t, announce };
  const say = React.useCallback((key: BreathingMessageKey, params?: Record<string, string | number>) => {
    const { announce: mode, t: tr } = latest.current;
    setAnnouncement(mode === "off" ? "" : tr(key, params));
  }, []);

  // A new session (pattern, length or shared start changed) starts from idle.
  const sessionRef = React.useRef(session);
  if (sessionRef.current !== session) {
    sessionRef.current = session;
    setSnap(session.read());
  }

  const status = snap.status;
  const active = status === "running" || status === "waiting";

  /* The frame loop: reads the clock each animation frame; re-renders only when a visible
   * value (phase, whole second, status) changes, and fires callbacks and cues on changes. */
  const lastKey = React.useRef("");
  const lastPos = React.useRef<{ cycle: number; phase: number } | null>(null);

  const onSnapshot = React.useCallback(
    (next: SessionSnapshot) => {
      const f = next.frame;
      const key = `${next.status}|${f.cycle}|${f.phaseIndex}|${Math.ceil(f.phaseRemainingMs / 1000)}|${Math.ceil(next.waitMs / 1000)}`;
      if (key === lastKey.current) return;
      lastKey.current = key;
      setSnap(next);
      const prev = lastPos.current;
      const done = next.status === "complete";
      if (done ? !prev : next.status !== "running" || (prev && prev.cycle === f.cycle && prev.phase === f.phaseIndex)) return;
      const { props: cb, announce: mode, t: tr } = latest.current;
      // Every finished cycle is reported, even those passed while the page was hidden.
      if (prev) for (let c = prev.cycle + 1; c <= (done ? cycles : f.cycle); c++) cb.onCycleComplete?.({ cycle: c, cycles });
      if (done) {
        lastPos.current = null;
        cb.onComplete?.({ durationMs: f.totalMs - next.joinedAtMs, cycles: cycles - Math.floor(next.joinedAtMs / pattern.cycleMs) });
        say("breathing.completeTitle");
        keepFocus();
        return;
      }
      lastPos.current = { cycle: f.cycle, phase: f.phaseIndex };
      const kind = f.phase.kind;
      const seconds = f.phase.ms / 1000;
      cb.onPhaseChange?.({ phase: kind, cycle: f.cycle + 1, cycles, seconds });
      const word = tr(`breathing.phase.${kind}`);
      const phase = mode === "phases" ? tr("breathing.announcePhase", { phase: word, count: Math.round(seconds * 100) / 100 }) : word;
      if (f.phaseIndex === 0) say("breathing.announceCycle", { cycle: f.cycle + 1, cycles, phase });
      else if (mode === "phases") setAnnouncement(phase);
      if (cb.sound && audioRef.current) playTone(audioRef.current, kind);
      if (cb.vibrate) vibrateFor(kind);
    },
    [cycles, pattern, say],
  );

  React.useEffect(() => {
    if (!active) return;
    let raf = 0;
    const tick = () => {
      const next = session.read();
      onSnapshot(next);
      if (next.status === "running" || next.status === "waiting") raf = requestAnimationFrame(tick);
    };
    raf = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(raf);
  }, [active, session, onSnapshot]);

  /* Controls */

  const begin = React.useCallback(
    (next: SessionSnapshot, announceKey?: BreathingMessageKey) => {
      lastKey.current = "";
      if (announceKey) say(announceKey);
      onSnapshot(next);
    },
    [onSnapshot, say],
  );

  const start = React.useCallback(() => {
    lastPos.current = null;
    begin(session.start());
  }, [session, begin]);

  const pause = React.useCallback(
    () => {
      const next = session.pause();
      lastKey.current = "";
      // A pause on the very last frame finds the session already complete.
      if (next.status !== "paused") return onSnapshot(next);
      setSnap(next);
      say("breathing.announcePaused");
    },
    [session, say, onSnapshot],
  );

  const ensureAudio = () => {
    if (!sound) return;
    if (!audioRef.current || audioRef.current.state === "closed") audioRef.current = createAudio();
    void audioRef.current?.resume?.().catch(() => undefined);
  };

  const stop = () => {
    lastPos.current = null;
    begin(session.stop(), "breathing.announceStopped");
    keepFocus();
  };

  const onPrimary = () => {
    if (status === "running" || status === "waiting") pause();
    else {
      ensureAudio();
      if (status === "paused") begin(session.resume(), "breathing.announceResumed");
      else start();
    }
  };

  // Auto start only when the host asks; StrictMode's second mount finds it already running.
  React.useEffect(() => {
    if (autoStart && session.read().status === "idle") start();
  }, [autoStart, session, start]);

  // Hidden page: pause (solo default) or keep time and catch up when visible again.
  React.useEffect(() => {
    // The widget's own document, so a guide rendered into an iframe watches that frame.
    const doc = primaryRef.current?.ownerDocument;
    if (whenHidden !== "pause" || !doc) return;
    const onVisibility = () => {
      if (doc.visibilityState === "hidden") {
        const s = session.read().status;
        if (s === "running" || s === "waiting") pause();
      }
    };
    doc.addEventListener("visibilitychange", onVisibility);
    return () => doc.removeEventListener("visibilitychange", onVisibility);
  }, [whenHidden, session, pause]);

  // Close the audio context on unmount.
  React.useEffect(
    () => () => {
      void audioRef.current?.close?.().catch(() => undefined);
      audioRef.current = undefined;
    },
    [],
  );

  /* The shape: one framer-motion WAAPI animation per phase, from where the lungs are now to
   * where the phase ends; stopped on pause, stop and unmount. None under reduced motion. */
  const f = snap.frame;
  React.useEffect(() => {
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
    const controls = new NativeAnimation<string>({
      element: el as HTMLElement,
      name: "transform",
      keyframes: [from, shapeTransform(visual, f.phase.toLevel)],
      duration: MotionGlobalConfig.skipAnimations ? 0 : f.phaseRemainingMs,
      ease: "easeInOut",
    });
    return () => {
      // Keep the shape where it is (a pause holds its size), then drop the animation.
      el.style.transform = shapeTransform(visual, session.read().frame.level);
      controls.stop();
    };
    // Restart per phase, not per second.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [status, f.cycle, f.phaseIndex, visual, reduced, session]);

  /* Text */

  const one = React.useMemo(() => new Intl.NumberFormat(locale), [locale]);
  const clockText = (ms: number) => {
    const total = Math.ceil(ms / 1000);
    return t("breathing.time", { minutes: one.format(Math.floor(total / 60)), seconds: one.format(total % 60).padStart(2, one.format(0)) });
  };
  const patternName = t(`breathing.pattern.${pattern.name}`);
  const totalMinutes = Math.max(1, Math.round((pattern.cycleMs * cycles) / 60000));
  const summary = [
    patternName,
    t("breathing.rate", { count: roundedBreathsPerMinute(pattern) }),
    t("breathing.lengthMinutes", { count: totalMinutes }),
  ].join(" · ");

  const secondsLeft = Math.ceil(f.phaseRemainingMs / 1000);
  const waitSeconds = Math.ceil(snap.waitMs / 1000);
  // Paused during a shared countdown still shows the countdown, not a phase.
  const showPhase = (status === "running" || status === "paused") && !waitSeconds;
  const progressPercent = Math.round(f.progress * 100);
  const primaryLabel =
    status === "running" || status === "waiting" ? t("breathing.pause") : status === "paused" ? t("breathing.resume") : status === "complete" ? t("breathing.again") : t("breathing.start");
  const joinedCycles = Math.floor(snap.joinedAtMs / pattern.cycleMs);

  let note: string;
  if (status === "waiting") note = t("breathing.waiting", { count: waitSeconds });
  else if (status === "paused") note = t("breathing.paused");
  else if (status === "running") note = t("breathing.countdown", { count: secondsLeft });
  else if (status === "complete") note = t("breathing.completeSummary", { time: clockText(f.totalMs - snap.joinedAtMs), count: cycles - joinedCycles });
  else note = t("breathing.idleHint");

  return (
    <section
      {...rootProps}
      aria-label={t("breathing.label")}
      data-state={status}
      data-phase={showPhase ? f.phase.kind : undefined}
      data-visual={visual}
      onKeyDown={(event) => {
        if (event.key === "Escape" && (status === "running" || status === "paused" || status === "waiting")) {
          event.preventDefault();
          stop();
        }
      }}
    >
      <p data-attune-part="summary">{summary}</p>
      <div data-attune-part="stage" aria-hidden="true">
        {visual === "rings" ? (
          <>
            <div data-attune-part="ring" data-ring="outer" />
            <div data-attune-part="ring" data-ring="inner" />
          </>
        ) : null}
        <div data-attune-part="shape" ref={shapeRef} />
        {showPhase || waitSeconds ? (
          <span data-attune-part="countdown">{one.format(showPhase ? secondsLeft : waitSeconds)}</span>
        ) : null}
      </div>
      <p data-attune-part="phase">
        {status === "complete" ? t("breathing.completeTitle") : showPhase ? t(`breathing.phase.${f.phase.kind}`) : "\u00a0"}
      </p>
      <p data-attune-part="note">{note}</p>
      <div
        role="progressbar"
        aria-label={t("breathing.progressLabel")}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={progressPercent}
        aria-valuetext={t("breathing.progressText", { cycle: f.cycle + 1, cycles, time: clockText(f.remainingMs) })}
        data-attune-part="progress"
      >
        <div data-attune-part="progress-fill" style={{ transform: `scaleX(${f.progress})` }} />
      </div>
      <div data-attune-part="controls">
        <Button variant="primary" onClick={onPrimary} data-attune-part="primary" ref={primaryRef}>
          {primaryLabel}
        </Button>
        {status === "running" || status === "paused" || status === "waiting" ? (
          <Button onClick={stop} data-attune-part="stop" aria-keyshortcuts="Escape">
            {t("breathing.stop")}
          </Button>
        ) : null}
      </div>
      <LiveRegion message={announcement} />
    </section>
  );
}
