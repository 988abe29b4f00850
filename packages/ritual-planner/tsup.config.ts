import { defineConfig } from "tsup";
import { attuneTsup } from "../../scripts/tsup-preset";

const [client, ...server] = attuneTsup({
  client: { index: "src/index.ts" },
  server: { logic: "src/logic.ts", ics: "src/ics.ts", "locales/ar": "src/locales/ar.ts", "locales/es": "src/locales/es.ts" },
});

/**
 * The pure modules import core's helpers from "@attune/core/logic" (server-safe). In the client
 * entry that would make a host bundle core's logic twice (once inside "@attune/core", once as
 * "@attune/core/logic"), so the client build points those imports at "@attune/core" itself.
 */
const coreOnce = {
  name: "core-logic-once",
  setup(build: { onResolve: (o: { filter: RegExp }, cb: () => { path: string; external: boolean }) => void }) {
    build.onResolve({ filter: /^@attune\/core\/logic$/ }, () => ({ path: "@attune/core", external: true }));
  },
};

/**
 * The client entry's ESM build keeps its dynamic imports (the plan dialog, the calendar writer)
 * as separate chunks, so a host's bundler loads them only when a person acts. CommonJS stays
 * one file.
 */
const clientBase = { ...client!, noExternal: ["@attune/core/logic"], esbuildPlugins: [coreOnce] };

export default defineConfig([
  { ...clientBase, format: ["esm"], splitting: true, esbuildOptions: (o) => void (o.chunkNames = "lazy/[name]-[hash]") },
  { ...clientBase, format: ["cjs"] },
  ...server,
]);
