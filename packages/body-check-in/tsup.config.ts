import { defineConfig } from "tsup";
import { attuneTsup } from "../../scripts/tsup-preset";

export default defineConfig(
  attuneTsup({
    client: { index: "src/index.ts" },
    server: { logic: "src/logic.ts", "locales/ar": "src/locales/ar.ts", "locales/es": "src/locales/es.ts" },
  }),
);
