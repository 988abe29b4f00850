import { defineConfig } from "tsup";
import { attuneTsup } from "../../scripts/tsup-preset";

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
  }),
);
