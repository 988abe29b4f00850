// `pnpm test`: everything, in the order a failure is cheapest to find. Builds every
// package, runs the unit tests (React 19 and 18.2), the browser tests and every story
// with axe in real Chromium, the server-rendering tests, the size budgets, publint and
// attw, and the packed-tarball host apps. Ends with one plain line: "N passed, N failed".
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { delimiter, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { ensureChromium } from "./chromium.mjs";

const results = []; // { step, passed, failed }
const only = process.argv.slice(2);
const want = (step) => only.length === 0 || only.includes(step);

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

// 1. Build (the SSR, size, package and host checks read dist/).
const build = run("npx", ["turbo", "run", "build", "--output-logs=errors-only"]);
results.push({ step: "build", passed: build.status === 0 ? 1 : 0, failed: build.status === 0 ? 0 : 1 });
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
}

// 3. Vitest: unit (jsdom, React 19 and 18.2), browser, and stories × 3 themes.
if (want("vitest")) {
  const out = "tests/out/vitest.json";
  const v = run("npx", ["vitest", "run", "--reporter=dot", "--reporter=json", `--outputFile.json=${out}`]);
  if (existsSync(out)) {
    const j = JSON.parse(readFileSync(out, "utf8"));
    // A file that fails to load counts as a failure even though it has no test results.
    const brokenFiles = (j.testResults ?? []).filter((f) => f.status === "failed" && (f.assertionResults ?? []).length === 0).length;
    results.push({ step: "vitest", passed: j.numPassedTests, failed: j.numFailedTests + brokenFiles, skipped: j.numPendingTests + j.numTodoTests });
  } else {
    results.push({ step: "vitest", passed: 0, failed: 1 });
  }
  if (v.status !== 0 && results.at(-1).failed === 0) results.at(-1).failed = 1;
}

// 4. Size budgets.
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
}

// 5. publint --strict and attw for every package.
if (want("packages")) {
  const p = run("node", ["scripts/lint-packages.mjs"], { capture: true });
  const m = /packages: (\d+) passed, (\d+) failed/.exec(p.stdout ?? "");
  results.push({ step: "packages", passed: m ? Number(m[1]) : 0, failed: m ? Number(m[2]) : 1 });
}

// 6. Packed tarballs in real host apps.
if (want("hosts") && existsSync("scripts/hosts/run.mjs")) {
  const h = run("node", ["scripts/hosts/run.mjs", "--skip-build"], { capture: true });
  const m = /hosts: (\d+) passed, (\d+) failed/.exec(h.stdout ?? "");
  results.push({ step: "hosts", passed: m ? Number(m[1]) : 0, failed: m ? Number(m[2]) : 1 });
  if (h.status !== 0 && results.at(-1).failed === 0) results.at(-1).failed = 1;
}

finish();

function finish() {
  console.log("\nSummary");
  for (const r of results) console.log(`  ${r.step.padEnd(10)} ${r.passed} passed, ${r.failed} failed${r.skipped ? `, ${r.skipped} skipped` : ""}`);
  const passed = results.reduce((a, r) => a + r.passed, 0);
  const failed = results.reduce((a, r) => a + r.failed, 0);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed > 0 ? 1 : 0);
}
