import { defineConfig } from "tsup";
import { attuneTsup } from "../../scripts/tsup-preset";

/**
 * The client entry's ESM build keeps its dynamic import (the storage code, loaded when a widget
 * is given a persist key) as a separate chunk, so a host's bundler ships it only to widgets
 * that persist. CommonJS stays one file.
 */
export default defineConfig(
  attuneTsup({
    client: { index: "src/index.ts" },
    server: { logic: "src/logic.ts", "locales/ar": "src/locales/ar.ts", "locales/es": "src/locales/es.ts" },
    lazyChunks: "lazy/core-[name]-[hash]",
  }),
);
