// Phase changes against their exact times (the breathing-timing bench page).
import { quantile } from "./stats.mjs";

/**
 * `changes`: { exact, frame, kindOk } per observed phase change, where `frame` is the
 * timestamp of the frame that showed it. `interval`: the frame interval in the same window.
 * A change is within one frame when the frame that shows it starts less than one interval
 * after its exact time: no earlier frame could have shown it. A frame that starts just
 * before the exact time can show it too (the guide reads the clock inside the frame), so
 * lateness is counted from zero.
 */
export function phaseTiming(changes, interval) {
  const late = changes.map((c) => Math.max(0, c.frame - c.exact));
  return {
    changes: changes.length,
    wrongPhase: changes.filter((c) => !c.kindOk).length,
    frameInterval: interval,
    withinOneFrame: changes.length ? changes.filter((c) => c.frame - c.exact < interval).length / changes.length : NaN,
    latenessP50: quantile(late, 0.5),
    latenessMax: late.length ? Math.max(...late) : NaN,
  };
}
