/**
 * True unless the host's bundler replaced `process.env.NODE_ENV` with "production".
 * Development-only code reads the expression itself at each site, written
 * `if (process.env.NODE_ENV !== "production") warnOnce(…)`: a bundler folds it there and drops
 * the message with the call (this constant, imported from another module, would not fold).
 */
export const isDev: boolean = process.env.NODE_ENV !== "production";

// One set of said warnings per page, shared by every copy of this module: `@attune/core` and
// `@attune/core/logic` are separate files (and a host may load both the ESM and CJS builds),
// so module-level state would repeat warnings and `resetWarnings()` would reset only one copy.
const WARNED = /* @__PURE__ */ Symbol.for("attune.core.warned");
function warned(): Set<string> {
  const g = globalThis as typeof globalThis & { [WARNED]?: Set<string> };
  return (g[WARNED] ??= new Set<string>());
}

/** A development-only console warning, said once per distinct message. */
export function warnOnce(message: string): void {
  const said = warned();
  if (!isDev || said.has(message)) return;
  said.add(message);
  console.warn(`[attune] ${message}`);
}

/** Test hook: forget which warnings were already said. */
export function resetWarnings(): void {
  warned().clear();
}

/**
 * An enum prop read safely: `value` when it is one of `options`, else `fallback` with a
 * development warning naming the prop (undefined is "not given" and falls back quietly).
 * Use it for every `variant`, `size`, `orientation`… so a bad value never reaches the DOM.
 */
export function oneOf<T extends string>(name: string, value: unknown, options: readonly T[], fallback: T): T {
  if ((options as readonly unknown[]).includes(value)) return value as T;
  if (process.env.NODE_ENV !== "production" && value !== undefined) warnOnce(`${name} must be one of ${options.map((o) => `"${o}"`).join(", ")}; using "${fallback}".`);
  return fallback;
}
