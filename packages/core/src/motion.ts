import { MotionGlobalConfig } from "framer-motion";
import type { animate } from "framer-motion/dom/mini";

/** Property → one value or keyframes: transform and opacity only (compositor-friendly). */
export type AnimationKeyframes = Record<string, string | number | Array<string | number>>;

type MiniOptions = NonNullable<Parameters<typeof animate>[2]>;
type MiniControls = ReturnType<typeof animate>;

export interface AnimateElementOptions {
  /** Seconds. @default 0.3 */
  duration?: number;
  /** Seconds. @default 0 */
  delay?: number;
  /** A framer-motion easing name ("easeOut", "easeInOut"…) or cubic-bezier array. @default "easeOut" */
  ease?: MiniOptions["ease"];
  /**
   * Attune's motion policy for this animation: pass `useReducedMotion()`, which reads the
   * provider's `reducedMotion` and the OS setting. True ends at the last keyframe at once.
   */
  reduced: boolean;
}

/** What `animateElement` returns: framer-motion's playback controls, plus a promise that always settles. */
export interface AttuneAnimation extends PromiseLike<void> {
  /** Resolves when the animation ends, is stopped or interrupted, or (at the latest) shortly after its duration. */
  readonly finished: Promise<void>;
  /** Playhead in seconds; set it to seek. */
  time: number;
  play(): void;
  pause(): void;
  /** Stops where it is, keeping what is on screen. */
  stop(): void;
  /** Jumps to the end. */
  complete(): void;
}

// framer-motion's animation code loads with the first animation, not with the page: a host's
// bundler puts this dynamic import in its own chunk. Until it is here, animations wait in
// call order (so a newer one still interrupts an older one on the same property).
let mini: typeof animate | undefined;
let loading: Promise<void> | undefined;
const waiting: Array<(a: typeof animate | undefined) => void> = [];

function whenLoaded(start: (a: typeof animate | undefined) => void): void {
  if (mini) return start(mini);
  waiting.push(start);
  // Destructured in the callback so a host's bundler keeps only `animate` in that chunk.
  loading ??= import("framer-motion/dom/mini").then(
    ({ animate }) => {
      mini = animate;
      for (const s of waiting.splice(0)) s(mini);
    },
    () => {
      // Offline or blocked: these end at their last frame; a later animation tries again.
      loading = undefined;
      for (const s of waiting.splice(0)) s(undefined);
    },
  );
}

// How long an animation may wait for framer-motion to load before it ends at its last frame.
const LOAD_GRACE_SECONDS = 3;

// Per element and property, the settle function of the animation running there, so one that
// a newer animation interrupts settles at once.
const running = new WeakMap<Element, Map<string, () => void>>();

/**
 * Animates `element` with framer-motion's documented `animate` from "framer-motion/dom/mini"
 * (Web Animations; durations in seconds; framer-motion's easing names and cubic-bezier arrays;
 * a new animation of a property interrupts the running one). At the end the last keyframe
 * stays in the element's style. Under reduced motion, when a test runner sets
 * `MotionGlobalConfig.skipAnimations`, or where the browser has no Web Animations, it sets
 * the end state at once. Attune's motion policy reaches only the animations it starts here:
 * a host's own framer-motion components keep the host's MotionConfig.
 *
 * framer-motion's animation code loads on the first call (it is not part of the page's first
 * load). Until it arrives the element holds the first keyframe, and the returned controls
 * apply once it has: a seek, pause, stop or complete made meanwhile is kept.
 */
export function animateElement(element: Element, keyframes: AnimationKeyframes, options: AnimateElementOptions): AttuneAnimation {
  const { reduced, duration = 0.3, delay = 0, ease = "easeOut" } = options;
  const total = Math.max(0, duration + delay);
  const names = Object.keys(keyframes);
  const byName = running.get(element) ?? new Map<string, () => void>();
  running.set(element, byName);

  let settle!: () => void;
  const finished = new Promise<void>((resolve) => {
    settle = () => {
      clearTimeout(timer);
      for (const n of names) if (byName.get(n) === settle) byName.delete(n);
      resolve();
    };
  });
  for (const n of names) {
    byName.get(n)?.();
    byName.set(n, settle);
  }

  const setFrame = (pick: (frames: Array<string | number>) => string | number | undefined) => {
    const style = (element as HTMLElement).style;
    if (!style) return;
    for (const n of names) {
      const v = keyframes[n]!;
      const value = Array.isArray(v) ? pick(v) : v;
      if (value !== undefined) style.setProperty(n, String(value));
    }
  };
  const toEnd = () => setFrame((v) => v[v.length - 1]);

  let controls: MiniControls | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // A browser may drop an animation without finishing it: never leave a caller waiting.
  const arm = (seconds: number, then = settle) => {
    clearTimeout(timer);
    timer = setTimeout(then, seconds * 1000 + 150);
  };

  // Set while framer-motion loads: what the caller asked for meanwhile.
  let loadingState: { time?: number; paused: boolean } | undefined;
  // framer-motion did not arrive in time: end at the last frame.
  const giveUp = () => {
    if (!loadingState) return;
    loadingState = undefined;
    toEnd();
    settle();
  };
  if (!reduced && !MotionGlobalConfig.skipAnimations && typeof (element as HTMLElement).animate === "function") {
    loadingState = { paused: false };
    whenLoaded((animate) => {
      const asked = loadingState;
      if (!asked) return; // stopped, completed or given up meanwhile
      loadingState = undefined;
      try {
        if (animate) controls = animate(element, keyframes, { duration, delay, ease });
      } catch {
        // A browser that cannot run it simply ends at the last frame.
        controls = undefined;
      }
      if (!controls) {
        toEnd();
        settle();
        return;
      }
      controls.finished.then(settle, settle);
      if (asked.time !== undefined) controls.time = asked.time;
      if (asked.paused) {
        clearTimeout(timer);
        controls.pause();
      } else arm(Math.max(0, total - controls.time));
    });
    if (loadingState) {
      // Still loading: hold the first frame (never a flash of the end state before it starts).
      setFrame((v) => v[0]);
      arm(total + LOAD_GRACE_SECONDS, giveUp);
    }
  } else {
    toEnd();
    settle();
  }

  return {
    finished,
    then: (onFulfilled, onRejected) => finished.then(onFulfilled, onRejected),
    get time() {
      if (controls) return controls.time;
      return loadingState ? (loadingState.time ?? 0) : total;
    },
    set time(t: number) {
      if (!Number.isFinite(t)) return;
      if (controls) controls.time = t;
      else if (loadingState) loadingState.time = t;
    },
    play() {
      if (loadingState) {
        if (loadingState.paused) {
          loadingState.paused = false;
          arm(total + LOAD_GRACE_SECONDS, giveUp);
        }
        return;
      }
      if (!controls) return;
      controls.play();
      arm(Math.max(0, total - controls.time));
    },
    pause() {
      clearTimeout(timer);
      if (loadingState) loadingState.paused = true;
      controls?.pause();
    },
    stop() {
      loadingState = undefined;
      controls?.stop();
      settle();
    },
    complete() {
      if (controls) return controls.complete();
      loadingState = undefined;
      toEnd();
      settle();
    },
  };
}

/**
 * The light form of `animateElement` for motion nobody waits on (a breath's shape, a step
 * coming in): starts the same framer-motion animation and returns a function that stops it
 * where it is. No promise and no playback controls, so a widget that needs only this ships
 * less. Reduced motion, `MotionGlobalConfig.skipAnimations` or no Web Animations set the end
 * state at once. While framer-motion loads the element holds the first keyframe; once it is
 * here the animation starts as far in as the time already spent waiting (a phase timed to
 * the clock stays on time), or ends at its last frame if that time has passed or it cannot run.
 */
export function startAnimation(element: Element, keyframes: AnimationKeyframes, options: AnimateElementOptions): () => void {
  const { reduced, duration = 0.3, delay = 0, ease = "easeOut" } = options;
  const style = (element as HTMLElement).style;
  const frame = (last: boolean) => {
    if (style)
      for (const [n, v] of Object.entries(keyframes)) {
        const value = Array.isArray(v) ? v[last ? v.length - 1 : 0] : v;
        if (value !== undefined) style.setProperty(n, String(value));
      }
  };
  if (reduced || MotionGlobalConfig.skipAnimations || typeof (element as HTMLElement).animate !== "function") {
    frame(true);
    return () => {};
  }
  let stopped = false;
  let controls: MiniControls | undefined;
  const asked = Date.now();
  frame(false);
  whenLoaded((animate) => {
    if (stopped) return;
    const waited = (Date.now() - asked) / 1000;
    try {
      if (animate && waited < duration + delay) controls = animate(element, keyframes, { duration, delay, ease });
      if (controls && waited > 0.05) controls.time = waited;
    } catch {
      controls = undefined;
    }
    if (!controls) frame(true);
  });
  return () => {
    stopped = true;
    controls?.stop();
  };
}
