let locks = 0;
let restore: (() => void) | undefined;

/**
 * Stops the page behind a modal from scrolling: `overflow: hidden` on the root element and
 * the body (whichever of them scrolls the page), with the scrollbar's width added to the
 * body's padding so nothing shifts. Locks nest (two dialogs, one lock); the last release
 * puts back exactly the inline styles both elements had. Returns the release, which is safe
 * to call more than once.
 */
export function lockScroll(doc: Document): () => void {
  if (locks++ === 0) {
    const root = doc.documentElement.style;
    const body = doc.body.style;
    // Longhands: a host's `overflow-y: scroll` alone reads as an empty `overflow` shorthand.
    const saved = [root.overflowX, root.overflowY, body.overflowX, body.overflowY, body.paddingRight] as const;
    const gap = (doc.defaultView?.innerWidth ?? 0) - doc.documentElement.clientWidth;
    if (gap > 0) body.paddingRight = `calc(${doc.defaultView!.getComputedStyle(doc.body).paddingRight} + ${gap}px)`;
    root.overflow = body.overflow = "hidden";
    restore = () => {
      [root.overflowX, root.overflowY, body.overflowX, body.overflowY, body.paddingRight] = saved;
    };
  }
  let held = true;
  return () => {
    if (!held) return;
    held = false;
    if (--locks === 0) restore?.();
  };
}
