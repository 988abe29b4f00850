// Tests for the bench's own helpers: `node --test bench/lib/`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { quantile, summarise } from "./stats.mjs";
import { mainThreadTasks, tasksBetweenMarks } from "./trace.mjs";
import { prng } from "./rituals.mjs";
import { renderTables } from "./report.mjs";

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
