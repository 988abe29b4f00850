// When does a phase change reach the screen? BreathingGuide runs a box-shaped pattern
// sped up to 0.75 s a phase (so one window holds many changes, and the changes drift
// through every position of the page's one-second long-task cycle), starting at a known
// time through `startAt` and a clock on the page's own performance.now(). A
// MutationObserver on the guide's data-phase attribute notes the frame in which each new
// phase was written to the DOM: document.timeline.currentTime is the timestamp of the
// frame being rendered (the same value requestAnimationFrame callbacks receive), and the
// guide writes phase changes from its frame callback; performance.now() at the write is kept
// too, because a frame held up by a long task keeps its on-time timestamp (see
// bench/lib/timing.mjs for when a change counts as shown, and as within one frame). The runner starts one short session
// after another in a window, each at a random lead.
//
// ?longtask=1 adds a 50 ms busy task every second (setInterval), as a busy host page would.
import { createRoot } from "react-dom/client";
import { AttuneProvider } from "@attune/core";
import { BreathingGuide } from "@attune/breathing";
import { markReady } from "./harness.js";

const PHASE_SECONDS = 0.75;
const PHASES = ["inhale", "hold", "exhale", "holdOut"];
const pattern = { phases: PHASES.map((kind) => ({ kind, seconds: PHASE_SECONDS })) };
// One clock for the guide and the measurement: the page's monotonic time, and epoch time
// derived from it (so a shared start lands on an exact monotonic instant).
const clock = { now: () => performance.now(), epochNow: () => performance.timeOrigin + performance.now() };

const params = new URLSearchParams(location.search);
if (params.get("longtask") === "1") {
  setInterval(() => {
    const end = performance.now() + 50;
    while (performance.now() < end) {
      // busy: the host page's own long task
    }
  }, 1000);
}

// One record per session: its exact monotonic start and the changes observed during it.
const sessions = [];

window.__breathingTiming = {
  /**
   * Starts a session of `cycles` cycles `leadMs` from now. Phase lengths are whole multiples
   * of a 60 Hz frame, so each session's changes sit at one offset from the frame grid: the
   * runner starts several sessions at random leads to sample every offset.
   */
  start(leadMs, cycles) {
    const startMono = performance.now() + leadMs;
    sessions.push({ startMono, changes: [] });
    root.render(<App startAt={performance.timeOrigin + startMono} cycles={cycles} />);
    return startMono;
  },
  /** Each observed phase change: its exact time, the frame that showed it, and whether it was the expected phase. */
  take() {
    return sessions.flatMap((s) =>
      s.changes.map((c, k) => ({ k, exact: s.startMono + k * PHASE_SECONDS * 1000, frame: c.frame, at: c.at, kindOk: c.kind === PHASES[k % PHASES.length] })),
    );
  },
};

function App({ startAt, cycles }) {
  return (
    <AttuneProvider reducedMotion="never">
      <main>
        <BreathingGuide key={startAt} pattern={pattern} cycles={cycles} startAt={startAt} clock={clock} autoStart />
      </main>
    </AttuneProvider>
  );
}

const host = document.getElementById("root");
const root = createRoot(host);
root.render(<main />);

new MutationObserver((records) => {
  for (const r of records) {
    if (r.attributeName !== "data-phase") continue;
    const kind = r.target.getAttribute("data-phase");
    if (!kind || kind === r.oldValue) continue;
    sessions.at(-1)?.changes.push({ kind, frame: document.timeline.currentTime, at: performance.now() });
  }
}).observe(host, { attributes: true, attributeOldValue: true, subtree: true, attributeFilter: ["data-phase"] });

markReady();
