// The pure parts of `pnpm test` (scripts/test.mjs), importable by its own unit test:
// which steps a command line asks for, and whether a vitest JSON report belongs to this run.
import { existsSync, readFileSync, statSync } from "node:fs";
import { relative } from "node:path";

/**
 * The vitest step runs its projects in three rounds, one after another, so the tests that run
 * in real time in Chromium (the browser tests and screenshots) do not share two cores with
 * the jsdom workers and three themes of stories at once: on a 2-core CI machine that sharing
 * starved them past their timeouts. Every project in vitest.config.ts is in exactly one round
 * (a unit test checks it).
 */
export const VITEST_ROUNDS = [
  ["unit", "unit-react18", "bench"],
  ["browser", "visual"],
  ["stories-light", "stories-dark", "stories-brand"],
];

/** Every step, in the order they run (cheapest failure first). */
export const STEPS = ["build", "typecheck", "lint", "api", "vitest", "size", "packages", "hosts", "release"];

export const USAGE = `usage: pnpm test [step ...]
  steps: ${STEPS.join(", ")}
  no step: all of them. "build" always runs first (every other step reads dist/).`;

/**
 * Parses `pnpm test [step ...]`. Anything that is not a known step (a typo such as "vitset",
 * or any flag such as "--quick") is an error: a run that silently does less must not read
 * as green.
 * @param {string[]} argv the arguments after the script name
 * @returns {{ steps: string[], errors: string[] }}
 */
export function parseSteps(argv) {
  const errors = [];
  const asked = [];
  for (const arg of argv) {
    // pnpm passes a lone "--" through when someone writes `pnpm test -- vitest`.
    if (arg === "--") continue;
    if (arg.startsWith("-")) errors.push(`unknown option "${arg}" (pnpm test takes step names only)`);
    else if (!STEPS.includes(arg)) errors.push(`unknown step "${arg}"`);
    else if (!asked.includes(arg)) asked.push(arg);
  }
  const steps = asked.length === 0 ? [...STEPS] : STEPS.filter((s) => s === "build" || asked.includes(s));
  return { steps, errors };
}

/**
 * Reads vitest's JSON report and proves it was written by the run that started at
 * `runStartedMs` (epoch ms): the file's modification time and the report's own startTime
 * must both be at or after it. A report left over from an earlier run throws.
 * `failures` names each failed test (file, then its title path) so the summary, the part of
 * a CI log that is always read, says which test failed.
 * @returns {{ passed: number, failed: number, skipped: number, failures: string[] }}
 */
export function readVitestReport(path, runStartedMs, root = process.cwd()) {
  if (!existsSync(path)) throw new Error(`vitest wrote no report at ${path}`);
  // Filesystems with coarse timestamps round down to the second: allow that much.
  const slackMs = 2000;
  const mtime = statSync(path).mtimeMs;
  if (mtime + slackMs < runStartedMs) throw new Error(`${path} is stale: written ${new Date(mtime).toISOString()}, before this run started (${new Date(runStartedMs).toISOString()})`);
  const j = JSON.parse(readFileSync(path, "utf8"));
  if (typeof j.startTime !== "number" || j.startTime + slackMs < runStartedMs) {
    throw new Error(`${path} is stale: its startTime (${typeof j.startTime === "number" ? new Date(j.startTime).toISOString() : "missing"}) is before this run started (${new Date(runStartedMs).toISOString()})`);
  }
  // A file that fails to load counts as a failure even though it has no test results.
  const brokenFiles = (j.testResults ?? []).filter((f) => f.status === "failed" && (f.assertionResults ?? []).length === 0).length;
  const failures = [];
  for (const f of j.testResults ?? []) {
    const file = relative(root, f.name ?? "?");
    if (f.status === "failed" && (f.assertionResults ?? []).length === 0) failures.push(`${file}: did not load`);
    for (const a of f.assertionResults ?? []) {
      if (a.status === "failed") failures.push(`${file} > ${a.fullName ?? [...(a.ancestorTitles ?? []), a.title].join(" > ")}`);
    }
  }
  return {
    failures,
    passed: j.numPassedTests ?? 0,
    failed: (j.numFailedTests ?? 0) + brokenFiles,
    skipped: (j.numPendingTests ?? 0) + (j.numTodoTests ?? 0),
  };
}
