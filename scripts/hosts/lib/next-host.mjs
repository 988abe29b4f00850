// The Next.js App Router host: `next build`, then `next start` (production) driven like the
// others, plus `next dev`, whose development React reports every hydration mismatch.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { expectCleanLog, expectNoAxeViolations, expectOnlyOwnOrigin, openPage, screenshot } from "./browser.mjs";
import { drivers } from "./drive.mjs";
import { driveAll } from "./vite-hosts.mjs";
import { run } from "./prepare.mjs";
import { freePort } from "./server.mjs";

const nextEnv = { NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: undefined };

export async function buildNextHost(hostDir) {
  rmSync(join(hostDir, ".next"), { recursive: true, force: true });
  await run("npx", ["next", "build"], { cwd: hostDir, env: nextEnv, label: "next build", timeoutMs: 400_000 });
}

/** Starts `next start|dev` on a free port; resolves once it answers. */
async function startNext(hostDir, mode) {
  const port = await freePort();
  const child = spawn("npx", ["next", mode, "--port", String(port), "--hostname", "127.0.0.1"], {
    cwd: hostDir,
    env: { ...process.env, ...nextEnv, NODE_ENV: mode === "dev" ? "development" : "production" },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true, // its own process group, so stopping it stops next's workers too
  });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  const origin = `http://127.0.0.1:${port}`;
  const stop = () => {
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {}
  };
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next ${mode} exited ${child.exitCode}\n${output}`);
    try {
      const res = await fetch(origin + "/", { signal: AbortSignal.timeout(60_000) });
      if (res.ok) break;
    } catch {}
    if (Date.now() > deadline) {
      stop();
      throw new Error(`next ${mode} did not answer within 60 s\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  return { origin, stop, output: () => output };
}

/** The server's HTML already holds every widget (so the page is usable before hydration). */
async function expectServerRendered(origin) {
  const html = await (await fetch(origin + "/")).text();
  assert.match(html, /class="attune attune-provider"/, "the provider is server-rendered");
  assert.match(html, /data-host-widget="core"/, "the core parts are server-rendered");
  for (const scope of ["needs-spectrum", "reassurance-composer", "ritual-planner", "breathing", "curiosity-deck", "guided-practice", "body-check-in"]) {
    if (drivers.some(([, , s]) => s === scope)) assert.match(html, new RegExp(`data-attune-scope="${scope}"`), `${scope} is server-rendered`);
  }
  return html.length;
}

async function gotoHydrated(page, origin) {
  await page.goto(origin + "/", { waitUntil: "load" });
  await page.waitForFunction(() => document.documentElement.dataset.hydrated === "true", undefined, { timeout: 30_000 });
}

export async function checkNextHost(suite, browser, { hostDir, hostName, outDir }) {
  let server;
  try {
    server = await suite.check(`${hostName}: next start serves the page`, () => startNext(hostDir, "start"));
    if (!server) return;
    await suite.check(`${hostName}: the page is server-rendered with every widget`, () => expectServerRendered(server.origin));
    const { context, page, log } = await openPage(browser);
    await suite.check(`${hostName}: hydrates`, () => gotoHydrated(page, server.origin));
    await driveAll(suite, page, hostName);
    await suite.check(`${hostName}: axe WCAG 2.2 AA`, () => expectNoAxeViolations(page, "next"));
    await suite.check(`${hostName}: screenshot`, () => screenshot(page, outDir, hostName));
    await suite.check(`${hostName}: no console errors or hydration errors`, () => expectCleanLog(page, log));
    await suite.check(`${hostName}: no requests to other origins`, () => expectOnlyOwnOrigin(log, server.origin));
    await context.close();
  } finally {
    server?.stop();
  }

  // Development React names every hydration mismatch on the console; production does not.
  let dev;
  try {
    dev = await suite.check(`${hostName}: next dev serves the page`, () => startNext(hostDir, "dev"));
    if (!dev) return;
    const { context, page, log } = await openPage(browser);
    await suite.check(`${hostName}: hydrates in development with no hydration warnings or console errors`, async () => {
      await gotoHydrated(page, dev.origin);
      await page.waitForTimeout(1000); // hydration warnings are logged after commit
      await expectCleanLog(page, log, { allow: [/Download the React DevTools/i, /\[HMR\]/, /\[Fast Refresh\]/] });
      const overlayIssues = await page.evaluate(() => {
        const portal = document.querySelector("nextjs-portal");
        return portal?.shadowRoot?.querySelector("[data-issues-count], [data-nextjs-toast-errors-parent]")?.textContent ?? "";
      });
      assert.equal(overlayIssues, "", "Next's dev overlay shows no issues");
    });
    await context.close();
  } finally {
    dev?.stop();
  }
}
