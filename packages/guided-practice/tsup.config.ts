import { defineConfig } from "tsup";
import { attuneTsup } from "../../scripts/tsup-preset";

const [client, ...server] = attuneTsup({
  client: { index: "src/index.ts" },
  server: {
    logic: "src/logic.ts",
    "practices/en": "src/practices/en.ts",
    "practices/es": "src/practices/es.ts",
    "practices/ar": "src/practices/ar.ts",
    "locales/ar": "src/locales/ar.ts",
    "locales/es": "src/locales/es.ts",
  },
});

/**
 * The pure logic imports core's helpers from "@attune/core/logic" (server-safe). In the client
 * entry that would make a host bundle core's logic twice (once inside "@attune/core", once as
 * "@attune/core/logic"), so the client build points those imports at "@attune/core" itself.
 */
const coreOnce = {
  name: "core-logic-once",
  setup(build: { onResolve: (o: { filter: RegExp }, cb: () => { path: string; external: boolean }) => void }) {
    build.onResolve({ filter: /^@attune\/core\/logic$/ }, () => ({ path: "@attune/core", external: true }));
  },
};

const clientBuild = { ...client!, noExternal: ["@attune/core/logic"], esbuildPlugins: [coreOnce] };

/**
 * The client entry's ESM build keeps its dynamic import (a broken practice's problem in words,
 * for onError) as a separate chunk, so a host's bundler loads it only when a host's practice
 * is broken. CommonJS stays one file.
 */
export default defineConfig([
  { ...clientBuild, format: ["esm"], splitting: true, esbuildOptions: (o) => void (o.chunkNames = "lazy/[name]-[hash]") },
  { ...clientBuild, format: ["cjs"] },
  ...server,
]);
