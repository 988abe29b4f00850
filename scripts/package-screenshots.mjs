#!/usr/bin/env node
// The picture in each package's README: packages/<pkg>/docs/screenshot.png, taken with
// Playwright in Chromium from the widget's story iframe (the same story a reviewer sees in
// Storybook). @attune/core shows its building blocks; @attune/react, every widget.
//
//   node scripts/package-screenshots.mjs                starts Storybook (dev) on a free port
//   node scripts/package-screenshots.mjs --static       serves storybook-static/ (pnpm build-storybook first)
//   node scripts/package-screenshots.mjs --url=http://127.0.0.1:6006   an already running Storybook
import { spawn } from "node:child_process";
import { createReadStream, existsSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { dirname, extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright";
import { chromiumArgs, ensureChromium } from "./chromium.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const bad = args.filter((a) => a !== "--static" && !a.startsWith("--url="));
if (bad.length) {
  console.error(`package-screenshots: unknown argument ${bad.join(" ")} (usage: [--static | --url=<storybook>])`);
  process.exit(2);
}

const MAX_HEIGHT = 720;

/** Which story pictures each package: the Storybook title, and the story (export) to prefer. */
const SUBJECTS = [
  { pkg: "needs-spectrum", title: "Widgets/NeedsSpectrum" },
  { pkg: "reassurance-composer", title: "Widgets/ReassuranceComposer" },
  { pkg: "ritual-planner", title: "Widgets/RitualPlanner" },
  { pkg: "breathing", title: "Breathing/BreathingGuide" },
  { pkg: "reflection", title: "Widgets/Reflection" },
  { pkg: "core", title: "Core/Building blocks" },
];

async function waitFor(url, ms) {
  const until = Date.now() + ms;
  for (;;) {
    try {
      const r = await fetch(url);
      if (r.ok) return r;
    } catch {}
    if (Date.now() > until) throw new Error(`${url} did not answer within ${ms / 1000} s`);
    await new Promise((r) => setTimeout(r, 1000));
  }
}

function serveStatic(dir) {
  const types = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".json": "application/json", ".svg": "image/svg+xml", ".png": "image/png", ".woff2": "font/woff2" };
  return new Promise((resolve) => {
    const server = createServer((req, res) => {
      const path = normalize(decodeURIComponent(new URL(req.url, "http://x").pathname)).replace(/^([/\\])+/, "");
      let file = join(dir, path || "index.html");
      if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
      if (!file.startsWith(dir) || !existsSync(file)) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" });
      createReadStream(file).pipe(res);
    });
    server.listen(0, "127.0.0.1", () => resolve(server));
  });
}

let base = args.find((a) => a.startsWith("--url="))?.slice(6);
let stop = () => {};
if (!base && args.includes("--static")) {
  const dir = join(root, "storybook-static");
  if (!existsSync(join(dir, "index.json"))) throw new Error("no storybook-static/: run pnpm build-storybook first");
  const server = await serveStatic(dir);
  base = `http://127.0.0.1:${server.address().port}`;
  stop = () => server.close();
} else if (!base) {
  const port = 6100 + Math.floor(Math.random() * 800);
  console.log(`package-screenshots: starting Storybook on port ${port}`);
  const child = spawn("npx", ["storybook", "dev", "-p", String(port), "--ci", "--no-open", "--exact-port", "--quiet"], { cwd: root, stdio: ["ignore", "ignore", "inherit"], detached: true });
  stop = () => {
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {}
  };
  process.on("exit", stop);
  base = `http://127.0.0.1:${port}`;
}

try {
  const index = await (await waitFor(`${base}/index.json`, 300_000)).json();
  const stories = Object.values(index.entries ?? index.stories ?? {}).filter((e) => (e.type ?? "story") === "story");
  const browser = await chromium.launch({ executablePath: ensureChromium(), args: chromiumArgs, headless: true });
  const context = await browser.newContext({ viewport: { width: 760, height: MAX_HEIGHT }, deviceScaleFactor: 1, reducedMotion: "reduce", colorScheme: "light" });
  const shots = new Map();
  try {
    for (const s of SUBJECTS) {
      const story = stories.find((e) => e.title === s.title);
      if (!story) throw new Error(`no story titled "${s.title}" for @attune/${s.pkg}`);
      const page = await context.newPage();
      await page.goto(`${base}/iframe.html?id=${story.id}&viewMode=story`, { waitUntil: "load", timeout: 300_000 });
      const rootEl = page.locator("#storybook-root");
      await rootEl.locator(":scope > *").first().waitFor({ state: "visible", timeout: 120_000 });
      await page.evaluate(() => document.fonts?.ready);
      await page.waitForTimeout(500);
      // A long agenda is cut at MAX_HEIGHT: the README shows the top of the widget.
      const box = await rootEl.boundingBox();
      const png = await page.screenshot({ animations: "disabled", fullPage: true, clip: { x: box.x, y: box.y, width: box.width, height: Math.min(box.height, MAX_HEIGHT) } });
      const out = join(root, "packages", s.pkg, "docs", "screenshot.png");
      mkdirSync(dirname(out), { recursive: true });
      writeFileSync(out, png);
      shots.set(s.pkg, png);
      console.log(`package-screenshots: ${story.id} → packages/${s.pkg}/docs/screenshot.png (${(png.length / 1024).toFixed(0)} kB)`);
      await page.close();
    }
    // The umbrella package: every widget, one under the other.
    const page = await context.newPage();
    const imgs = ["needs-spectrum", "reassurance-composer", "ritual-planner", "breathing"]
      .map((p) => `<img alt="" src="data:image/png;base64,${shots.get(p).toString("base64")}">`)
      .join("");
    await page.setContent(`<body style="margin:0;background:#fff"><div id="all" style="display:flex;flex-direction:column;gap:16px;width:max-content;padding:16px">${imgs}</div></body>`);
    const png = await page.locator("#all").screenshot();
    const out = join(root, "packages", "react", "docs", "screenshot.png");
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, png);
    console.log(`package-screenshots: every widget → packages/react/docs/screenshot.png (${(png.length / 1024).toFixed(0)} kB)`);
  } finally {
    await browser.close();
  }
} finally {
  stop();
}
