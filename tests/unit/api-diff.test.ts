// @vitest-environment node
// The API report check (scripts/api-report.mjs --check): a removed export needs a pending
// major changeset for its package.
import { describe, expect, it } from "vitest";
import { changesetLevels, missingMajorChangesets, parseReport, removedExports } from "../../scripts/lib/api-diff.mjs";

const report = (names: string[]) => ["# @attune/x public API", "", "## @attune/x", "", ...names.flatMap((n) => [`### ${n}`, "", "```ts", `const ${n}: number;`, "```", ""]), "## @attune/x/logic", "", "### clamp", ""].join("\n");

describe("API report diff", () => {
  it("lists exports per entry point", () => {
    expect([...parseReport(report(["A", "B"]))]).toEqual(["@attune/x: A", "@attune/x: B", "@attune/x/logic: clamp"]);
  });

  it("finds removed exports, not added ones", () => {
    expect(removedExports(parseReport(report(["A", "B"])), parseReport(report(["A", "C"])))).toEqual(["@attune/x: B"]);
    expect(removedExports(parseReport(report(["A"])), parseReport(report(["A", "C"])))).toEqual([]);
  });

  it("reads the highest pending bump per package from changeset front matter", () => {
    const levels = changesetLevels(['---\n"@attune/x": minor\n"@attune/y": major\n---\n\nText', "---\n'@attune/x': patch\n---\n", "no front matter"]);
    expect(Object.fromEntries(levels)).toEqual({ "@attune/x": "minor", "@attune/y": "major" });
  });

  it("demands a major changeset for a package that lost an export", () => {
    expect(missingMajorChangesets(["@attune/x"], ['---\n"@attune/x": minor\n---\n'])).toEqual(["@attune/x"]);
    expect(missingMajorChangesets(["@attune/x"], ['---\n"@attune/x": major\n---\n'])).toEqual([]);
    expect(missingMajorChangesets([], [])).toEqual([]);
  });
});
