import { MotionGlobalConfig, startWaapiAnimation } from "framer-motion";
import type { animate } from "framer-motion/dom/mini";

type Keyframes = Record<string, string | number | Array<string | number>>;
type Options = NonNullable<Parameters<typeof animate>[2]>;

// The animation running per element and property, so a new one interrupts the old (as
// framer-motion's `animate` does) instead of stacking on top of it.
const running = new WeakMap<Element, Map<string, Animation>>();

/**
 * Runs a transform/opacity animation with framer-motion's WAAPI starter (the one its
 * `NativeAnimation` and mini `animate` use: one Web Animation per property, framer-motion's
 * easing names and cubic-bezier arrays; durations in seconds). At the end the last keyframe
 * is written to the element's style and the animation dropped, as framer-motion does.
 * Under reduced motion (or when a test runner skips animations) it sets the end state at
 * once instead. Resolves when every property finishes or is cut short, and at the latest
 * shortly after its duration, so a caller waiting to unmount never hangs on a browser that
 * drops the animation.
 */
export function animateElement(element: Element, keyframes: Keyframes, options: Options & { reduced: boolean }): Promise<void> {
  const { reduced, duration = 0.3, delay = 0, ease = "easeOut" } = options as Options & { reduced: boolean; duration?: number; delay?: number };
  const style = (element as HTMLElement).style;
  const map = running.get(element) ?? new Map<string, Animation>();
  running.set(element, map);
  const all: Array<Promise<unknown>> = [];
  for (const [name, value] of Object.entries(keyframes)) {
    const frames = Array.isArray(value) ? value : [value];
    const end = String(frames[frames.length - 1]);
    const previous = map.get(name);
    map.delete(name);
    if (previous) {
      // Interrupted: keep what is on screen now, then let the new animation start from there.
      try {
        previous.commitStyles();
      } catch {
        // not rendered: nothing to keep
      }
      previous.cancel();
    }
    if (reduced || MotionGlobalConfig.skipAnimations || typeof (element as HTMLElement).animate !== "function") {
      style.setProperty(name, end);
      continue;
    }
    try {
      const a = startWaapiAnimation(element, name, frames, { duration: duration * 1000, delay: delay * 1000, ease: ease as "easeOut" });
      map.set(name, a);
      all.push(
        a.finished.then(() => {
          style.setProperty(name, end);
          a.cancel();
          if (map.get(name) === a) map.delete(name);
        }),
      );
    } catch {
      // A browser that cannot run it simply ends at the last frame.
      style.setProperty(name, end);
    }
  }
  if (!all.length) return Promise.resolve();
  return new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, (duration + delay) * 1000 + 150);
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    Promise.all(all).then(done, done);
  });
}
