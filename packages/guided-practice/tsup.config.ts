import { defineConfig } from "tsup";
import { attuneTsup } from "../../scripts/tsup-preset";

/**
 * The client entry's ESM build keeps its dynamic import (a broken practice's problem in words,
 * for onError) as a separate chunk, so a host's bundler loads it only when a host's practice
 * is broken. CommonJS stays one file.
 */
export default defineConfig(
  attuneTsup({
    client: { index: "src/index.ts" },
    server: {
      logic: "src/logic.ts",
      "practices/en": "src/practices/en.ts",
      "practices/es": "src/practices/es.ts",
      "practices/ar": "src/practices/ar.ts",
      "locales/ar": "src/locales/ar.ts",
      "locales/es": "src/locales/es.ts",
    },
    lazyChunks: "lazy/[name]-[hash]",
  }),
);
