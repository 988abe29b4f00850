// A short vibration per phase where the browser supports it (not iOS Safari, not in
// cross-origin iframes): the other cues always carry the meaning too.
import type { PhaseKind } from "./engine";

export function vibrateFor(kind: PhaseKind): void {
  try {
    const nav = globalThis.navigator as Navigator | undefined;
    if (typeof nav?.vibrate !== "function") return;
    nav.vibrate(kind === "inhale" || kind === "topUp" ? 60 : kind === "exhale" ? [40, 80, 40] : 20);
  } catch {
    // Unsupported: nothing to do.
  }
}
