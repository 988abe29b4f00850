// Finds a Chromium for the real-browser tests, or installs Debian's package when the
// machine has none (no test tool here may download a browser of its own).
import { existsSync } from "node:fs";
import { execSync } from "node:child_process";

const candidates = [
  process.env.CHROMIUM_PATH,
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
].filter(Boolean);

export function findChromium() {
  return candidates.find((p) => existsSync(p));
}

export function ensureChromium() {
  let found = findChromium();
  if (found) return found;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const sudo = isRoot ? "" : "sudo ";
  console.log("No Chromium found; installing Debian's chromium package…");
  try {
    execSync(`${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium`, {
      stdio: "inherit",
    });
  } catch {
    throw new Error("Could not install Chromium. Install it yourself (apt-get install chromium) or set CHROMIUM_PATH.");
  }
  found = findChromium();
  if (!found) throw new Error("Chromium was installed but not found; set CHROMIUM_PATH.");
  return found;
}

export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(ensureChromium());
}
