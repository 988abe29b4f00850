import { fileURLToPath } from "node:url";
import { join, resolve } from "node:path";
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";

const root = resolve(fileURLToPath(new URL(".", import.meta.url)), "..");

/**
 * Storybook and the unit tests read every @attune package from its source, so a change is
 * seen without a build. The packed-tarball host tests (tests/hosts) check the built output.
 */
export const sourceAliases = [
  { find: /^@attune\/([\w-]+)\/styles(?:\.layer)?\.css$/, replacement: `${root}/packages/$1/src/styles.css` },
  { find: /^@attune\/([\w-]+)\/(.+)$/, replacement: `${root}/packages/$1/src/$2` },
  { find: /^@attune\/([\w-]+)$/, replacement: `${root}/packages/$1/src/index.ts` },
];

/** Points react and react-dom at the 18.2 copies installed in tests/react18. */
export const react18Aliases = [
  { find: /^react$/, replacement: `${root}/tests/react18/node_modules/react` },
  { find: /^react\/(.*)$/, replacement: `${root}/tests/react18/node_modules/react/$1` },
  { find: /^react-dom$/, replacement: `${root}/tests/react18/node_modules/react-dom` },
  { find: /^react-dom\/(.*)$/, replacement: `${root}/tests/react18/node_modules/react-dom/$1` },
  ...esmBuildsOf(["react-remove-scroll", "react-remove-scroll-bar", "use-sidecar", "use-callback-ref", "react-style-singleton"]),
  // Its CommonJS build would require() the root react-dom 19; the ESM build goes through Vite.
  { find: /^@testing-library\/react$/, replacement: `${root}/node_modules/@testing-library/react/dist/@testing-library/react.esm.js` },
];

export const rootDir = root;

/**
 * Radix's scroll lock ships CommonJS as "main" and ESM as "module"; the test runner would
 * require() the CommonJS files, whose require("react") escapes the alias. Point each at its
 * ESM build so the React 18 alias reaches it.
 */
function esmBuildsOf(names: string[]) {
  const chain = [createRequire(join(root, "packages/core/package.json"))];
  const out: Array<{ find: RegExp; replacement: string }> = [];
  const seen = new Set<string>();
  const from = (req: NodeRequire, name: string) => {
    try {
      const entry = req.resolve(name);
      const marker = `/node_modules/${name}/`;
      return entry.slice(0, entry.lastIndexOf(marker) + marker.length - 1);
    } catch {
      return undefined;
    }
  };
  // Walk the dependency chain: @radix-ui/react-dialog → react-remove-scroll → its helpers.
  chain.push(createRequire(join(from(chain[0]!, "@radix-ui/react-dialog")!, "package.json")));
  for (let i = 0; i < names.length * 2; i++) {
    for (const name of names) {
      if (seen.has(name)) continue;
      for (const req of [...chain]) {
        const dir = from(req, name);
        if (!dir) continue;
        const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { module?: string };
        if (pkg.module) out.push({ find: new RegExp(`^${name}$`), replacement: join(dir, pkg.module) });
        chain.push(createRequire(join(dir, "package.json")));
        seen.add(name);
        break;
      }
    }
  }
  return out;
}
