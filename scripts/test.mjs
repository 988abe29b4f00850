// `pnpm test`: everything, in the order a failure is cheapest to find. Builds every
// package, type-checks, lints (ESLint), checks the public API reports, runs the unit tests
// (React 19 and 18.2), the bench's own tests, the browser tests and every story with axe in
// real Chromium, the server-rendering tests, the size budgets, publint and attw, the
// packed-tarball host apps and the release rehearsal. `pnpm test <step> …` runs the build
// and those steps only (see test-steps.mjs). Ends with one plain line: "N passed, N failed".
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { delimiter, dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { ensureChromium } from "./chromium.mjs";
import { USAGE, VITEST_ROUNDS, parseSteps, readVitestReport } from "./test-steps.mjs";

const results = []; // { step, passed, failed, seconds }
const { steps, errors } = parseSteps(process.argv.slice(2));
if (errors.length > 0) {
  for (const e of errors) console.error(`pnpm test: ${e}`);
  console.error(USAGE);
  console.log("0 passed, 1 failed");
  process.exit(2);
}
const want = (step) => steps.includes(step);
console.log(`Steps: ${steps.join(", ")}`);

// Each step's wall time, shown in the summary.
let stepStarted = Date.now();
const timed = (step) => {
  const seconds = (Date.now() - stepStarted) / 1000;
  stepStarted = Date.now();
  for (const r of results) if (r.step === step) r.seconds = seconds;
};

function run(cmd, args, opts = {}) {
  console.log(`\n$ ${cmd} ${args.join(" ")}`);
  const r = spawnSync(cmd, args, { stdio: opts.capture ? ["ignore", "pipe", "inherit"] : "inherit", encoding: "utf8", ...opts });
  if (opts.capture && r.stdout) process.stdout.write(r.stdout);
  return r;
}

mkdirSync("tests/out", { recursive: true });
// turbo needs a pnpm binary on PATH; ours runs the pinned version through npx.
if (spawnSync("pnpm", ["--version"], { stdio: "ignore" }).status !== 0) {
  process.env.PATH = `${join(dirname(fileURLToPath(import.meta.url)), "bin")}${delimiter}${process.env.PATH}`;
}

const chromium = ensureChromium();
console.log(`Chromium: ${chromium}`);
process.env.CHROMIUM_PATH = chromium;

stepStarted = Date.now();
// 1. Build (the SSR, size, package and host checks read dist/).
const build = run("npx", ["turbo", "run", "build", "--output-logs=errors-only"]);
results.push({ step: "build", passed: build.status === 0 ? 1 : 0, failed: build.status === 0 ? 0 : 1 });
timed("build");
if (build.status !== 0) finish();

// 2. Type-check every package against the built declarations.
if (want("typecheck")) {
  // Packages against the built declarations of their dependencies, then stories and tests
  // against the sources.
  for (const [cmd, args] of [
    ["npx", ["turbo", "run", "typecheck", "--output-logs=errors-only"]],
    ["npx", ["tsc", "-p", "tsconfig.json"]],
  ]) {
    const tc = run(cmd, args);
    results.push({ step: "typecheck", passed: tc.status === 0 ? 1 : 0, failed: tc.status === 0 ? 0 : 1 });
  }
  timed("typecheck");
}

// 3. ESLint (rules of hooks, exhaustive deps, recommended JS/TS): one result per file.
if (want("lint")) {
  const out = "tests/out/eslint.json";
  rmSync(out, { force: true });
  const l = run("npx", ["eslint", ".", "--cache", "--cache-location", "node_modules/.cache/eslint/", "--format", "json", "--output-file", out]);
  try {
    const files = JSON.parse(readFileSync(out, "utf8"));
    const bad = files.filter((f) => f.errorCount + f.warningCount > 0);
    for (const f of bad) for (const m of f.messages) console.log(`${relative(process.cwd(), f.filePath)}:${m.line}:${m.column} ${m.ruleId ?? ""} ${m.message}`);
    results.push({ step: "lint", passed: files.length - bad.length, failed: bad.length });
  } catch {
    results.push({ step: "lint", passed: 0, failed: 1 });
  }
  if (l.status !== 0 && results.at(-1).failed === 0) results.at(-1).failed = 1;
  timed("lint");
}

// 4. Public API reports match the built declarations; a removed export needs a major changeset.
if (want("api")) {
  const a = run("node", ["scripts/api-report.mjs", "--check"], { capture: true });
  const m = /api: (\d+) passed, (\d+) failed/.exec(a.stdout ?? "");
  results.push({ step: "api", passed: m ? Number(m[1]) : 0, failed: m ? Number(m[2]) : 1 });
  if (a.status !== 0 && results.at(-1).failed === 0) results.at(-1).failed = 1;
  timed("api");
}

// 4b. Vitest: unit (jsdom, React 19 and 18.2), browser, and stories × 3 themes, in rounds
// (see VITEST_ROUNDS); each round writes its own report, and all of them count.
if (want("vitest")) {
  const total = { step: "vitest", passed: 0, failed: 0, skipped: 0, failures: [] };
  VITEST_ROUNDS.forEach((projects, i) => {
    const out = `tests/out/vitest-${i + 1}.json`;
    // A report left by an earlier run must never be read as this one's.
    rmSync(out, { force: true });
    const startedAt = Date.now();
    const v = run("npx", ["vitest", "run", ...projects.flatMap((p) => ["--project", p]), "--reporter=dot", "--reporter=json", `--outputFile.json=${out}`]);
    let round;
    try {
      round = readVitestReport(out, startedAt);
    } catch (error) {
      console.log(`vitest (${projects.join(", ")}): ${error.message}`);
      round = { passed: 0, failed: 1, skipped: 0, failures: [`${projects.join(", ")}: no report`] };
    }
    if (v.status !== 0 && round.failed === 0) round = { ...round, failed: 1, failures: [`${projects.join(", ")}: vitest exited with ${v.status}`] };
    total.passed += round.passed;
    total.failed += round.failed;
    total.skipped += round.skipped;
    total.failures.push(...round.failures);
  });
  results.push(total);
  timed("vitest");
}

// 5. Size budgets.
if (want("size")) {
  const s = run("npx", ["size-limit", "--json"], { capture: true });
  try {
    const entries = JSON.parse(s.stdout);
    const failed = entries.filter((e) => !e.passed);
    for (const e of failed) console.log(`over budget: ${e.name} (${e.size} B)`);
    results.push({ step: "size", passed: entries.length - failed.length, failed: failed.length });
  } catch {
    results.push({ step: "size", passed: 0, failed: 1 });
  }
  timed("size");
}

// 6. publint --strict and attw for every package.
if (want("packages")) {
  const p = run("node", ["scripts/lint-packages.mjs"], { capture: true });
  const m = /packages: (\d+) passed, (\d+) failed/.exec(p.stdout ?? "");
  results.push({ step: "packages", passed: m ? Number(m[1]) : 0, failed: m ? Number(m[2]) : 1 });
  timed("packages");
}

// 7. Packed tarballs in real host apps.
if (want("hosts")) {
  const h = run("node", ["scripts/hosts/run.mjs", "--skip-build"], { capture: true });
  const m = /hosts: (\d+) passed, (\d+) failed/.exec(h.stdout ?? "");
  results.push({ step: "hosts", passed: m ? Number(m[1]) : 0, failed: m ? Number(m[2]) : 1 });
  if (h.status !== 0 && results.at(-1).failed === 0) results.at(-1).failed = 1;
  timed("hosts");
}

// 8. Release rehearsal: pack every public package again and check what would be published
// (files, workspace ranges, source maps, metadata) is exactly what the host apps installed.
if (want("release")) {
  const r = run("node", ["scripts/release.mjs", "--dry-run", "--skip-build", "--skip-package-checks"], { capture: true });
  const m = /release: (\d+) passed, (\d+) failed/.exec(r.stdout ?? "");
  results.push({ step: "release", passed: m ? Number(m[1]) : 0, failed: m ? Number(m[2]) : 1 });
  if (r.status !== 0 && results.at(-1).failed === 0) results.at(-1).failed = 1;
  timed("release");
}

finish();

function finish() {
  // Every step asked for must have reported (unless the build failed and stopped the run),
  // or the run is not green.
  const buildFailed = results.some((r) => r.step === "build" && r.failed > 0);
  if (!buildFailed) for (const step of steps) if (!results.some((r) => r.step === step)) results.push({ step, passed: 0, failed: 1 });
  console.log("\nSummary");
  for (const r of results) {
    console.log(`  ${r.step.padEnd(10)} ${r.passed} passed, ${r.failed} failed${r.skipped ? `, ${r.skipped} skipped` : ""}${r.seconds != null ? ` (${r.seconds.toFixed(0)} s)` : ""}`);
    for (const name of (r.failures ?? []).slice(0, 20)) console.log(`    failed: ${name}`);
  }

  const passed = results.reduce((a, r) => a + r.passed, 0);
  const failed = results.reduce((a, r) => a + r.failed, 0);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed > 0 ? 1 : 0);
}
