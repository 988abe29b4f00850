declare const process: { env: { NODE_ENV?: string } };

/** True unless the host's bundler replaced `process.env.NODE_ENV` with "production". */
export const isDev: boolean = /* @__PURE__ */ (() => {
  try {
    return process.env.NODE_ENV !== "production";
  } catch {
    return true;
  }
})();

const warned = new Set<string>();

/** A development-only console warning, said once per distinct message. */
export function warnOnce(message: string): void {
  if (!isDev || warned.has(message)) return;
  warned.add(message);
  console.warn(`[attune] ${message}`);
}

/** Test hook: forget which warnings were already said. */
export function resetWarnings(): void {
  warned.clear();
}
