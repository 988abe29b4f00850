// @vitest-environment node
// `pnpm test` must not read green by mistake: an unknown step or flag fails, and a vitest
// report left by an earlier run is rejected.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { STEPS, VITEST_ROUNDS, parseSteps, readVitestReport } from "../../scripts/test-steps.mjs";

const root = resolve(__dirname, "../..");

describe("parseSteps", () => {
  it("runs every step when none is named", () => {
    expect(parseSteps([])).toEqual({ steps: STEPS, errors: [] });
  });

  it("runs the build plus the named steps, in the canonical order", () => {
    expect(parseSteps(["size", "vitest"])).toEqual({ steps: ["build", "vitest", "size"], errors: [] });
    expect(parseSteps(["--", "typecheck"]).steps).toEqual(["build", "typecheck"]);
  });

  it("rejects a misspelt step", () => {
    const { errors } = parseSteps(["vitset"]);
    expect(errors).toEqual(['unknown step "vitset"']);
  });

  it("rejects any flag", () => {
    expect(parseSteps(["--quick"]).errors).toHaveLength(1);
    expect(parseSteps(["vitest", "-q"]).errors).toHaveLength(1);
  });

  it("fails the real script loudly, listing the valid steps, before building anything", () => {
    for (const arg of ["vitset", "--quick"]) {
      const r = spawnSync(process.execPath, ["scripts/test.mjs", arg], { cwd: root, encoding: "utf8", timeout: 20_000 });
      expect(r.status).not.toBe(0);
      expect(r.stderr).toContain(arg);
      for (const step of STEPS) expect(r.stderr).toContain(step);
      expect(r.stdout.trim().split("\n").at(-1)).toBe("0 passed, 1 failed");
      expect(r.stdout).not.toContain("turbo");
    }
  });
});

describe("VITEST_ROUNDS", () => {
  it("runs every vitest project exactly once", () => {
    const config = readFileSync(join(root, "vitest.config.ts"), "utf8");
    const named = [...config.matchAll(/\bname: "([\w-]+)"/g)].map((m) => m[1]!);
    const themes = [...config.matchAll(/storiesProject\("(\w+)"\)/g)].map((m) => `stories-${m[1]}`);
    const projects = [...named, ...themes];
    expect(projects.length).toBeGreaterThanOrEqual(8);
    expect(VITEST_ROUNDS.flat().sort()).toEqual([...projects].sort());
  });
});

describe("readVitestReport", () => {
  let dir = "";
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const write = (report: object, mtime?: Date) => {
    dir = mkdtempSync(join(tmpdir(), "attune-report-"));
    const file = join(dir, "vitest.json");
    writeFileSync(file, JSON.stringify(report));
    if (mtime) utimesSync(file, mtime, mtime);
    return file;
  };
  const report = (startTime: number) => ({
    startTime,
    numPassedTests: 7,
    numFailedTests: 1,
    numPendingTests: 2,
    numTodoTests: 0,
    testResults: [
      { name: join(root, "tests/unit/broken.test.ts"), status: "failed", assertionResults: [] },
      { name: join(root, "tests/unit/ok.test.ts"), status: "passed", assertionResults: [{ status: "passed", fullName: "fine" }] },
      {
        name: join(root, "tests/browser/x.test.tsx"),
        status: "failed",
        assertionResults: [{ status: "failed", fullName: "Widget > keeps the draft", ancestorTitles: ["Widget"], title: "keeps the draft" }],
      },
    ],
  });

  it("reads this run's report, counting a file that failed to load as a failure", () => {
    const started = Date.now() - 1000;
    expect(readVitestReport(write(report(Date.now())), started, root)).toEqual({
      passed: 7,
      failed: 2,
      skipped: 2,
      failures: ["tests/unit/broken.test.ts: did not load", "tests/browser/x.test.tsx > Widget > keeps the draft"],
    });
  });

  it("rejects a report whose file predates the run", () => {
    const started = Date.now();
    const old = new Date(started - 3600_000);
    expect(() => readVitestReport(write(report(started), old), started)).toThrow(/stale/);
  });

  it("rejects a report whose startTime predates the run, even when the file is fresh", () => {
    const started = Date.now();
    expect(() => readVitestReport(write(report(started - 3600_000)), started)).toThrow(/stale/);
    expect(() => readVitestReport(write({ numPassedTests: 1 }), started)).toThrow(/startTime/);
  });

  it("rejects a missing report", () => {
    expect(() => readVitestReport(join(tmpdir(), "attune-no-such-report.json"), Date.now())).toThrow(/no report/);
  });
});
