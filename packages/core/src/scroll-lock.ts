let locks = 0;
let restore: (() => void) | undefined;

/**
 * Stops the page behind a modal from scrolling: `overflow: hidden` on the body, with the
 * scrollbar's width added as padding so nothing shifts. Locks nest (two dialogs, one lock);
 * the last release puts back exactly the inline styles the body had. Returns the release,
 * which is safe to call more than once.
 */
export function lockScroll(doc: Document): () => void {
  if (locks++ === 0) {
    const style = doc.body.style;
    const { overflow, paddingRight } = style;
    const gap = (doc.defaultView?.innerWidth ?? 0) - doc.documentElement.clientWidth;
    if (gap > 0) style.paddingRight = `calc(${doc.defaultView!.getComputedStyle(doc.body).paddingRight} + ${gap}px)`;
    style.overflow = "hidden";
    restore = () => {
      style.overflow = overflow;
      style.paddingRight = paddingRight;
    };
  }
  let held = true;
  return () => {
    if (!held) return;
    held = false;
    if (--locks === 0) restore?.();
  };
}
