// @vitest-environment node
// Reads the built packages (pnpm test builds first): component entries keep "use client";
// server-safe entries (logic, locales, engines, ICS) have no such banner, pull in no React,
// and import in plain Node.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";

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
