// @vitest-environment node
// Development warnings are for the people building with Attune, not the people using it: every
// call site is written `if (process.env.NODE_ENV !== "production") warnOnce(…)`, so a host's
// production build drops the call and its message. This bundles each package's built entries
// (pnpm test builds first) as a host's bundler would, each package on its own (react and the
// other @attune packages external), and looks for any warning call that still carries text.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

const root = resolve(__dirname, "../..");
const packages = readdirSync(join(root, "packages")).filter((d) => existsSync(join(root, "packages", d, "package.json")));

// A call to warnOnce (or a package's own `warn` wrapper), as a bundler names it, with a message.
const WARNING_WITH_TEXT = /(?<![.\w])warn(?:Once)?\d*\(\s*[`"']/g;

async function bundle(file: string, mode: "production" | "development"): Promise<string> {
  const result = await build({
    stdin: { contents: `export * from ${JSON.stringify(file)};`, resolveDir: root, loader: "js" },
    bundle: true,
    write: false,
    format: "esm",
    minifySyntax: true,
    treeShaking: true,
    // Each package's own code only: what it imports from elsewhere is checked there.
    external: ["react", "react-dom", "react/*", "react-dom/*", "@attune/*", "framer-motion", "framer-motion/*", "@radix-ui/*"],
    define: { "process.env.NODE_ENV": JSON.stringify(mode) },
    logLevel: "silent",
  });
  return result.outputFiles[0]!.text;
}

function builtEntries(dir: string): string[] {
  const pkg = JSON.parse(readFileSync(join(root, "packages", dir, "package.json"), "utf8")) as { exports: Record<string, unknown> };
  return Object.values(pkg.exports)
    .map((c) => (typeof c === "object" && c !== null ? (c as { import?: { default?: string } }).import?.default : undefined))
    .filter((p): p is string => typeof p === "string" && p.endsWith(".js"))
    .map((p) => join(root, "packages", dir, p));
}

describe.each(packages)("@attune/%s development warnings", (dir) => {
  it("leave a production build, messages and all", async () => {
    for (const file of builtEntries(dir)) {
      const code = await bundle(file, "production");
      const left = [...code.matchAll(WARNING_WITH_TEXT)].map((m) => code.slice(m.index, m.index + 90));
      expect(left, `${file}: a warning call survives NODE_ENV=production (wrap it in process.env.NODE_ENV !== "production")`).toEqual([]);
    }
  });
});

describe("the check itself", () => {
  it("finds the warnings a development build keeps", async () => {
    const code = await bundle(join(root, "packages", "core", "dist", "index.js"), "development");
    expect([...code.matchAll(WARNING_WITH_TEXT)].length).toBeGreaterThan(5);
    expect(code).toContain("is not a valid BCP 47 language tag");
  });
});
