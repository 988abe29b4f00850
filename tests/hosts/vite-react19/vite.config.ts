import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import { fileURLToPath } from "node:url";

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  plugins: [react()],
  // The page source is shared with the React 18 host (../shared); its bare imports must
  // resolve from THIS host's node_modules, not from anywhere above it.
  resolve: { dedupe: ["react", "react-dom", "@attune/react", "@attune/curiosity-deck", "@attune/loop-map", "@attune/reflection", "@attune/body-check-in", "@attune/guided-practice", "framer-motion"] },
  build: {
    rollupOptions: {
      input: { index: here("index.html"), shadow: here("shadow.html"), csp: here("csp.html") },
    },
  },
});
