import { animate } from "framer-motion/dom/mini";
import { MotionGlobalConfig } from "framer-motion";

type Keyframes = Record<string, string | number | Array<string | number>>;
type Options = NonNullable<Parameters<typeof animate>[2]>;

/**
 * Runs a transform/opacity animation with framer-motion's small WAAPI animator. Under reduced
 * motion (or when a test runner skips animations) it sets the end state at once instead.
 * Resolves when the animation finishes or is cut short, and at the latest shortly after its
 * duration, so a caller waiting to unmount never hangs on a browser that drops the animation.
 */
export function animateElement(
  element: Element,
  keyframes: Keyframes,
  options: Options & { reduced: boolean },
): Promise<void> {
  const { reduced, ...rest } = options;
  if (reduced || MotionGlobalConfig.skipAnimations || typeof (element as HTMLElement).animate !== "function") {
    const style = (element as HTMLElement).style;
    for (const [prop, value] of Object.entries(keyframes)) {
      const last = Array.isArray(value) ? value[value.length - 1] : value;
      if (last !== undefined) style.setProperty(prop, String(last));
    }
    return Promise.resolve();
  }
  const seconds = typeof rest.duration === "number" ? rest.duration : 0.3;
  return new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, seconds * 1000 + 150);
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    try {
      Promise.resolve(animate(element, keyframes as Parameters<typeof animate>[1], rest).finished).then(done, done);
    } catch {
      done();
    }
  });
}
