import type { Options } from "tsup";

/**
 * Every package builds the same way: component entries get a "use client" banner (so React
 * Server Components treat them as client modules); pure entries (logic, locales) stay
 * server-safe without it. ESM + CJS with declarations for both.
 */
export function attuneTsup(entries: { client: Record<string, string>; server?: Record<string, string> }): Options[] {
  const base: Options = {
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: false,
    clean: false,
    target: "es2022",
    platform: "neutral",
    splitting: false,
    treeshake: false,
    outExtension: ({ format }) => ({ js: format === "cjs" ? ".cjs" : ".js" }),
  };
  const configs: Options[] = [{ ...base, entry: entries.client, banner: { js: '"use client";' } }];
  if (entries.server && Object.keys(entries.server).length > 0) configs.push({ ...base, entry: entries.server });
  return configs;
}
