// Real-Chromium measurements: bench pages are bundled with esbuild (React in production
// mode) into bench/out/pages, served from a static server on 127.0.0.1, and driven with
// Playwright on Debian's Chromium (the same browser the repo's browser tests use).
//
// Main-thread time per frame (breathing guide vs a CSS keyframe animation): Chrome's
// tracing records every top-level task the renderer's main thread runs
// (ThreadControllerImpl::RunTask, category "toplevel"), with its duration; nested tasks
// are inside their parent's duration and are not counted again. For each
// measurement window we add up the durations of the tasks that start inside it on the
// page's main thread (CrRendererMain of the renderer process that hosts the page) and
// divide by the number of frames that the page's requestAnimationFrame loop saw in the
// same window. Both pages run the same rAF counter, so its small cost is in both numbers.
// Long tasks come from PerformanceObserver("longtask") in the same windows. The two
// subjects alternate (A B A B …) in one browser so drift in machine load hits both.
//
// Keydown-to-next-frame latency: see bench/pages/harness.js for what one sample covers.
// Each round is also traced, and the main thread's total task time between two marks
// around the presses, divided by the presses, gives the main-thread time per press: the
// handler, React's render and the frame's rendering, without the wait for the frame (it
// also holds the small, equal cost of the test driver's own messages to the page).
// Presses alternate Right/Left arrows (so the value stays in range), with a random pause
// of 0–33 ms between presses so they land at random points of the frame; the subjects
// take turns in rounds.
import { build } from "esbuild";
import { chromium } from "playwright";
import { createServer } from "node:http";
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { extname, join } from "node:path";
import { ensureChromium, chromiumArgs } from "../scripts/chromium.mjs";
import { OUT, ROOT, SNAPSHOT_MODULES, WIDGETS, distFile, widgetAvailable } from "./lib/targets.mjs";
import { quantile, summarise } from "./lib/stats.mjs";
import { mainThreadTasks, tasksBetweenMarks } from "./lib/trace.mjs";
import { interleaved } from "./lib/interleave.mjs";
import { phaseTiming, shownAt } from "./lib/timing.mjs";

const PAGES_SRC = join(ROOT, "bench", "pages");
const PAGES_OUT = join(OUT, "pages");

const available = (name) => widgetAvailable(WIDGETS.find((w) => w.name === name));

/** Every bench page and the widget it needs (null: peers only). */
export const PAGES = [
  { id: "anim-css", needs: null },
  { id: "anim-breathing", needs: "BreathingGuide", css: ["core", "breathing"] },
  { id: "breathing-timing", needs: "BreathingGuide", css: ["core", "breathing"] },
  { id: "slider-native", needs: null },
  { id: "slider-radix", needs: null },
  { id: "slider-needs", needs: "NeedsSpectrum", css: ["core", "needs-spectrum"] },
  { id: "keys-baseline", needs: null },
  { id: "planner", needs: "RitualPlanner", css: ["core", "ritual-planner"] },
];

export async function buildPages(log) {
  rmSync(PAGES_OUT, { recursive: true, force: true });
  mkdirSync(PAGES_OUT, { recursive: true });
  const built = new Map();
  for (const page of PAGES) {
    if (page.needs && !available(page.needs)) {
      built.set(page.id, { ok: false, reason: `${page.needs} not available (its built dist has no such export)` });
      continue;
    }
    try {
      await build({
        entryPoints: { [page.id]: join(PAGES_SRC, `${page.id}.jsx`) },
        outdir: PAGES_OUT,
        bundle: true,
        minify: true,
        format: "esm",
        platform: "browser",
        target: "es2022",
        jsx: "automatic",
        define: { "process.env.NODE_ENV": '"production"' },
        nodePaths: [SNAPSHOT_MODULES, join(ROOT, "node_modules")],
        logLevel: "silent",
      });
      // Each widget's published stylesheet (dist/styles.css), linked as a host would.
      let css = "";
      const missingCss = [];
      for (const dir of page.css ?? []) {
        const file = distFile(dir, "styles.css");
        if (!existsSync(file)) {
          missingCss.push(dir);
          continue;
        }
        copyFileSync(file, join(PAGES_OUT, `${dir}.css`));
        css += `<link rel="stylesheet" href="${dir}.css">`;
      }
      if (missingCss.length) log(`  page  ${page.id}: no dist/styles.css for ${missingCss.join(", ")} (measured unstyled)`);
      writeFileSync(
        join(PAGES_OUT, `${page.id}.html`),
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench: ${page.id}</title>${css}</head>` +
          `<body><div id="root"></div><script type="module" src="${page.id}.js"></script></body></html>`,
      );
      built.set(page.id, { ok: true });
    } catch (error) {
      built.set(page.id, { ok: false, reason: `page build failed: ${(error.errors?.[0]?.text ?? String(error.message ?? error)).split("\n")[0]}` });
    }
    log(`  page  ${page.id}: ${built.get(page.id).ok ? "built" : built.get(page.id).reason}`);
  }
  return built;
}

const TYPES = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css" };

function serve(dir) {
  const server = createServer((req, res) => {
    const name = decodeURIComponent(new URL(req.url, "http://x").pathname).replace(/^\/+/, "");
    const file = join(dir, name);
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", "cache-control": "no-store" });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

const TRACE_CATEGORIES = ["toplevel", "devtools.timeline", "disabled-by-default-devtools.timeline", "blink.user_timing"];

async function withTrace(browser, page, fn) {
  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  let result;
  try {
    result = await fn();
  } finally {
    const buf = await browser.stopTracing();
    result = { ...result, trace: JSON.parse(buf.toString("utf8")) };
  }
  return result;
}

async function open(context, base, id, query = "") {
  const page = await context.newPage();
  await page.goto(`${base}/${id}.html${query}`);
  await page.waitForFunction(() => window.__bench?.ready === true, null, { timeout: 15000 });
  return page;
}

/**
 * One animation window: after warm-up, trace `seconds` of the page animating and return
 * main-thread ms per frame, frame count, p95 frame interval and long tasks.
 */
async function animationWindow(browser, page, base, seconds, start) {
  if (start) await start(page);
  await page.waitForTimeout(1000);
  const { window: w, trace } = await withTrace(browser, page, async () => {
    const t0 = await page.evaluate(() => window.__bench.startFrames());
    await page.waitForTimeout(seconds * 1000);
    // What is animating: both subjects must show a running transform animation (a CSS
    // animation or a WAAPI one from framer-motion), or the window measured an idle page.
    const running = await page.evaluate(() => document.getAnimations().filter((a) => a.playState === "running").length);
    const frames = await page.evaluate(() => window.__bench.stopFrames());
    const t1 = await page.evaluate(() => performance.now());
    const longTasks = await page.evaluate(([a, b]) => window.__bench.longTasksBetween(a, b), [t0, t1]);
    return { window: { ...frames, longTasks, running } };
  });
  // The window in trace time: the performance.mark()s the page sets when the frame counter
  // starts and stops (user timing is in the trace); without them, every task in the trace.
  const tasks = mainThreadTasks(trace, base);
  const { tasks: inWindow, fromMarks } = tasksBetweenMarks(trace, tasks, "bench:start", "bench:end");
  const busyMs = inWindow.reduce((s, e) => s + (e.dur ?? 0), 0) / 1000;
  return {
    windowFromMarks: fromMarks,
    runningAnimations: w.running,
    msPerFrame: busyMs / Math.max(1, w.frames - 1),
    busyMs,
    frames: w.frames,
    intervalP95: quantile(w.intervals, 0.95),
    droppedFrames: w.intervals.filter((i) => i > 25).length,
    longTasks: w.longTasks.length,
    longTaskMs: w.longTasks.reduce((s, t) => s + t.duration, 0),
  };
}

async function measureAnimation(browser, context, base, built, opts, log) {
  const subjects = [
    { id: "anim-css", label: "CSS keyframe animation (same shape)" },
    { id: "anim-breathing", label: "BreathingGuide (box 4-4-4-4)" },
  ];
  // Alternating windows through the bench's interleaved harness (no warm-up window: each
  // window opens a fresh page, and the first second of a window is not measured).
  const runs = await interleaved(
    subjects.filter((s) => built.get(s.id)?.ok).map((s) => ({
      id: s.id,
      warm: () => {},
      sample: async () => {
        const page = await open(context, base, s.id);
        const r = await animationWindow(browser, page, base, opts.animSeconds, s.start);
        await page.close();
        return r;
      },
    })),
    {
      rounds: opts.animReps,
      onSample: (id, r, rep) => log(`  anim  ${id} rep ${rep + 1}: ${r.msPerFrame.toFixed(3)} ms/frame, ${r.frames} frames, ${r.longTasks} long tasks, ${r.runningAnimations} running animation(s)`),
    },
  );
  return subjects.map((s) => {
    const rs = runs[s.id];
    if (!built.get(s.id)?.ok) return { id: s.id, label: s.label, available: false, note: built.get(s.id)?.reason };
    return {
      id: s.id,
      label: s.label,
      available: true,
      windowSeconds: opts.animSeconds,
      windowFromMarks: rs.every((r) => r.windowFromMarks),
      runningAnimations: rs.map((r) => r.runningAnimations),
      msPerFrame: summarise(rs.map((r) => r.msPerFrame)),
      frames: summarise(rs.map((r) => r.frames)),
      frameIntervalP95: summarise(rs.map((r) => r.intervalP95)),
      droppedFrames: summarise(rs.map((r) => r.droppedFrames)),
      longTasks: summarise(rs.map((r) => r.longTasks)),
      longTaskMs: summarise(rs.map((r) => r.longTaskMs)),
    };
  });
}

/**
 * One breathing-timing window: a fresh page (with or without the host's 50 ms long task
 * every second) starts a session one second ahead and runs it for `seconds`; each phase
 * change is compared with its exact time (see bench/pages/breathing-timing.jsx).
 */
async function breathingTimingWindow(context, base, longTask, seconds) {
  const page = await open(context, base, "breathing-timing", `?longtask=${longTask ? 1 : 0}`);
  try {
    await page.bringToFront();
    await page.evaluate(() => window.__bench.startFrames());
    // Sessions of two cycles (8 changes, 6 s), one after another, each at a random lead so
    // the changes fall at every offset from the frame grid and from the long task.
    for (let t = 0; t + 7.5 <= seconds; t += 7.5) {
      await page.evaluate(([lead, cycles]) => window.__breathingTiming.start(lead, cycles), [500 + Math.random() * 1000, 2]);
      await page.waitForTimeout(7500);
    }
    const changes = await page.evaluate(() => window.__breathingTiming.take());
    const frames = await page.evaluate(() => window.__bench.stopFrames());
    const interval = quantile(frames.intervals, 0.5);
    if (process.env.BENCH_DEBUG) for (const c of changes) if (shownAt(c, interval) - c.exact >= interval) console.error(`late: change ${c.k} by ${(c.frame - c.exact).toFixed(1)} ms (written ${(c.at - c.frame).toFixed(1)} ms into its frame)`);
    return phaseTiming(changes, interval);
  } finally {
    await page.close();
  }
}

async function measureBreathingTiming(context, base, built, opts, log) {
  if (!built.get("breathing-timing")?.ok) return { available: false, note: built.get("breathing-timing")?.reason };
  const runs = await interleaved(
    [
      { id: "free", warm: () => {}, sample: () => breathingTimingWindow(context, base, false, opts.timingSeconds) },
      { id: "longTask", warm: () => {}, sample: () => breathingTimingWindow(context, base, true, opts.timingSeconds) },
    ],
    {
      rounds: opts.timingReps,
      onSample: (id, r, rep) =>
        log(`  time  breathing ${id} rep ${rep + 1}: ${(r.withinOneFrame * 100).toFixed(1)} % of ${r.changes} phase changes within one frame, worst ${r.latenessMax.toFixed(1)} ms`),
    },
  );
  const sum = (rs) => {
    const changes = rs.reduce((n, r) => n + r.changes, 0);
    const within = rs.reduce((n, r) => n + r.withinOneFrame * r.changes, 0);
    return {
      changes,
      wrongPhase: rs.reduce((n, r) => n + r.wrongPhase, 0),
      withinOneFrame: within / Math.max(1, changes),
      perWindow: summarise(rs.map((r) => r.withinOneFrame)),
      latenessP50: summarise(rs.map((r) => r.latenessP50)),
      latenessMax: summarise(rs.map((r) => r.latenessMax)),
      frameInterval: summarise(rs.map((r) => r.frameInterval)),
    };
  };
  const r = { available: true, windowSeconds: opts.timingSeconds, phaseSeconds: 0.75, free: sum(runs.free), longTask: sum(runs.longTask) };
  // The goal (issue #14): 99 % of phase changes within one frame while the main thread is free.
  r.goal = { withinOneFrame: 0.99, met: r.free.withinOneFrame >= 0.99 };
  return r;
}

async function pressRound(page, presses, trace) {
  // Only the front page of a headless browser gets animation frames.
  await page.bringToFront();
  await page.focus("[data-bench-target], [role=slider]");
  await page.evaluate(() => window.__bench.takeLatency());
  const before = await page.evaluate(() => window.__benchChanges);
  const press = async () => {
    await page.evaluate(() => performance.mark("bench:keys-start"));
    for (let i = 0; i < presses; i++) {
      await page.keyboard.press(i % 2 === 0 ? "ArrowRight" : "ArrowLeft");
      await page.evaluate(() => window.__bench.awaitLatency());
      await page.waitForTimeout(Math.floor(Math.random() * 34));
    }
    await page.evaluate(() => performance.mark("bench:keys-end"));
    return {};
  };
  let busyMs = NaN;
  if (trace) {
    const { trace: t } = await withTrace(trace.browser, page, press);
    const { tasks, fromMarks } = tasksBetweenMarks(t, mainThreadTasks(t, trace.base), "bench:keys-start", "bench:keys-end");
    if (fromMarks) busyMs = tasks.reduce((sum, e) => sum + (e.dur ?? 0), 0) / 1000;
  } else await press();
  const samples = await page.evaluate(() => window.__bench.takeLatency());
  const changes = (await page.evaluate(() => window.__benchChanges)) - before;
  return { samples, changes, busyPerPress: busyMs / presses };
}

async function measureLatency(browser, context, base, built, opts, log) {
  const subjects = [
    { id: "slider-needs", label: "NeedsSpectrum" },
    { id: "slider-native", label: 'native <input type="range">' },
    { id: "slider-radix", label: "@radix-ui/react-slider" },
    { id: "keys-baseline", label: "baseline: a focused element that handles nothing (test driver + empty frame)" },
  ];
  const pages = {};
  for (const s of subjects) if (built.get(s.id)?.ok) pages[s.id] = await open(context, base, s.id);
  // Warm-up (10 presses): JIT and first-render paths are not what a person feels on the
  // 10th press. Then rounds through the bench's interleaved harness.
  const runs = await interleaved(
    subjects.filter((s) => pages[s.id]).map((s) => ({
      id: s.id,
      warm: () => pressRound(pages[s.id], 10),
      sample: () => pressRound(pages[s.id], opts.pressesPerRound, { browser, base }),
    })),
    { rounds: opts.latencyRounds },
  );
  const rounds = Object.fromEntries(Object.entries(runs).map(([id, rs]) => [id, rs.map((r) => r.samples)]));
  const busy = Object.fromEntries(Object.entries(runs).map(([id, rs]) => [id, rs.map((r) => r.busyPerPress)]));
  const changed = Object.fromEntries(Object.entries(runs).map(([id, rs]) => [id, rs.reduce((n, r) => n + r.changes, 0)]));
  for (const p of Object.values(pages)) await p.close();
  return subjects.map((s) => {
    if (!pages[s.id]) return { id: s.id, label: s.label, available: false, note: built.get(s.id)?.reason };
    const rs = rounds[s.id];
    const all = rs.flat();
    // A press that changed nothing measures an idle frame, not the widget: say so.
    if (changed[s.id] < all.length) log(`  keys  ${s.label}: only ${changed[s.id]} of ${all.length} presses changed the value`);
    const r = {
      id: s.id,
      label: s.label,
      available: changed[s.id] > 0,
      note: changed[s.id] > 0 ? undefined : "arrow keys did not change the value",
      presses: all.length,
      valueChanges: changed[s.id],
      p50: summarise(rs.map((x) => quantile(x, 0.5))),
      p95: summarise(rs.map((x) => quantile(x, 0.95))),
      pooled: { p50: quantile(all, 0.5), p95: quantile(all, 0.95), max: Math.max(...all) },
      mainThreadPerPress: summarise(busy[s.id]),
    };
    log(`  keys  ${s.label}: p50 ${r.p50.median.toFixed(2)} ms, p95 ${r.p95.median.toFixed(2)} ms (${all.length} presses)`);
    return r;
  });
}

async function measurePlanner(context, base, built, opts, log) {
  if (!built.get("planner")?.ok) return { available: false, note: built.get("planner")?.reason };
  const page = await open(context, base, "planner");
  // The page renders the planner's agenda for 1,000 rituals into a fresh root with
  // flushSync and forces layout; it returns the elapsed time (see bench/pages/planner.jsx).
  // The render and the export take turns through the bench's interleaved harness.
  const runs = await interleaved(
    [
      { id: "render", sample: () => page.evaluate(() => window.__benchAgenda(1000)) },
      { id: "ics", sample: () => page.evaluate(() => window.__benchIcs(1000)) },
    ],
    { rounds: opts.plannerReps },
  );
  const samples = runs.render;
  const ics = runs.ics;
  const info = await page.evaluate(() => window.__benchAgendaInfo?.() ?? null);
  // Next week, pressed repeatedly: each press after the first lands on a week expanded while idle.
  const weeks = [];
  await page.evaluate(() => window.__benchNextWeek());
  for (let i = 0; i < opts.plannerReps; i++) {
    await page.waitForTimeout(100);
    weeks.push(await page.evaluate(() => window.__benchNextWeek()));
  }
  await page.close();
  const r = { available: true, rituals: 1000, renderMs: summarise(samples), icsMs: summarise(ics), nextWeekMs: summarise(weeks), info };
  // The planner's goals (issue #14): a 50 ms agenda render and a 16 ms (one frame) move to the next week.
  r.goals = { renderMs: 50, nextWeekMs: 16, met: r.renderMs.median < 50 && r.nextWeekMs.median < 16 };
  log(
    `  plan  agenda render (1,000 rituals, Chromium): ${r.renderMs.median.toFixed(1)} ms; next week ${r.nextWeekMs.median.toFixed(1)} ms; ICS export ${r.icsMs.median.toFixed(1)} ms; goals ${r.goals.met ? "met" : "missed"}`,
  );
  return r;
}

export async function runBrowser(opts, log = () => {}) {
  const built = await buildPages(log);
  let executablePath;
  try {
    // The repo's browser tests find Debian's Chromium, or install it; so does the bench.
    executablePath = ensureChromium();
  } catch (error) {
    return { available: false, note: `no Chromium: ${String(error.message ?? error)}` };
  }
  const server = await serve(PAGES_OUT);
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath, args: chromiumArgs, headless: true });
  try {
    const context = await browser.newContext({ viewport: { width: 900, height: 700 }, reducedMotion: "no-preference" });
    const version = browser.version();
    // One section failing (a page that crashes, a timeout) leaves the others measured.
    const guard = async (name, fn, fallback) => {
      try {
        return await fn();
      } catch (error) {
        const note = `${name} failed: ${String(error.message ?? error).split("\n")[0]}`;
        log(`  ${note}`);
        return fallback(note);
      }
    };
    const animation = await guard("animation", () => measureAnimation(browser, context, base, built, opts, log), (note) =>
      ["anim-css", "anim-breathing"].map((id) => ({ id, label: id, available: false, note })),
    );
    const latency = await guard("keyboard latency", () => measureLatency(browser, context, base, built, opts, log), (note) =>
      ["slider-needs", "slider-native", "slider-radix"].map((id) => ({ id, label: id, available: false, note })),
    );
    const planner = await guard("planner", () => measurePlanner(context, base, built, opts, log), (note) => ({ available: false, note }));
    const breathingTiming = await guard("breathing timing", () => measureBreathingTiming(context, base, built, opts, log), (note) => ({ available: false, note }));
    await context.close();
    return { available: true, chromium: version, animation, latency, planner, breathingTiming };
  } finally {
    await browser.close();
    server.close();
  }
}
