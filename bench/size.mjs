// Bundle size of each public entry as a host ships it: esbuild bundles the named imports
// with react and react-dom external and every other dependency inlined, minified for
// production, then node:zlib measures gzip (level 9) and brotli (quality 11).
// The method matches .size-limit.cjs (which enforces the budgets), first loads included: the
// chunks an entry there leaves out (loaded when a person acts) are left out here too. Numbers can be a few
// dozen bytes larger because size-limit subtracts the cost of an empty esbuild project.
import { build } from "esbuild";
import { existsSync, readFileSync } from "node:fs";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { createRequire } from "node:module";
import { join } from "node:path";
import { ROOT, sizeTargets } from "./lib/targets.mjs";

/**
 * The entries of .size-limit.cjs by name: their budget (min+gzip), and what they leave out of
 * a first load (chunks loaded when a person acts), so both tools measure the same bundle.
 */
function sizeLimitEntries() {
  try {
    const config = createRequire(import.meta.url)(join(ROOT, ".size-limit.cjs"));
    return new Map(config.map((e) => [e.name, e]));
  } catch {
    return new Map();
  }
}

export const EXTERNAL = ["react", "react-dom", "react/jsx-runtime", "react/jsx-dev-runtime", "react-dom/client", "react-dom/server"];

const gzip = (buf) => gzipSync(buf, { level: 9 }).length;
const brotli = (buf) =>
  brotliCompressSync(buf, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buf.length },
  }).length;

export async function bundleSize(source, lazy = []) {
  const result = await build({
    stdin: { contents: source, resolveDir: ROOT, sourcefile: "bench-entry.js", loader: "js" },
    bundle: true,
    write: false,
    minify: true,
    treeShaking: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    external: [...EXTERNAL, ...lazy],
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "silent",
  });
  const code = Buffer.from(result.outputFiles[0].contents);
  return { min: code.length, gzip: gzip(code), brotli: brotli(code) };
}

export async function measureSizes(log = () => {}) {
  const rows = [];
  const entries = sizeLimitEntries();
  for (const t of sizeTargets()) {
    const entry = entries.get(t.label);
    const row = { label: t.label, group: t.group, available: t.available, note: t.note, budget: entry?.limit };
    if (t.available) {
      try {
        Object.assign(row, await bundleSize(t.source, (entry?.ignore ?? []).filter((x) => !EXTERNAL.includes(x))));
        if (t.css && existsSync(t.css)) {
          const css = readFileSync(t.css);
          row.cssGzip = gzip(css);
        }
      } catch (error) {
        row.available = false;
        row.note = `build failed: ${(error.errors?.[0]?.text ?? String(error.message ?? error)).split("\n")[0]}`;
      }
    }
    log(`  size  ${row.label}: ${row.available ? `${row.gzip} B gzip` : "not available"}`);
    rows.push(row);
  }
  return rows;
}
