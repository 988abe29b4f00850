// @vitest-environment node
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { writeIcs } from "./ics";

const here = dirname(fileURLToPath(import.meta.url));

/** Every local module the entry reaches, and every package it imports. */
function graph(entry: string, seen = new Set<string>(), packages = new Set<string>()) {
  if (seen.has(entry)) return { seen, packages };
  seen.add(entry);
  const source = readFileSync(join(here, entry), "utf8");
  for (const [, spec] of source.matchAll(/from\s+"([^"]+)"/g)) {
    if (spec!.startsWith("./")) graph(`${spec!.slice(2)}.ts`, seen, packages);
    else packages.add(spec!);
  }
  return { seen, packages };
}

describe("@attune/ritual-planner/ics on a server", () => {
  it("reaches no React, no DOM, only core's logic entry", () => {
    const { seen, packages } = graph("ics.ts");
    expect([...seen].every((f) => f.endsWith(".ts"))).toBe(true);
    expect([...packages]).toEqual(["@attune/core/logic"]);
  });
  it("writes a calendar without a DOM", () => {
    expect(typeof document).toBe("undefined");
    const { ics } = writeIcs(
      [{ kind: "ritual", id: "x", title: "Tea", timeZone: "Europe/Berlin", startDate: "2026-03-02", time: "19:00", durationMinutes: 20 }],
      { now: 0 },
    );
    expect(ics).toContain("DTSTART;TZID=Europe/Berlin:20260302T190000");
  });
});
