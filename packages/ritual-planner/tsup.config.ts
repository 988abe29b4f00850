import { defineConfig } from "tsup";
import { attuneTsup } from "../../scripts/tsup-preset";

export default defineConfig(
  attuneTsup({
    client: { index: "src/index.ts" },
    server: { logic: "src/logic.ts", ics: "src/ics.ts", "locales/ar": "src/locales/ar.ts", "locales/es": "src/locales/es.ts" },
    lazyChunks: "lazy/[name]-[hash]",
  }),
);
