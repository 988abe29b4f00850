#!/usr/bin/env node
// `pnpm bench`: measures Attune next to the libraries a host would otherwise use, in one
// run, prints a Markdown table and writes bench/out/results.json and bench/out/table.md.
//
//   pnpm bench                 full run (about 3–5 minutes on 2 cores)
//   pnpm bench -- --quick      fewer repetitions, for trying the harness
//   pnpm bench -- --only=size,node,browser   some sections only
//   pnpm bench -- --build      rebuild every package first (default: only when a dist is missing)
//   pnpm bench -- --readme     also write the table into README.md and bench/README.md
//
// Timings never fail the run (machines are noisy; size budgets are enforced by size-limit).
// A widget that is not built, or not exported yet, is reported as "not available".
import { execSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { OUT, PACKAGES, ROOT, snapshotPackages } from "./lib/targets.mjs";
import { renderTables, replaceBetweenMarkers } from "./lib/report.mjs";

const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const only = (args.find((a) => a.startsWith("--only="))?.split("=")[1] ?? "size,node,browser").split(",");
const quick = flag("quick");
const knownFlags = ["quick", "build", "no-build", "readme"];
const unknownArgs = args.filter((a) => a !== "--" && !a.startsWith("--only=") && !knownFlags.includes(a.replace(/^--/, "")));
if (unknownArgs.length > 0) {
  process.stderr.write(`bench: unknown argument ${unknownArgs.join(" ")} (known: ${knownFlags.map((f) => `--${f}`).join(" ")} --only=size,node,browser)\n`);
  process.exit(2);
}
// The README's table is the full run's, every section: never a quick or partial one.
if (flag("readme") && (quick || args.some((a) => a.startsWith("--only=")))) {
  process.stderr.write("bench: --readme needs a full run (no --quick, no --only)\n");
  process.exit(2);
}

const opts = quick
  ? { animReps: 2, animSeconds: 3, latencyRounds: 2, pressesPerRound: 20, plannerReps: 3, ssrReps: 5, ssrBatch: 10, driftReps: 3, timingReps: 1, timingSeconds: 15 }
  : { animReps: 5, animSeconds: 5, latencyRounds: 5, pressesPerRound: 40, plannerReps: 9, ssrReps: 9, ssrBatch: 25, driftReps: 9, timingReps: 3, timingSeconds: 60 };

const log = (line) => process.stderr.write(`${line}\n`);

function ensureBuilt() {
  const missing = PACKAGES.filter((p) => !existsSync(join(ROOT, "packages", p, "dist", "index.js")));
  if (!flag("build") && missing.length === 0) return;
  log(flag("build") ? "Building every package…" : `Building (no dist for ${missing.join(", ")})…`);
  try {
    execSync("npx turbo run build --output-logs=errors-only", { cwd: ROOT, stdio: "inherit" });
  } catch {
    log("Some packages failed to build; the bench reports them as not available.");
  }
}

function gitCommit() {
  try {
    return execSync("git rev-parse --short HEAD", { cwd: ROOT, encoding: "utf8" }).trim();
  } catch {
    return "unknown";
  }
}

const started = performance.now();
if (!flag("no-build")) ensureBuilt();
mkdirSync(OUT, { recursive: true });
log("Copying the built packages to bench/out/snapshot…");
const missingDist = await snapshotPackages(log);

const results = {
  date: new Date().toISOString(),
  commit: gitCommit(),
  machine: { node: process.version, cpus: os.cpus().length, loadAverage: Number(os.loadavg()[0].toFixed(1)), cpu: os.cpus()[0]?.model ?? "unknown", platform: `${os.platform()} ${os.arch()}` },
  options: { quick, ...opts },
  missingDist,
};

if (only.includes("size")) {
  log("Bundle sizes…");
  const { measureSizes } = await import("./size.mjs");
  results.size = await measureSizes(log);
}
if (only.includes("node")) {
  log("Node: server render, breathing drift, planner…");
  const { runNode } = await import("./node.mjs");
  results.node = await runNode(opts, log);
}
if (only.includes("browser")) {
  log("Chromium: animation, keyboard latency, planner agenda…");
  const { runBrowser } = await import("./browser.mjs");
  try {
    results.browser = await runBrowser(opts, log);
  } catch (error) {
    results.browser = { available: false, note: `browser run failed: ${String(error.message ?? error).split("\n")[0]}` };
    log(results.browser.note);
  }
}
results.seconds = Math.round((performance.now() - started) / 1000);

const table = renderTables(results);
writeFileSync(join(OUT, "results.json"), `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(join(OUT, "table.md"), table);
process.stdout.write(`${table}\n`);
log(`Wrote bench/out/results.json and bench/out/table.md (${results.seconds} s).`);

if (flag("readme")) {
  // The table lives between markers in the project README (and the bench's own README);
  // it is only ever written from a run, never copied by hand.
  for (const readme of [join(ROOT, "README.md"), join(ROOT, "bench", "README.md")]) {
    const updated = replaceBetweenMarkers(readFileSync(readme, "utf8"), table);
    if (updated === null) log(`${readme.slice(ROOT.length + 1)} has no bench table markers; left alone.`);
    else {
      writeFileSync(readme, updated);
      log(`Updated the table in ${readme.slice(ROOT.length + 1)}.`);
    }
  }
}
