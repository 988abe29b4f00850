import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";
import { playwright } from "@vitest/browser-playwright";
import { storybookTest } from "@storybook/addon-vitest/vitest-plugin";
import { sourceAliases, react18Aliases } from "./scripts/aliases.ts";
import { chromiumArgs, findChromium } from "./scripts/chromium.mjs";

const browser = (name: string, contextOptions?: { viewport: { width: number; height: number } }) => ({
  enabled: true,
  headless: true,
  provider: playwright({
    launchOptions: { executablePath: findChromium() ?? "/usr/bin/chromium", args: chromiumArgs },
    contextOptions,
  }),
  // Each browser project needs its own instance name when several run together.
  instances: [{ browser: "chromium" as const, name: `${name} (chromium)` }],
});

const unitInclude = ["packages/*/src/**/*.test.{ts,tsx}", "tests/unit/**/*.test.{ts,tsx}", "tests/ssr/**/*.test.{ts,tsx}"];
const unitExclude = ["**/*.browser.test.{ts,tsx}", "**/node_modules/**"];


/** Every story as a test in real Chromium with axe (WCAG 2.2 AA), in one theme. */
function storiesProject(theme: "light" | "dark" | "brand") {
  return {
    extends: true as const,
    plugins: [storybookTest({ configDir: ".storybook", tags: { include: ["test"], exclude: ["skip-test"] } })],
    define: { "import.meta.env.VITE_ATTUNE_TEST_THEME": JSON.stringify(theme) },
    test: {
      name: `stories-${theme}`,
      browser: browser(`stories-${theme}`),
      setupFiles: [".storybook/vitest.setup.ts"],
    },
  };
}

export default defineConfig({
  plugins: [react()],
  resolve: { alias: sourceAliases },
  // Pre-bundled up front so a browser test that first imports them mid-run does not make
  // Vite re-optimise and reload (seen as a one-off "Invalid hook call").
  optimizeDeps: { include: ["react-dom/server", "react-dom/client", "axe-core", "framer-motion/dom/mini"] },
  test: {
    // Generous: keyboard-driven jsdom tests type character by character, and CI has 2 cores.
    testTimeout: 20_000,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          environment: "jsdom",
          include: unitInclude,
          exclude: unitExclude,
          setupFiles: ["tests/setup/jsdom.ts"],
          globals: true,
        },
      },
      {
        extends: true,
        resolve: { alias: [...react18Aliases, ...sourceAliases] },
        test: {
          name: "unit-react18",
          environment: "jsdom",
          include: unitInclude,
          exclude: unitExclude,
          setupFiles: ["tests/setup/jsdom.ts"],
          globals: true,
          env: { ATTUNE_REACT: "18" },
          // Every dependency goes through Vite so the React 18 alias reaches its imports.
          server: { deps: { inline: true } },
        },
      },
      {
        // The bench's own helpers (statistics, traces, the interleaved harness, the report).
        test: { name: "bench", environment: "node", include: ["bench/lib/**/*.test.mjs"] },
      },
      {
        extends: true,
        test: {
          name: "browser",
          include: ["packages/*/src/**/*.browser.test.{ts,tsx}", "tests/browser/**/*.test.{ts,tsx}"],
          setupFiles: ["tests/setup/browser.ts"],
          globals: true,
          browser: browser("browser"),
        },
      },
      {
        extends: true,
        test: {
          name: "visual",
          include: ["tests/visual/**/*.test.tsx"],
          setupFiles: ["tests/visual/setup.ts"],
          browser: {
            // A window larger than the largest test viewport, so Vitest never scales the page
            // down and a tall story is captured whole.
            ...browser("visual", { viewport: { width: 1100, height: 2400 } }),
            viewport: { width: 1024, height: 2000 },
            expect: {
              toMatchScreenshot: {
                comparatorName: "pixelmatch" as const,
                // A changed pixel counts when its colour moves beyond pixelmatch's 0.1 (YIQ);
                // up to 0.1 % of the picture may differ (anti-aliasing of glyph edges).
                comparatorOptions: { threshold: 0.1, allowedMismatchedPixelRatio: 0.001 },
                resolveScreenshotPath: ({ arg, ext, root }: { arg: string; ext: string; root: string }) => `${root}/tests/visual/baselines/${arg}${ext}`,
                resolveDiffPath: ({ arg, ext, root }: { arg: string; ext: string; root: string }) => `${root}/tests/out/visual/${arg}${ext}`,
              },
            },
          },
        },
      },
      storiesProject("light"),
      storiesProject("dark"),
      storiesProject("brand"),
    ],
  },
});
