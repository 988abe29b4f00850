// What a running session needs, loaded on first need (see "sessionCode" in
// ./use-guided-practice): the session clock and its breath timing, the frame loop, the
// actions' work, and the parts that show a session (the step text and its motion, the
// breath, the host's audio).
import * as React from "react";
import { startAnimation, useAttune, useComposedRefs, useIsomorphicLayoutEffect, useReducedMotion } from "@attune/core";
import { PRACTICE_VERSION } from "./check";
import { buildTimeline, createPracticeSession, type Practice, type PracticeClock, type PracticeSnapshot, type PracticeStatus, type SavedProgress, type Timeline } from "./practice";
import type { GuidedPracticeMessageKey } from "./messages";
import { Button } from "@attune/core";

export { guidedPracticeMessages as messages } from "./messages";
import type { PracticePlayerContextValue } from "./guided-practice";
import type { GuidedPracticeState, SessionAction, SessionHost } from "./use-guided-practice";

const inSession = (s: string) => s === "running" || s === "waiting" || s === "paused";

/** One session of one practice, driving the hook's state through `h`. */
export function driveSession(h: SessionHost, practice: Practice | undefined, shared: boolean, clock: PracticeClock, startAt: number | undefined) {
  const timeline: Timeline = practice ? buildTimeline(practice, { shared }) : { steps: [], timedMs: 0 };
  // A start that waited for this code is timed from its press: the session reads the press's
  // moment while it starts.
  let at: number | undefined;
  let epochAt: number | undefined;
  const session = createPracticeSession({ timeline, clock: { now: () => at ?? clock.now(), epochNow: () => epochAt ?? clock.epochNow() }, startAt });

  const onSnapshot = (next: PracticeSnapshot, force = false) => {
    const b = next.breath;
    const key = `${next.status}|${next.stepIndex}|${next.stepRemainingMs === null ? "r" : Math.ceil(next.stepRemainingMs / 1000)}|${Math.ceil(
      next.waitMs / 1000,
    )}|${b ? `${b.cycle}.${b.phaseIndex}.${Math.ceil(b.phaseRemainingMs / 1000)}` : ""}`;
    if (key === h.lastKey && !force) return;
    h.lastKey = key;
    h.setSnap(next);
    h.setStatus(next.status);
    const { options: o, t, announce: mode, practice: p } = h;
    if (!p) return;
    if (next.status === "complete") {
      if (h.lastStep !== -2) {
        h.lastStep = -2;
        if (mode !== "off") h.say(t("guidedPractice.announceComplete"));
        h.setSaved(null);
        o.onComplete?.({ practiceId: p.id });
      }
      return;
    }
    if ((next.status === "running" || next.status === "paused") && next.stepIndex !== h.lastStep) {
      h.lastStep = next.stepIndex;
      const step = p.steps[next.stepIndex]!;
      const count = p.steps.length;
      if (mode === "steps") h.say(t("guidedPractice.announceStep", { step: next.stepIndex + 1, count, text: step.text }));
      else if (mode === "quiet") h.say(t("guidedPractice.stepOf", { step: next.stepIndex + 1, count }));
      o.onStepChange?.({ practiceId: p.id, stepIndex: next.stepIndex, step });
      if (next.status === "running") h.setSaved({ version: PRACTICE_VERSION, practiceId: p.id, stepIndex: next.stepIndex, stepElapsedMs: 0 });
    }
  };

  const quietSay = (key: GuidedPracticeMessageKey) => {
    if (h.announce !== "off") h.say(h.t(key));
  };

  const savePlace = (s: PracticeSnapshot) => {
    const p = h.practice;
    if (p && s.status === "paused") h.setSaved({ version: PRACTICE_VERSION, practiceId: p.id, stepIndex: s.stepIndex, stepElapsedMs: Math.round(s.stepElapsedMs) });
  };

  const start = (pressedAt?: number, pressedEpoch?: number) => {
    const p = h.practice;
    if (!p) return;
    h.lastStep = -1;
    h.setRestored(false);
    h.setStopped(false);
    at = pressedAt;
    epochAt = pressedEpoch;
    let next = session.start();
    at = epochAt = undefined;
    // Started from an earlier press: where it is now.
    if (pressedAt !== undefined) next = session.read();
    onSnapshot(next, true);
    const onStart = h.options.onStart;
    if (onStart) {
      const shareAt =
        typeof startAt === "number" && Number.isFinite(startAt) ? startAt : Math.round(pressedEpoch ?? clock.epochNow() - next.stepElapsedMs);
      try {
        const result = onStart({ version: PRACTICE_VERSION, practiceId: p.id, startAt: shareAt });
        if (result && typeof (result as Promise<unknown>).then === "function")
          (result as Promise<unknown>).then(undefined, (cause: unknown) => h.report({ code: "share", message: "GuidedPractice: onStart was rejected.", cause }));
      } catch (cause) {
        h.report({ code: "share", message: "GuidedPractice: onStart threw.", cause });
      }
    }
  };

  const pause = () => {
    const next = session.pause();
    onSnapshot(next, true);
    if (next.status === "paused") {
      quietSay("guidedPractice.announcePaused");
      savePlace(next);
    }
  };

  const resume = () => {
    h.setRestored(false);
    onSnapshot(session.resume(), true);
    quietSay("guidedPractice.announceResumed");
  };

  const stop = () => {
    const wasMidway = session.read().status !== "idle" && session.read().status !== "complete";
    h.lastStep = -1;
    h.setRestored(false);
    onSnapshot(session.stop(), true);
    h.setSaved(null);
    if (wasMidway) {
      h.setStopped(true);
      quietSay("guidedPractice.announceStopped");
    }
  };

  const actions: Record<SessionAction, (at?: number, epochAt?: number) => void> = {
    start,
    pause,
    resume,
    stop,
    next() {
      const s = session.next();
      onSnapshot(s, true);
      savePlace(s);
    },
    back() {
      const s = session.back();
      if (s.stepIndex === h.lastStep) h.lastStep = -1; // the first step again: say it again
      onSnapshot(s, true);
      savePlace(s);
    },
    toggle(at, epochAt) {
      const s = session.read().status;
      if (s === "running" || s === "waiting") pause();
      else if (s === "paused") resume();
      else start(at, epochAt);
    },
  };

  return {
    timeline,
    read: session.read,
    act: (name: SessionAction, at?: number, epochAt?: number) => actions[name](at, epochAt),
    /** The frame loop; returns its stop. */
    loop() {
      let raf = 0;
      const tick = () => {
        const next = session.read();
        onSnapshot(next);
        if (next.status === "running" || next.status === "waiting") raf = requestAnimationFrame(tick);
      };
      raf = requestAnimationFrame(tick);
      return () => cancelAnimationFrame(raf);
    },
    /** A host-owned status asks for something the session is not doing. */
    follow(status: PracticeStatus, current: PracticeStatus) {
      if (status === "running" || status === "waiting") {
        if (current === "paused") resume();
        else if (current === "idle" || current === "complete") start();
      } else if (status === "paused") {
        if (current === "running" || current === "waiting") pause();
      } else if (status === "idle") {
        if (current !== "idle") stop();
      }
    },
    /** Saved progress: an idle practice opens paused where it was left. */
    restore(saved: SavedProgress) {
      if (session.read().status !== "idle") return;
      h.lastStep = saved.stepIndex;
      onSnapshot(session.seek(saved.stepIndex, saved.stepElapsedMs), true);
      h.setRestored(true);
    },
  };
}

export type SessionDriver = ReturnType<typeof driveSession>;

/* -------------------------------------------------------------------------------------------
 * Parts of a session (inside the player's own elements)
 * -----------------------------------------------------------------------------------------*/

interface PartProps {
  p: PracticePlayerContextValue;
}

/** The stage's words: the step number and text (moving gently only when the step changes), and a note on the state. */
export function StageBody({ p }: PartProps) {
  const { practice, step, snapshot, status, ready, restored, stopped, t } = p;
  const reduced = useReducedMotion();
  const textRef = React.useRef<HTMLParagraphElement>(null);
  const showStep = inSession(status) && snapshot.waitMs === 0 && step;
  const stepKey = status === "complete" ? "complete" : showStep ? `step-${snapshot.stepIndex}` : "none";
  const firstRun = React.useRef(true);

  // Motion only between steps: the new text rises a little and fades in.
  useIsomorphicLayoutEffect(() => {
    if (firstRun.current) {
      firstRun.current = false;
      return;
    }
    const el = textRef.current;
    if (!el || stepKey === "none") return;
    // Core's light startAnimation: nothing waits on this motion. It runs to its end even when
    // the step changes again (the next one starts from its own first frame).
    startAnimation(el, { opacity: [0, 1], transform: ["translateY(0.75rem)", "translateY(0)"] }, { duration: 0.7, ease: "easeOut", reduced });
  }, [stepKey, reduced]);

  let note: string;
  if (status === "waiting") note = t("guidedPractice.waiting", { count: Math.ceil(snapshot.waitMs / 1000) });
  else if (status === "paused") note = restored ? t("guidedPractice.restored") : t("guidedPractice.paused");
  else if (status === "running") note = ready ? t("guidedPractice.ready") : "";
  else if (status === "complete") note = t("guidedPractice.completeNote");
  else note = stopped ? t("guidedPractice.stopped") : t("guidedPractice.idleHint");

  return (
    <>
      {showStep && practice ? (
        <p data-attune-part="step-number">{t("guidedPractice.stepOf", { step: snapshot.stepIndex + 1, count: practice.steps.length })}</p>
      ) : null}
      <p data-attune-part="step-text" ref={textRef}>
        {status === "complete" ? t("guidedPractice.completeTitle") : showStep ? <span lang={practice?.lang}>{step.text}</span> : "\u00a0"}
      </p>
      {note ? <p data-attune-part="note">{note}</p> : null}
    </>
  );
}

const scaleFor = (level: number) => `scale(${0.5 + 0.5 * level})`;

interface RefProps<E> extends PartProps {
  r: React.Ref<E>;
}

/** The breathing circle, phase word and countdown (see PracticePlayer.Breath). */
export function Breath({ p, r, ...props }: RefProps<HTMLDivElement> & React.HTMLAttributes<HTMLDivElement>) {
  const { snapshot, status, t } = p;
  const reduced = useReducedMotion();
  const shapeRef = React.useRef<HTMLDivElement>(null);
  const { locale } = useAttune();
  const f = snapshot.breath;
  const show = !!f && (status === "running" || status === "paused") && snapshot.waitMs === 0;

  useIsomorphicLayoutEffect(() => {
    const el = shapeRef.current;
    if (!el || !f) return;
    if (reduced || status !== "running") {
      // Still: reduced motion keeps one size (the CSS colours the phase); a pause holds the breath's size.
      el.style.transform = reduced ? "none" : scaleFor(f.level);
      return;
    }
    // Stopped with the phase: the next phase (or the pause) sets the shape from the breath's level.
    return startAnimation(el, { transform: [scaleFor(f.level), scaleFor(f.phase.toLevel)] }, { duration: f.phaseRemainingMs / 1000, ease: "easeInOut", reduced });
    // Restart per phase, not per second.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [show, status, f?.cycle, f?.phaseIndex, reduced]);

  if (!show || !f) return null;
  const word = t(`guidedPractice.phase.${f.phase.kind}`);
  const count = new Intl.NumberFormat(locale).format(Math.ceil(f.phaseRemainingMs / 1000));
  return (
    <div role="group" aria-label={t("guidedPractice.breathLabel")} {...props} ref={r} data-attune-part="breath" data-phase={f.phase.kind}>
      <div data-attune-part="breath-stage" aria-hidden="true">
        <div data-attune-part="breath-shape" ref={shapeRef} />
        <span data-attune-part="breath-count">{count}</span>
      </div>
      <p data-attune-part="breath-phase">{t("guidedPractice.breathText", { phase: word, count })}</p>
    </div>
  );
}

/** The host's recording for the current step (see PracticePlayer.Audio). */
export function Audio({ p, r, ...props }: RefProps<HTMLAudioElement> & Omit<React.AudioHTMLAttributes<HTMLAudioElement>, "src">) {
  const { step, status, snapshot, report } = p;
  const audioRef = React.useRef<HTMLAudioElement>(null);
  const composed = useComposedRefs(audioRef, r);
  const src = inSession(status) && snapshot.waitMs === 0 ? step?.audio : undefined;
  const playing = status === "running" && snapshot.waitMs === 0;

  React.useEffect(() => {
    const el = audioRef.current;
    if (!el || !src) return;
    if (!playing) {
      el.pause();
      return;
    }
    const fail = (cause: unknown) => report({ code: "invalid-input", message: `GuidedPractice: the audio for step ${snapshot.stepIndex + 1} could not play.`, cause });
    try {
      const played = el.play();
      // A pause or a new step interrupting play() is not a failure.
      if (played && typeof played.then === "function") played.then(undefined, (cause: unknown) => (cause as { name?: string } | null)?.name !== "AbortError" && fail(cause));
    } catch (cause) {
      fail(cause);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [src, playing]);

  if (!src) return null;
  return <audio preload="auto" {...props} ref={composed} src={src} data-attune-part="audio" />;
}

/** Back a step before the primary button, skip ahead (or continue) and stop after it: the controls of a session. */
export function sessionButtons({ t, back, next, stop, ready, snapshot }: PracticePlayerContextValue): [React.ReactNode, React.ReactNode] {
  return [
    <Button onClick={back} data-attune-part="back" aria-keyshortcuts="ArrowLeft">
      {t("guidedPractice.back")}
    </Button>,
    <>
      <Button onClick={next} data-attune-part="next" aria-keyshortcuts="ArrowRight" data-ready={ready ? "" : undefined}>
        {ready && snapshot.waitMs === 0 ? t("guidedPractice.continue") : t("guidedPractice.next")}
      </Button>
      <Button onClick={stop} data-attune-part="stop" variant="ghost" aria-keyshortcuts="Escape">
        {t("guidedPractice.stop")}
      </Button>
    </>,
  ];
}

/** The arrow keys (forward follows the reading direction: the left arrow in Arabic) and Escape, in a session. */
export function sessionKey(event: React.KeyboardEvent, player: GuidedPracticeState, dir: string): void {
  const { key } = event;
  if (key === "ArrowRight" || key === "ArrowLeft") {
    event.preventDefault();
    if ((key === "ArrowRight") === (dir !== "rtl")) player.next();
    else player.back();
  } else if (key === "Escape") {
    event.preventDefault();
    player.stop();
  }
}

/** The controls' focus: held from a focus inside them until focus moves elsewhere on the page (a removed button, with no new target, does not let go). */
export function watchFocus(held: React.MutableRefObject<boolean>, box: React.RefObject<HTMLElement | null>): React.HTMLAttributes<HTMLElement> {
  return {
    onFocusCapture: () => void (held.current = true),
    onBlurCapture: (e) => {
      const to = e.relatedTarget as Node | null;
      if (to && !box.current?.contains(to)) held.current = false;
    },
  };
}

/** After a session ends (back, skip and stop leave) with focus held in the controls: it stays there, on the primary button. */
export function keepFocus(box: HTMLElement | null, primary: HTMLElement | null): void {
  const active = box && (box.getRootNode() as Document | ShadowRoot).activeElement;
  if (box && (!active || !box.contains(active))) primary?.focus();
}
