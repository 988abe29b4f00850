// Bundled and run by default-path.test.tsx in its own Node process (TZ=UTC, no DOM):
// server-renders every exported component on the default path and prints the markup as JSON.
import { renderToString } from "react-dom/server";
import { componentExports, coveredBy } from "./cases";
import { defaultPathElement } from "./default-path-cases";

const errors: string[] = [];
console.error = (...args: unknown[]) => void errors.push(args.map(String).join(" "));

const out: Record<string, { html?: string; error?: string; consoleErrors: string[] }> = {};
for (const name of componentExports().filter((n) => !(n in coveredBy))) {
  errors.length = 0;
  try {
    out[name] = { html: renderToString(defaultPathElement(name)), consoleErrors: [...errors] };
  } catch (e) {
    out[name] = { error: String(e), consoleErrors: [...errors] };
  }
}
process.stdout.write(JSON.stringify({ timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone, offset: new Date(0).getTimezoneOffset(), out }));
