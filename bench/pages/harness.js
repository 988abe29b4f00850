// In-page instruments shared by every bench page. The runner (bench/browser.mjs) drives
// them through window.__bench.
//
// - frames: a requestAnimationFrame loop that records each frame's timestamp, so the
//   runner knows how many frames the main thread produced in a window (the denominator of
//   "main-thread time per frame"; the numerator comes from a Chrome trace) and the frame
//   intervals (a long interval is a dropped frame).
// - longTasks: every PerformanceObserver "longtask" entry (a main-thread task over 50 ms).
// - latency: for each keydown, the time from the event's timeStamp to the end of the next
//   frame: a requestAnimationFrame callback queued in a capture listener (before the
//   widget's own handler) runs at the next frame, and a MessageChannel task posted from it
//   runs right after that frame's style, layout and paint. So one sample covers the
//   widget's handler, React's render and commit, and the browser's rendering work, plus
//   the wait for the frame (the same wait for every subject).

// Slider pages count value changes here, so the runner can check every press did something.
window.__benchChanges = 0;

const longTasks = [];
try {
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: "longtask", buffered: true });
} catch {
  // longtask entries are Chromium-only; the runner reports what it got.
}

let frameTimes = null;
let rafId = 0;
function tick(t) {
  if (!frameTimes) return;
  frameTimes.push(t);
  rafId = requestAnimationFrame(tick);
}

const latency = { samples: [], pending: null };
window.addEventListener(
  "keydown",
  (event) => {
    const t0 = event.timeStamp;
    let resolveDone;
    latency.pending = new Promise((r) => (resolveDone = r));
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        latency.samples.push(performance.now() - t0);
        channel.port1.close();
        resolveDone();
      };
      channel.port2.postMessage(0);
    });
  },
  { capture: true },
);

window.__bench = {
  ready: false,
  startFrames() {
    frameTimes = [];
    rafId = requestAnimationFrame(tick);
    performance.mark("bench:start");
    return performance.now();
  },
  stopFrames() {
    performance.mark("bench:end");
    const times = frameTimes ?? [];
    frameTimes = null;
    cancelAnimationFrame(rafId);
    const intervals = times.slice(1).map((t, i) => t - times[i]);
    return { start: times[0], end: times[times.length - 1], frames: times.length, intervals };
  },
  longTasksBetween(t0, t1) {
    return longTasks.filter((t) => t.start >= t0 && t.start < t1);
  },
  takeLatency() {
    const s = latency.samples;
    latency.samples = [];
    return s;
  },
  awaitLatency() {
    return latency.pending ?? Promise.resolve();
  },
};

export function markReady() {
  requestAnimationFrame(() => requestAnimationFrame(() => (window.__bench.ready = true)));
}
