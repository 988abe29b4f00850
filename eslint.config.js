// ESLint (flat config): the rules of hooks and exhaustive effect dependencies as errors over
// every package's source, the stories, the tests and the scripts, on top of the
// recommended JavaScript and TypeScript rules. `pnpm lint` runs it; `pnpm test` counts it.
import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";
import globals from "globals";

export default tseslint.config(
  { linterOptions: { reportUnusedDisableDirectives: "off" } },
  {
    // Alone in its object, so these are ignored everywhere (global ignores).
    ignores: ["**/dist/**", "**/node_modules/**", "**/.next/**", "storybook-static/**", "bench/out/**", "tests/out/**", "coverage/**", "**/*.d.ts", "**/*.d.mts"],
  },
  {
    files: ["packages/*/src/**/*.{ts,tsx}", "stories/**/*.{ts,tsx}", "tests/**/*.{ts,tsx,mjs}", "scripts/**/*.{ts,mjs}", "bench/**/*.{mjs,js,jsx}", ".storybook/**/*.{ts,tsx}", "*.{js,ts,cjs}"],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    plugins: { "react-hooks": reactHooks },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "error",
      // ICS and text sanitising strip control characters on purpose.
      "no-control-regex": "off",
      // `catch {}` is how the scripts say "best effort".
      "no-empty": ["error", { allowEmptyCatch: true }],
      // An argument or binding named with a leading underscore is unused on purpose.
      // Packages add their message keys to core's AttuneMessages by declaration merging.
      "@typescript-eslint/no-empty-object-type": ["error", { allowInterfaces: "with-single-extends" }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
    },
  },
);
