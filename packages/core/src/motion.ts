import { MotionGlobalConfig } from "framer-motion";
import { animate } from "framer-motion/dom/mini";

/** Property → one value or keyframes: transform and opacity only (compositor-friendly). */
export type AnimationKeyframes = Record<string, string | number | Array<string | number>>;

type MiniOptions = NonNullable<Parameters<typeof animate>[2]>;

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

  const toEnd = () => {
    const style = (element as HTMLElement).style;
    for (const n of names) {
      const v = keyframes[n]!;
      const last = Array.isArray(v) ? v[v.length - 1] : v;
      if (last !== undefined && style) style.setProperty(n, String(last));
    }
  };

  let controls: ReturnType<typeof animate> | undefined;
  if (!reduced && !MotionGlobalConfig.skipAnimations && typeof (element as HTMLElement).animate === "function") {
    try {
      controls = animate(element, keyframes, { duration, delay, ease });
      controls.finished.then(settle, settle);
    } catch {
      // A browser that cannot run it simply ends at the last frame.
      controls = undefined;
    }
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  // A browser may drop an animation without finishing it: never leave a caller waiting.
  const arm = (seconds: number) => {
    clearTimeout(timer);
    timer = setTimeout(settle, seconds * 1000 + 150);
  };
  if (controls) arm(total);
  else {
    toEnd();
    settle();
  }

  return {
    finished,
    then: (onFulfilled, onRejected) => finished.then(onFulfilled, onRejected),
    get time() {
      return controls ? controls.time : total;
    },
    set time(t: number) {
      if (controls && Number.isFinite(t)) controls.time = t;
    },
    play() {
      if (!controls) return;
      controls.play();
      arm(Math.max(0, total - controls.time));
    },
    pause() {
      clearTimeout(timer);
      controls?.pause();
    },
    stop() {
      controls?.stop();
      settle();
    },
    complete() {
      if (controls) controls.complete();
      else toEnd();
    },
  };
}
