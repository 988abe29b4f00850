import { animateElement } from "@attune/core";

/**
 * The card's motion, loaded with the first card change (a chunk of its own, with core's
 * animation helper): a gentle flip and slide in from the side the card comes from (`sign` 1
 * from the end of the line, -1 from its start); a cross-fade under reduced motion.
 */
export function flipCard(el: HTMLElement, sign: number, reduced: boolean) {
  return animateElement(
    el,
    reduced
      ? { opacity: [0, 1] }
      : { opacity: [0, 1], transform: [`perspective(900px) translateX(${sign * 28}px) rotateY(${sign * -14}deg)`, "none"] },
    { duration: reduced ? 0.2 : 0.38, ease: "easeOut", reduced: false },
  );
}
