import type { Options } from "tsup";

type TsupPlugin = NonNullable<Options["plugins"]>[number];

/**
 * One import per module in each ESM file. The bundler keeps each source file's own
 * `import * as React from "react"` and `import { jsx } from "react/jsx-runtime"` as separate
 * statements (React2, jsx3…); this merges them into the first, so the file says each import
 * once and a bundler that wraps imports (CommonJS interop) wraps each module once.
 */
export function mergeImports(code: string): string {
  const rename = new Map<string, string>();
  const namespaces = new Map<string, string>();
  // module → index of its first named-import statement in `named`, and imported name → local
  const named: Array<{ module: string; specs: Map<string, string> }> = [];
  // Multi-line import lists read as one line.
  const lines = code.replace(/^import \{\n([^}]*)\n\} from "([^"]+)";$/gm, (_, list: string, module: string) => `import { ${list.split(/,?\n\s*/).join(", ")} } from "${module}";`).split("\n");
  const out: string[] = [];
  for (const line of lines) {
    const ns = /^import \* as (\w+) from "([^"]+)";$/.exec(line);
    if (ns) {
      const first = namespaces.get(ns[2]!);
      if (first === undefined) {
        namespaces.set(ns[2]!, ns[1]!);
        out.push(line);
      } else rename.set(ns[1]!, first);
      continue;
    }
    const im = /^import \{([^}]*)\} from "([^"]+)";$/.exec(line);
    if (im) {
      const specs = im[1]!.split(",").map((s) => s.trim()).filter(Boolean);
      let entry = named.find((n) => n.module === im[2]);
      const fresh = !entry;
      entry ??= { module: im[2]!, specs: new Map() };
      for (const spec of specs) {
        const [imported, local = imported] = spec.split(/\s+as\s+/) as [string, string?];
        const known = entry.specs.get(imported);
        if (known === undefined) entry.specs.set(imported, local);
        else if (known !== local) rename.set(local, known);
      }
      if (fresh) {
        named.push(entry);
        out.push(`\u0000import:${named.length - 1}`);
      }
      continue;
    }
    out.push(line);
  }
  const renamed = rename.size > 0 ? new RegExp(`\\b(${[...rename.keys()].join("|")})\\b`, "g") : undefined;
  const result = out
    .map((l) => {
      const m = /^\u0000import:(\d+)$/.exec(l);
      if (!m) return renamed && !l.startsWith("import ") ? l.replace(renamed, (n) => rename.get(n)!) : l;
      const entry = named[Number(m[1])]!;
      const specs = [...entry.specs].map(([imported, local]) => (imported === local ? imported : `${imported} as ${local}`));
      return `import { ${specs.join(", ")} } from "${entry.module}";`;
    })
    .join("\n");
  return result;
}

const oneImportPerModule: TsupPlugin = {
  name: "one-import-per-module",
  renderChunk(code, info) {
    if (this.format !== "esm" || !info.path.endsWith(".js")) return;
    return { code: mergeImports(code) };
  },
};

/**
 * A package's pure logic imports core's helpers from "@attune/core/logic" (server-safe). In a
 * client entry that would make a host bundle core's logic twice (once inside "@attune/core",
 * once as "@attune/core/logic"), so client builds point those imports at "@attune/core" itself.
 */
export const coreOnce = {
  name: "core-logic-once",
  setup(build: { onResolve: (o: { filter: RegExp }, cb: () => { path: string; external: boolean }) => void }) {
    build.onResolve({ filter: /^@attune\/core\/logic$/ }, () => ({ path: "@attune/core", external: true }));
  },
};

/**
 * Every package builds the same way: component entries get a "use client" banner (so React
 * Server Components treat them as client modules); pure entries (logic, locales) stay
 * server-safe without it. ESM + CJS with declarations for both.
 */
export function attuneTsup(entries: {
  client: Record<string, string>;
  server?: Record<string, string>;
  /**
   * Name pattern for the client entry's lazily loaded chunks ("lazy/[name]-[hash]"): its ESM
   * build keeps each dynamic import as its own chunk, so a host's bundler loads that code only
   * when a person needs it. CommonJS stays one file.
   */
  lazyChunks?: string;
}): Options[] {
  const base: Options = {
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: false,
    clean: false,
    target: "es2022",
    platform: "neutral",
    splitting: false,
    treeshake: false,
    plugins: [oneImportPerModule],
    outExtension: ({ format }) => ({ js: format === "cjs" ? ".cjs" : ".js" }),
  };
  const configs: Options[] = [
    { ...base, entry: entries.client, banner: { js: '"use client";' }, noExternal: ["@attune/core/logic"], esbuildPlugins: [coreOnce], plugins: [oneImportPerModule] },
  ];
  const lazy = entries.lazyChunks;
  if (lazy !== undefined) {
    const client = configs[0]!;
    configs.splice(0, 1, { ...client, format: ["esm"], splitting: true, esbuildOptions: (o) => void (o.chunkNames = lazy) }, { ...client, format: ["cjs"] });
  }
  if (entries.server && Object.keys(entries.server).length > 0) configs.push({ ...base, entry: entries.server });
  return configs;
}
