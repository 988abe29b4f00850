import { animate } from "framer-motion/dom/mini";
import { MotionGlobalConfig } from "framer-motion";

type Keyframes = Parameters<typeof animate>[1];
type Options = Parameters<typeof animate>[2];

/**
 * Runs a transform/opacity animation with framer-motion's small WAAPI animator, or jumps to
 * the end state at once under reduced motion (or when a test runner skips animations).
 * Resolves when the animation finishes or is cut short.
 */
export function animateElement(
  element: Element,
  keyframes: Keyframes,
  options: Options & { reduced: boolean },
): Promise<void> {
  const { reduced, ...rest } = options;
  const instant = reduced || MotionGlobalConfig.skipAnimations;
  try {
    const controls = animate(element, keyframes, instant ? { ...rest, duration: 0 } : rest);
    return Promise.resolve(controls.finished).then(
      () => undefined,
      () => undefined,
    );
  } catch {
    return Promise.resolve();
  }
}
