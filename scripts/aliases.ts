import { fileURLToPath } from "node:url";
import { resolve } from "node:path";

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
  // Its CommonJS build would require() the root react-dom 19; the ESM build goes through Vite.
  { find: /^@testing-library\/react$/, replacement: `${root}/node_modules/@testing-library/react/dist/@testing-library/react.esm.js` },
];

export const rootDir = root;
