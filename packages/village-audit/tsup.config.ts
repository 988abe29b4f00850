import { defineConfig } from "tsup";
import { attuneTsup } from "../../scripts/tsup-preset";

/**
 * The client entry's ESM build keeps its dynamic import (the picture, the plan and the changes since last time)
 * as a separate chunk, so a host's bundler loads it only when the audit has a need or an earlier audit.
 * CommonJS stays one file.
 */
export default defineConfig(
  attuneTsup({
    client: { index: "src/index.ts" },
    server: { logic: "src/logic.ts", "locales/ar": "src/locales/ar.ts", "locales/es": "src/locales/es.ts" },
    lazyChunks: "lazy/[name]-[hash]",
  }),
);
