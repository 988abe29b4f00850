// @vitest-environment node
// The built widget's first load, bundled the way a host's bundler (and size-limit) does: what an
// open set needs, sharing included, is a separate chunk, left out until a set opens. Reads dist
// (build first).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { bundleBuilt } from "../../../tests/setup/bundle-built";

const dist = resolve(__dirname, "../dist");

const bundle = (entry: string, names: string, external: string[]) => bundleBuilt(dist, entry, names, ["@attune/core", "@attune/core/logic", "@attune/needs-spectrum", ...external]);

// The partner check, the preview's text, sending, and the open set's parts.
const SET_OPEN = ["a share must be an object", "Reflection onShare failed.", "callback-rejected", "preview-json", "share-switch-thumb"];
// The list of sets, a draft's and a host set's checks, the question and the way through it, and every word.
const FIRST = ["a draft needs version 1", "sets must be a list", "could not load", "reflection.announceStep", "reflection.now.say.hint2", "reflection.partnerWaiting", "progress-text"];

describe("Reflection's built first load", () => {
  it("leaves what an open set needs, sharing included, to its own chunk", async () => {
    expect(existsSync(join(dist, "index.js")), "packages/reflection/dist (build it first)").toBe(true);
    const chunk = readdirSync(join(dist, "lazy")).find((f) => /^set-body-[\w-]+\.js$/.test(f));
    expect(chunk, "dist/lazy/set-body-*.js").toBeDefined();
    const first = await bundle("index.js", "{ Reflection }", ["./set-body-*"]);
    const setOpen = await bundle(`lazy/${chunk!}`, "*", []);
    expect(first).toContain(`import("./${chunk!}")`);
    for (const code of SET_OPEN) {
      expect(setOpen, code).toContain(code);
      expect(first, code).not.toContain(code);
    }
    for (const code of FIRST) expect(first, code).toContain(code);
  });

  it("keeps sharing out of every file the entry imports, which a host's bundler loads whole", () => {
    // A chunk the entry imports statically is in a host's first load with everything in it, even
    // code only the lazy chunk uses; the tree-shaking bundle above would not notice.
    const index = readFileSync(join(dist, "index.js"), "utf8");
    const files = [...index.matchAll(/from "\.\/(lazy\/[\w-]+\.js)"/g)].map((m) => m[1]!);
    expect(files.length).toBeGreaterThan(0);
    for (const file of ["index.js", ...files]) {
      const text = readFileSync(join(dist, file), "utf8");
      for (const code of ["a share must be an object", "Reflection onShare failed.", "function buildShare", "function shareToText"]) expect(text, `${file}: ${code}`).not.toContain(code);
    }
  });
});
