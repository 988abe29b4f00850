// Phase changes against their exact times (the breathing-timing bench page).
import { quantile } from "./stats.mjs";

/**
 * `changes`: { exact, frame, at, kindOk } per observed phase change: `frame` is the timestamp
 * of the frame that wrote it to the DOM, `at` the moment it was written. `interval`: the frame
 * interval in the same window.
 *
 * When is it shown? A frame held up by a long task keeps the timestamp of the frame it was
 * meant to be, and runs (and paints) only after the task: so when the write comes more than
 * one interval after its frame's timestamp, the change is shown no earlier than the write.
 * Otherwise it is shown with its frame. A change is within one frame when it is shown less
 * than one interval after its exact time: no earlier frame could have shown it. A frame that
 * starts just before the exact time can show it too (the guide reads the clock inside the
 * frame), so lateness is counted from zero.
 */
export function shownAt(change, interval) {
  return change.at - change.frame < interval ? change.frame : change.at;
}

export function phaseTiming(changes, interval) {
  const late = changes.map((c) => Math.max(0, shownAt(c, interval) - c.exact));
  return {
    changes: changes.length,
    wrongPhase: changes.filter((c) => !c.kindOk).length,
    frameInterval: interval,
    withinOneFrame: changes.length ? changes.filter((c) => shownAt(c, interval) - c.exact < interval).length / changes.length : NaN,
    latenessP50: quantile(late, 0.5),
    latenessMax: late.length ? Math.max(...late) : NaN,
  };
}
