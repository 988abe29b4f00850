import { MotionGlobalConfig, NativeAnimation } from "framer-motion";
import type { animate } from "framer-motion/dom/mini";

type Keyframes = Record<string, string | number | Array<string | number>>;
type Options = NonNullable<Parameters<typeof animate>[2]>;
type Running = InstanceType<typeof NativeAnimation<string | number>>;

// The animation running per element and property, so a new one interrupts the old (as
// framer-motion's mini `animate` does) instead of stacking on top of it.
const running = new WeakMap<Element, Map<string, Running>>();

/**
 * Runs a transform/opacity animation with framer-motion's WAAPI animator (`NativeAnimation`,
 * one per property; durations in seconds). Under reduced motion (or when a test runner skips
 * animations) it sets the end state at once instead. Resolves when the animation finishes or
 * is cut short, and at the latest shortly after its duration, so a caller waiting to unmount
 * never hangs on a browser that drops the animation.
 */
export function animateElement(element: Element, keyframes: Keyframes, options: Options & { reduced: boolean }): Promise<void> {
  const { reduced, duration = 0.3, delay = 0, ease = "easeOut" } = options as Options & { reduced: boolean; duration?: number; delay?: number };
  const style = (element as HTMLElement).style;
  const map = running.get(element) ?? new Map<string, Running>();
  running.set(element, map);
  const all: Array<Promise<unknown>> = [];
  for (const [name, value] of Object.entries(keyframes)) {
    const frames = Array.isArray(value) ? value : [value];
    map.get(name)?.stop();
    map.delete(name);
    if (reduced || MotionGlobalConfig.skipAnimations || typeof (element as HTMLElement).animate !== "function") {
      const last = frames[frames.length - 1];
      if (last !== undefined) style.setProperty(name, String(last));
      continue;
    }
    try {
      const a = new NativeAnimation<string | number>({
        element: element as HTMLElement,
        name,
        keyframes: frames,
        duration: duration * 1000,
        delay: delay * 1000,
        ease: ease as "easeOut",
      });
      map.set(name, a);
      all.push(a.finished.then(() => map.get(name) === a && map.delete(name)));
    } catch {
      // A browser that cannot run it simply ends at the last frame.
      style.setProperty(name, String(frames[frames.length - 1]));
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
