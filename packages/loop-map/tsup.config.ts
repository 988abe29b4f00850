import { defineConfig } from "tsup";
import { attuneTsup } from "../../scripts/tsup-preset";

/**
 * The client entry's ESM build keeps its dynamic import (the picture's motion) as a separate
 * chunk, so a host's bundler loads it only when a picture is drawn under full motion.
 * CommonJS stays one file.
 */
export default defineConfig(
  attuneTsup({
    client: { index: "src/index.ts" },
    server: { logic: "src/logic.ts", "locales/ar": "src/locales/ar.ts", "locales/es": "src/locales/es.ts" },
    lazyChunks: "lazy/[name]-[hash]",
  }),
);
