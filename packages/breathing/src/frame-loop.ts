/**
 * Calls `tick` once per animation frame until it returns false or the returned function is
 * called. The session is read from the clock each time, so a late frame never shifts timing.
 */
export function startFrameLoop(tick: () => boolean): () => void {
  let raf = 0;
  let stopped = false;
  const frame = () => {
    if (stopped) return;
    if (tick()) raf = requestAnimationFrame(frame);
  };
  raf = requestAnimationFrame(frame);
  return () => {
    stopped = true;
    cancelAnimationFrame(raf);
  };
}
