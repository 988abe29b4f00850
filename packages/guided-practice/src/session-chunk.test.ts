// @vitest-environment node
// The built player's first load, bundled the way a host's bundler (and size-limit) does: what a
// running session needs is a separate chunk, left out until it is needed. Reads dist (build first).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { bundleBuilt } from "../../../tests/setup/bundle-built";

const dist = resolve(__dirname, "../dist");

// As size-limit measures it: everything bundled but React, core's own lazy chunks left out.
const bundle = (entry: string, names: string, external: string[]) => bundleBuilt(dist, entry, names, ["framer-motion/dom/mini", "./lazy/core-*", ...external]);

describe("GuidedPractice's built first load", () => {
  it("leaves what a running session needs to its own chunk", async () => {
    expect(existsSync(join(dist, "index.js")), "packages/guided-practice/dist (build it first)").toBe(true);
    const chunk = readdirSync(join(dist, "lazy")).find((f) => /^session-[\w-]+\.js$/.test(f));
    expect(chunk, "dist/lazy/session-*.js").toBeDefined();
    expect(readFileSync(join(dist, "index.js"), "utf8")).toContain(`import("./lazy/${chunk!}")`);
    const first = await bundle("index.js", "{ GuidedPractice }", ["./lazy/session-*", "./lazy/practice-problems-*"]);
    const session = await bundle(`lazy/${chunk!}`, "*", []);
    // The session clock, the breath timing, the frame loop, the step motion and a session's words.
    for (const code of ["createPracticeSession", "frameAt", "requestAnimationFrame", "translateY(0.75rem)", "guidedPractice.announceComplete", "Back a step", "Stay with this for as long as you like."]) {
      expect(session, code).toContain(code);
      expect(first, code).not.toContain(code);
    }
    // The idle player is all there.
    for (const code of ["checkPractices", "guidedPractice.idleHint", "guidedPractice.begin", "guidedPractice.minutes", "guidedPractice.loadFailed"]) expect(first, code).toContain(code);
  });

  it("leaves saved progress (the storage code and its reading) to a chunk loaded only with a persistKey", async () => {
    const chunk = readdirSync(join(dist, "lazy")).find((f) => /^persist-[\w-]+\.js$/.test(f));
    expect(chunk, "dist/lazy/persist-*.js").toBeDefined();
    const first = await bundle("index.js", "{ GuidedPractice }", ["./lazy/session-*", "./lazy/practice-problems-*", "./lazy/persist-*"]);
    const persist = await bundle(`lazy/${chunk!}`, "*", []);
    // Reading stored progress and refusing garbage (core's guarded storage is a chunk of core's own).
    for (const code of ["function keepProgress", "function isSavedProgress"]) {
      expect(persist, code).toContain(code);
      expect(first, code).not.toContain(code);
    }
    // Nor core's hook for stored state.
    expect(first, "usePersistentState").not.toContain("Could not load Attune's storage code");
    expect(first).toContain(`import("./lazy/${chunk!}")`);
  });
});
