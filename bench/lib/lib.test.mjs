// @vitest-environment node
// Tests for the bench's own helpers; part of `pnpm test` (vitest project "bench").
import { test } from "vitest";
import assert from "node:assert/strict";
import { quantile, summarise } from "./stats.mjs";
import { mainThreadTasks, tasksBetweenMarks } from "./trace.mjs";
import { prng } from "./rituals.mjs";
import { peerRows, ratio, renderTables, replaceBetweenMarkers } from "./report.mjs";
import { interleaved, timeCalls } from "./interleave.mjs";
import { phaseTiming } from "./timing.mjs";

test("quantile interpolates and ignores non-finite values", () => {
  assert.equal(quantile([1, 2, 3, 4], 0.5), 2.5);
  assert.equal(quantile([5, NaN, 1, Infinity, 3], 0.5), 3);
  assert.equal(quantile([10, 20], 0.95), 19.5);
  assert.ok(Number.isNaN(quantile([], 0.5)));
});

test("summarise gives the median and the spread", () => {
  const s = summarise([3, 1, 2, 10]);
  assert.equal(s.n, 4);
  assert.equal(s.median, 2.5);
  assert.equal(s.min, 1);
  assert.equal(s.max, 10);
});

const trace = {
  traceEvents: [
    { ph: "M", name: "thread_name", pid: 1, tid: 11, args: { name: "CrRendererMain" } },
    { ph: "M", name: "thread_name", pid: 2, tid: 22, args: { name: "CrRendererMain" } },
    { name: "TracingStartedInBrowser", args: { data: { frames: [{ url: "http://127.0.0.1:9/x.html", processId: 2 }] } } },
    // Page renderer (pid 2): each task appears under both names, one inside the other.
    { ph: "X", name: "ThreadControllerImpl::RunTask", pid: 2, tid: 22, ts: 100, dur: 4000 },
    { ph: "X", name: "RunTask", pid: 2, tid: 22, ts: 101, dur: 3990 },
    { ph: "R", name: "bench:start", pid: 2, tid: 22, ts: 1000 },
    { ph: "X", name: "ThreadControllerImpl::RunTask", pid: 2, tid: 22, ts: 5000, dur: 1500 },
    { ph: "X", name: "RunTask", pid: 2, tid: 22, ts: 5001, dur: 1490 },
    { ph: "R", name: "bench:end", pid: 2, tid: 22, ts: 9000 },
    { ph: "X", name: "ThreadControllerImpl::RunTask", pid: 2, tid: 22, ts: 9500, dur: 700 },
    // Another renderer, busier, that is not our page.
    { ph: "X", name: "ThreadControllerImpl::RunTask", pid: 1, tid: 11, ts: 5000, dur: 90000 },
  ],
};

test("mainThreadTasks counts each top-level task once, on the page's renderer", () => {
  const tasks = mainThreadTasks(trace, "http://127.0.0.1:9");
  assert.deepEqual(tasks.map((t) => t.dur), [4000, 1500, 700]);
});

test("tasksBetweenMarks keeps the tasks inside the window", () => {
  const tasks = mainThreadTasks(trace, "http://127.0.0.1:9");
  const r = tasksBetweenMarks(trace, tasks, "bench:start", "bench:end");
  assert.equal(r.fromMarks, true);
  assert.deepEqual(r.tasks.map((t) => t.dur), [1500]);
  const none = tasksBetweenMarks(trace, tasks, "nope:start", "nope:end");
  assert.equal(none.fromMarks, false);
  assert.equal(none.tasks.length, 3);
});

test("prng is seeded: same seed, same sequence; other seed, other sequence", () => {
  const a = prng(7);
  const b = prng(7);
  const c = prng(8);
  const xs = [a(), a(), a()];
  assert.deepEqual(xs, [b(), b(), b()]);
  assert.notDeepEqual(xs, [c(), c(), c()]);
  assert.ok(xs.every((x) => x >= 0 && x < 1));
});

test("the report says 'not available' for a missing widget instead of failing", () => {
  const md = renderTables({
    date: "2026-11-22T00:00:00.000Z",
    commit: "abc1234",
    machine: { cpus: 2, cpu: "test", node: "v20" },
    options: { quick: true },
    size: [
      { label: "@attune/breathing: BreathingGuide", group: "attune", available: false },
      { label: "ics: createEvent", group: "peer", available: true, min: 76864, gzip: 24267, brotli: 21412 },
    ],
  });
  assert.match(md, /\| @attune\/breathing: BreathingGuide \| not available \|/);
  assert.match(md, /\| peer: ics: createEvent \| 76\.9 kB \| 24\.3 kB \| 21\.4 kB \| – \| – \|/);
});

test("interleaved: subjects take turns, each round starting with the next subject, after warm-ups", async () => {
  const calls = [];
  const subject = (id) => ({ id, warm: () => calls.push(`warm ${id}`), sample: () => (calls.push(id), id.charCodeAt(0)) });
  const samples = await interleaved([subject("a"), subject("b"), subject("c")], { rounds: 3 });
  assert.deepEqual(calls, ["warm a", "warm b", "warm c", "a", "b", "c", "b", "c", "a", "c", "a", "b"]);
  assert.deepEqual(samples, { a: [97, 97, 97], b: [98, 98, 98], c: [99, 99, 99] });
});

test("interleaved awaits async samples and timeCalls returns ms per call", async () => {
  const samples = await interleaved([{ id: "x", sample: async () => 1 }], { rounds: 2, warmups: 0 });
  assert.deepEqual(samples.x, [1, 1]);
  let n = 0;
  const ms = timeCalls(() => n++, 5);
  assert.equal(n, 5);
  assert.ok(ms >= 0 && Number.isFinite(ms));
});

test("replaceBetweenMarkers rewrites only the marked table", () => {
  const text = "# Title\n\n<!-- bench:table:begin -->\nold\n<!-- bench:table:end -->\n\n## After\n";
  assert.equal(replaceBetweenMarkers(text, "new table\n"), "# Title\n\n<!-- bench:table:begin -->\nnew table\n\n<!-- bench:table:end -->\n\n## After\n");
  assert.equal(replaceBetweenMarkers("no markers", "t"), null);
});

test("each widget's row names its peer and the ratio to it", () => {
  const s = (median) => ({ median, min: median, max: median, n: 1 });
  const rows = peerRows({
    size: [
      { label: "@attune/needs-spectrum: NeedsSpectrum", available: true, gzip: 6300 },
      { label: "@radix-ui/react-slider: Root, Track, Range, Thumb", available: true, gzip: 10400 },
    ],
    node: { ssr: [], planner: { available: true, icsMs: s(10), icsPeer: { available: true, ms: s(300) } } },
    browser: { available: true, animation: [], latency: [{ id: "slider-needs", available: true, p50: s(12) }, { id: "slider-radix", available: true, p50: s(8) }] },
  });
  assert.deepEqual(rows[0], ["NeedsSpectrum", "@radix-ui/react-slider", "min+gzip", "6.3 kB", "10.4 kB", "0.61×"]);
  assert.deepEqual(rows[1], ["NeedsSpectrum", "@radix-ui/react-slider", "keypress to next frame, p50", "12.0 ms", "8.00 ms", "1.50×"]);
  assert.deepEqual(rows.find((r) => r[0] === "RitualPlanner"), ["RitualPlanner", "ics (createEvents)", "ICS export of 1,000 rituals, Node", "10.0 ms", "300.0 ms", "0.03×"]);
  assert.equal(ratio(1, 0), "–");
  assert.match(renderTables({ date: "2026-11-22T00:00:00.000Z", commit: "abc", machine: { cpus: 2, cpu: "t", node: "v20" }, options: {}, size: [{ label: "@attune/needs-spectrum: NeedsSpectrum", available: true, gzip: 6300 }, { label: "@radix-ui/react-slider: Root", available: true, gzip: 10400 }] }), /\| NeedsSpectrum \| @radix-ui\/react-slider \| min\+gzip \| 6\.3 kB \| 10\.4 kB \| 0\.61× \|/);
});

test("phaseTiming: a change shown by the first frame after its time is within one frame; one frame later is not", () => {
  const changes = [
    { exact: 1000, frame: 1000 + 16.6, at: 1000 + 18, kindOk: true }, // the first frame that could show it
    { exact: 2000, frame: 1999.5, at: 2001, kindOk: true }, // a frame that began just before, reading the clock after
    { exact: 3000, frame: 3000 + 16.7 + 5, at: 3000 + 23, kindOk: true }, // one frame late
    { exact: 4000, frame: 4000 + 60, at: 4000 + 61, kindOk: false }, // after a long task, and the wrong phase
    // A frame held up by a long task: its timestamp is on time, its write 45 ms later.
    { exact: 5000, frame: 5000 + 5, at: 5000 + 50, kindOk: true },
  ];
  const r = phaseTiming(changes, 16.7);
  assert.equal(r.changes, 5);
  assert.equal(r.withinOneFrame, 0.4);
  assert.equal(r.wrongPhase, 1);
  assert.equal(r.latenessMax, 60);
  assert.ok(Math.abs(r.latenessP50 - 21.7) < 1e-9);
  assert.ok(Number.isNaN(phaseTiming([], 16.7).withinOneFrame));
});

test("the report shows breathing phase changes in Chromium, free and with a long task, against the 99 % goal", () => {
  const s = (median) => ({ median, min: median, max: median, n: 1 });
  const row = (within) => ({ changes: 192, wrongPhase: 0, withinOneFrame: within, perWindow: s(within), latenessP50: s(8), latenessMax: s(within === 1 ? 16 : 64) });
  const md = renderTables({
    date: "2026-11-22T00:00:00.000Z",
    commit: "abc",
    machine: { cpus: 2, cpu: "t", node: "v20" },
    options: { timingReps: 3 },
    browser: {
      available: true,
      animation: [],
      latency: [],
      planner: { available: true, renderMs: s(40), icsMs: s(20), nextWeekMs: s(5.2), goals: { nextWeekMs: 16 } },
      breathingTiming: { available: true, windowSeconds: 60, phaseSeconds: 0.75, free: row(1), longTask: row(0.95) },
    },
  });
  assert.match(md, /\| free \| 192 \| 100\.0 % \(100\.0 %–100\.0 %\) \| 8\.0 ms/);
  assert.match(md, /\| a 50 ms long task every second \| 192 \| 95\.0 %/);
  assert.match(md, /\| Next week pressed, RitualPlanner in Chromium \(render, commit, layout\) \| 5\.2 ms \(5\.2–5\.2\) \| goal under 16 ms/);
});
