// @vitest-environment node
// Reads the built packages (pnpm test builds first): component entries keep "use client";
// server-safe entries (logic, locales, engines, ICS) have no such banner, pull in no React,
// and import in plain Node.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { describe, expect, it, vi } from "vitest";

const root = resolve(__dirname, "../..");
const packages = readdirSync(join(root, "packages")).filter((d) => existsSync(join(root, "packages", d, "package.json")));

interface Conditions {
  import: { types: string; default: string };
  require: { types: string; default: string };
}

function entries(dir: string) {
  const pkg = JSON.parse(readFileSync(join(root, "packages", dir, "package.json"), "utf8")) as {
    name: string;
    exports: Record<string, string | Conditions>;
  };
  return Object.entries(pkg.exports)
    .filter((e): e is [string, Conditions] => typeof e[1] === "object")
    .map(([subpath, c]) => ({ name: `${pkg.name}${subpath.slice(1)}`, subpath, esm: c.import.default, cjs: c.require.default }));
}

const isClientEntry = (subpath: string) => subpath === ".";

describe.each(packages)("@attune/%s build output", (dir) => {
  const list = entries(dir);

  it("is built", () => {
    for (const e of list) expect(existsSync(join(root, "packages", dir, e.esm)), `${e.name} (run pnpm build)`).toBe(true);
  });

  for (const e of list) {
    const file = (p: string) => readFileSync(join(root, "packages", dir, p), "utf8");
    if (isClientEntry(e.subpath)) {
      it(`${e.name} keeps "use client" in ESM and CJS`, () => {
        expect(file(e.esm).startsWith('"use client";')).toBe(true);
        expect(file(e.cjs).startsWith('"use client";')).toBe(true);
      });
    } else {
      it(`${e.name} is server-safe: no "use client", no React, imports in plain Node`, async () => {
        const esm = file(e.esm);
        expect(esm.includes("use client")).toBe(false);
        expect(esm).not.toMatch(/from\s+["']react(-dom)?(\/[^"']*)?["']/);
        expect(file(e.cjs)).not.toMatch(/require\(["']react(-dom)?(\/[^"']*)?["']\)/);
        const mod = await import(pathToFileURL(join(root, "packages", dir, e.esm)).href);
        expect(Object.keys(mod).length).toBeGreaterThan(0);
      });
    }
  }
});

// `@attune/core` and `@attune/core/logic` are separate built files (and ESM and CommonJS
// builds of each); page-wide state must be one, or warnings repeat and resetWarnings() or
// clearing drafts reaches only one copy.
describe("@attune/core page-wide state is shared across its built entries", () => {
  const dist = join(root, "packages", "core", "dist");
  type Core = {
    warnOnce: (m: string) => void;
    resetWarnings: () => void;
    sharedSafeStorage: (a: object) => unknown;
    memoryStorageAdapter: () => object;
  };
  const load = async (file: string): Promise<Core> =>
    file.endsWith(".cjs") ? (createRequire(import.meta.url)(join(dist, file)) as Core) : ((await import(pathToFileURL(join(dist, file)).href)) as Core);

  it("warns once across index, logic, ESM and CommonJS, and one resetWarnings() resets them all", async () => {
    const [index, logic, indexCjs, logicCjs] = await Promise.all(["index.js", "logic.js", "index.cjs", "logic.cjs"].map(load));
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    try {
      const message = `build-output shared warning ${Math.random()}`;
      for (const m of [index!, logic!, indexCjs!, logicCjs!]) m.warnOnce(message);
      expect(warn).toHaveBeenCalledTimes(1);
      logic!.resetWarnings();
      index!.warnOnce(message);
      expect(warn).toHaveBeenCalledTimes(2);
      indexCjs!.resetWarnings();
      logicCjs!.warnOnce(message);
      expect(warn).toHaveBeenCalledTimes(3);
    } finally {
      warn.mockRestore();
    }
  });

  it("gives one guarded storage per adapter to every entry", async () => {
    const [index, logic, logicCjs] = await Promise.all(["index.js", "logic.js", "logic.cjs"].map(load));
    const adapter = logic!.memoryStorageAdapter();
    const safe = index!.sharedSafeStorage(adapter);
    expect(logic!.sharedSafeStorage(adapter)).toBe(safe);
    expect(logicCjs!.sharedSafeStorage(adapter)).toBe(safe);
  });
});
