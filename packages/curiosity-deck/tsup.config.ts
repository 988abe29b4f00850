import { defineConfig } from "tsup";
import { attuneTsup } from "../../scripts/tsup-preset";

/**
 * The client entry's ESM build keeps its dynamic import (the card's motion) as a separate
 * chunk, so a host's bundler loads it only with the first card change. CommonJS stays one file.
 */
export default defineConfig(
  attuneTsup({
    client: { index: "src/index.ts" },
    server: {
      logic: "src/logic.ts",
      "questions/en": "src/questions/en.ts",
      "questions/es": "src/questions/es.ts",
      "questions/ar": "src/questions/ar.ts",
      "locales/ar": "src/locales/ar.ts",
      "locales/es": "src/locales/es.ts",
    },
    lazyChunks: "lazy/[name]-[hash]",
  }),
);
