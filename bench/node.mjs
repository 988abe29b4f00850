// Node measurements: server render time of every widget, breathing timing drift over a
// simulated 10-minute session (the pure engine with a fake clock), and the ritual planner's
// pure agenda and ICS export with 1,000 rituals (next to the ics package for the export).
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { existsSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { distExports, distFile, WIDGETS, widgetAvailable } from "./lib/targets.mjs";
import { prng, toIcsPackageEvents } from "./lib/rituals.mjs";
import { makeBenchmarkRituals, runPlannerBenchmark } from "./lib/planner-fixtures.mjs";
import { SSR_PROPS } from "./lib/subjects.mjs";
import { quantile, summarise } from "./lib/stats.mjs";
import { interleaved, timeCalls } from "./lib/interleave.mjs";

const load = (dir, file = "index.js") => import(pathToFileURL(distFile(dir, file)).href);

/** Times `fn` in `reps` batches of `batch` calls after `warm` warm-up calls; ms per call. */
function bench(fn, { warm = 3, reps = 9, batch = 1 } = {}) {
  for (let i = 0; i < warm; i++) fn();
  const samples = [];
  for (let r = 0; r < reps; r++) {
    const t0 = performance.now();
    for (let i = 0; i < batch; i++) fn();
    samples.push((performance.now() - t0) / batch);
  }
  return summarise(samples);
}

/* ---------------------------------------------------------------------------------------
 * Server render
 * ------------------------------------------------------------------------------------- */

async function plannerModule() {
  if (!distExports("ritual-planner", "logic.js").has("buildAgenda")) return null;
  const logic = await load("ritual-planner", "logic.js");
  return { makeBenchmarkRituals, runPlannerBenchmark: (o) => runPlannerBenchmark(logic, o), writeIcs: logic.writeIcs, buildAgenda: logic.buildAgenda };
}

async function serverRender(opts, log) {
  const rows = [];
  const planner = await plannerModule();
  const silence = console.error;
  for (const w of WIDGETS) {
    if (!widgetAvailable(w)) {
      rows.push({ label: w.name, group: "attune", available: false, note: "not available (no built component export yet)" });
      continue;
    }
    try {
      const mod = await load(w.dir);
      if (w.name === "RitualPlanner" && !planner) throw new Error("@attune/ritual-planner/logic is not built");
      const props = SSR_PROPS[w.name](planner);
      const element = () => createElement(mod[w.name], props);
      const html = renderToString(element());
      const r = bench(() => renderToString(element()), { warm: 20, reps: opts.ssrReps, batch: opts.ssrBatch });
      rows.push({ label: w.name, group: "attune", available: true, htmlBytes: html.length, ms: r });
      log(`  ssr   ${w.name}: ${r.median.toFixed(3)} ms`);
    } catch (error) {
      rows.push({ label: w.name, group: "attune", available: false, note: `render failed: ${String(error.message ?? error).split("\n")[0]}` });
    } finally {
      console.error = silence;
    }
  }
  // Peer for scale: a bare Radix slider (what NeedsSpectrum replaces).
  const Slider = await import("@radix-ui/react-slider");
  const radix = () =>
    createElement(Slider.Root, { defaultValue: [50], min: 0, max: 100 }, createElement(Slider.Track, null, createElement(Slider.Range)), createElement(Slider.Thumb, { "aria-label": "Lean" }));
  const r = bench(() => renderToString(radix()), { warm: 20, reps: opts.ssrReps, batch: opts.ssrBatch });
  rows.push({ label: "@radix-ui/react-slider (Root, Track, Range, Thumb)", group: "peer", available: true, htmlBytes: renderToString(radix()).length, ms: r });
  return rows;
}

/* ---------------------------------------------------------------------------------------
 * Breathing drift
 * ------------------------------------------------------------------------------------- */

/**
 * Simulates 10 minutes of animation frames against the engine with a fake monotonic clock.
 * Frames arrive every 16.67 ms with ±2 ms jitter, and 1 frame in 100 is held up by a long
 * task of 50–250 ms (seeded, so each repetition is a different but repeatable run). At each
 * frame the guide reads the session, as BreathingGuide does in its rAF loop.
 *
 * Reported per run: the position error at the 10-minute mark (what the guide shows vs the
 * true elapsed time on the clock), and how late each phase change was shown after its exact
 * time: never more than the frame (or the long task) it fell in, and not growing with time.
 *
 * For scale, the same frame and stall sequence drives a model of a guide that chains
 * setTimeout(phaseLength) per phase: each timer fires 1–4 ms late, or after the long task
 * that holds the thread, and the next phase's timer starts from there, so the lateness adds up.
 */
function simulateDrift(engine, seed) {
  const { createSession, resolvePattern, sessionCycles } = engine;
  const rand = prng(seed);
  const pattern = resolvePattern("box");
  const cycles = sessionCycles(pattern, { seconds: 600 });
  const start = 1000.25;
  let t = start;
  const clock = { now: () => t, epochNow: () => 1_790_000_000_000 + t };
  const session = createSession({ pattern, cycles, clock });
  session.start();
  const TEN_MIN = 600_000;
  let prevKey = -1;
  const lateness = [];
  let atTenMinutes = null;
  // Chained timers model, fed by the same stalls.
  let timerPhaseEnd = start + pattern.phases[0].ms; // when the current timer is due
  let timerPhase = 0;
  let timerDrift = 0;
  const stalls = [];
  while (true) {
    let dt = 1000 / 60 + (rand() * 4 - 2);
    if (rand() < 0.01) {
      const stall = 50 + rand() * 200;
      stalls.push([t, t + stall]);
      dt += stall;
    }
    t += dt;
    const s = session.read();
    const f = s.frame;
    const key = f.cycle * pattern.phases.length + f.phaseIndex;
    if (key !== prevKey && s.status !== "complete") {
      if (prevKey !== -1) {
        const ideal = start + f.cycle * pattern.cycleMs + f.phase.startMs;
        lateness.push(t - ideal);
      }
      prevKey = key;
    }
    // Chained timers: fire every timer that is due by now.
    while (timerPhaseEnd <= t) {
      const stall = stalls.find(([a, b]) => timerPhaseEnd >= a && timerPhaseEnd < b);
      const fired = (stall ? stall[1] : timerPhaseEnd) + 1 + rand() * 3;
      timerDrift = fired - (start + (timerPhase + 1) * (pattern.cycleMs / pattern.phases.length));
      timerPhase += 1;
      timerPhaseEnd = fired + pattern.phases[timerPhase % pattern.phases.length].ms;
    }
    if (atTenMinutes === null && t - start >= TEN_MIN) {
      atTenMinutes = { trueElapsed: t - start, shownElapsed: f.elapsedMs, error: Math.abs(f.elapsedMs - (t - start)), timerDrift };
    }
    if (s.status === "complete") break;
  }
  return {
    cycles,
    errorAt10: atTenMinutes.error,
    boundaryLatenessP50: quantile(lateness, 0.5),
    boundaryLatenessMax: Math.max(...lateness),
    withinOneFrame: lateness.filter((l) => l <= 1000 / 60 + 2).length / lateness.length,
    // Lateness of the phase changes in the last minute: equal to the first minute's if nothing accumulates.
    lastMinuteLatenessP50: quantile(lateness.slice(-16), 0.5),
    timerModelDriftAt10: atTenMinutes.timerDrift,
  };
}

async function breathingDrift(opts, log) {
  if (!existsSync(distFile("breathing", "engine.js")) || !distExports("breathing", "engine.js").has("createSession")) {
    return { available: false, note: "@attune/breathing/engine not available (not built yet)" };
  }
  const engine = await load("breathing", "engine.js");
  const runs = [];
  for (let i = 0; i < opts.driftReps; i++) runs.push(simulateDrift(engine, 1000 + i));
  const r = {
    available: true,
    pattern: "box 4-4-4-4",
    sessionSeconds: (runs[0].cycles * 16),
    errorAt10: summarise(runs.map((x) => x.errorAt10)),
    boundaryLatenessP50: summarise(runs.map((x) => x.boundaryLatenessP50)),
    boundaryLatenessMax: summarise(runs.map((x) => x.boundaryLatenessMax)),
    lastMinuteLatenessP50: summarise(runs.map((x) => x.lastMinuteLatenessP50)),
    withinOneFrame: summarise(runs.map((x) => x.withinOneFrame)),
    timerModelDriftAt10: summarise(runs.map((x) => x.timerModelDriftAt10)),
  };
  log(`  drift error at 10:00 ${r.errorAt10.median.toFixed(3)} ms; chained-timer model ${r.timerModelDriftAt10.median.toFixed(0)} ms`);
  return r;
}

/* ---------------------------------------------------------------------------------------
 * Ritual planner, pure parts: agenda data and ICS export of 1,000 rituals
 * ------------------------------------------------------------------------------------- */

/**
 * The planner's pure work on 1,000 rituals from makeBenchmarkRituals, timed by the bench's
 * interleaved harness next to the peer a host would otherwise use for the export: two weeks
 * of agenda data (buildAgenda, first 50 occurrences, as the widget asks for), the whole
 * calendar export (writeIcs), and the ics package's createEvents on the same rituals. ics
 * writes floating local times (no VTIMEZONE, no EXDATE), so it does less than writeIcs.
 */
async function plannerPure(opts, log) {
  const planner = await plannerModule();
  if (!planner?.runPlannerBenchmark || !planner.writeIcs || !planner.buildAgenda) {
    return { available: false, note: "@attune/ritual-planner/logic not available" };
  }
  const plans = planner.makeBenchmarkRituals(1000);
  const from = Date.UTC(2026, 2, 20);
  const { buildAgenda } = planner;
  const counts = planner.runPlannerBenchmark({ count: 1000, from });
  const ics = await import("ics");
  const events = toIcsPackageEvents(plans);
  const peer = ics.createEvents(events);
  const subjects = [
    { id: "agenda", sample: () => timeCalls(() => buildAgenda(plans, { from, to: from + 14 * 864e5, viewerZone: "Europe/Berlin", limit: 50 })) },
    { id: "writeIcs", sample: () => timeCalls(() => planner.writeIcs(plans, { now: from })) },
  ];
  if (!peer.error) subjects.push({ id: "ics", sample: () => timeCalls(() => ics.createEvents(events)) });
  const samples = await interleaved(subjects, { rounds: opts.plannerReps, warmups: 1 });
  const out = {
    available: true,
    rituals: 1000,
    occurrences: counts.occurrences,
    icsBytes: counts.icsBytes,
    agendaMs: summarise(samples.agenda),
    icsMs: summarise(samples.writeIcs),
    icsPeer: peer.error ? { available: false, note: String(peer.error.message ?? peer.error) } : { available: true, bytes: peer.value.length, ms: summarise(samples.ics) },
  };
  log(`  plan  agenda data ${out.agendaMs.median.toFixed(2)} ms, writeIcs ${out.icsMs.median.toFixed(2)} ms (1,000 rituals)`);
  if (out.icsPeer.ms) log(`  plan  ics.createEvents(1,000): ${out.icsPeer.ms.median.toFixed(1)} ms`);
  return out;
}

/* ---------------------------------------------------------------------------------------
 * Reassurance composer: cutting a huge paste to the card's limit
 * ------------------------------------------------------------------------------------- */

/**
 * The composer cuts a paste to its limit (280 characters) before the text box sees it. The
 * unit tests prove the work is bounded (what reaches grapheme segmentation is capped by the
 * limit); this times it, for 1 MB and 4 MB pastes in the same interleaved run: the two should
 * take about the same time.
 */
async function composerPaste(opts, log) {
  if (!distExports("reassurance-composer", "logic.js").has("fillTemplate")) {
    return { available: false, note: "@attune/reassurance-composer/logic not available" };
  }
  const { normalizeCard } = await load("reassurance-composer", "logic.js");
  // normalizeCard limits the text with the same limitText the editor's paste uses.
  const cut = (text) => normalizeCard({ kind: "space", text }, 280);
  const oneMb = "ab😀".repeat(262_144);
  const fourMb = "ab😀".repeat(1_048_576);
  const samples = await interleaved(
    [
      { id: "1MB", sample: () => timeCalls(() => cut(oneMb)) },
      { id: "4MB", sample: () => timeCalls(() => cut(fourMb)) },
    ],
    { rounds: opts.plannerReps, warmups: 1 },
  );
  const out = { available: true, oneMbMs: summarise(samples["1MB"]), fourMbMs: summarise(samples["4MB"]) };
  log(`  paste composer limit: 1 MB ${out.oneMbMs.median.toFixed(3)} ms, 4 MB ${out.fourMbMs.median.toFixed(3)} ms`);
  return out;
}

export async function runNode(opts, log = () => {}) {
  return {
    ssr: await serverRender(opts, log),
    drift: await breathingDrift(opts, log),
    planner: await plannerPure(opts, log),
    paste: await composerPaste(opts, log),
  };
}
