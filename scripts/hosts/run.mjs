#!/usr/bin/env node
// Host proof (issue 7): Attune from the outside. Builds every package, packs each with
// `pnpm pack`, installs the tarballs with npm into the host apps under tests/hosts/, builds
// them, serves them on 127.0.0.1 and drives them in real Chromium with the keyboard only,
// with axe (WCAG 2.2 AA), a CSP watch and a network watch. Screenshots: tests/out/hosts/.
//
//   node scripts/hosts/run.mjs            everything
//   node scripts/hosts/run.mjs --skip-build   reuse packages/*/dist (still packs and installs)
//   node scripts/hosts/run.mjs --only=vite-react19,next-app
import { closeSync, existsSync, lstatSync, mkdirSync, openSync, readFileSync, readdirSync, rmSync, writeSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import assert from "node:assert/strict";
import { buildPackages, installHost, packPackages, recordInstalled, run } from "./lib/prepare.mjs";
import { createSuite } from "./lib/suite.mjs";
import { launch } from "./lib/browser.mjs";
import { checkViteHost } from "./lib/vite-hosts.mjs";
import { buildNextHost, checkNextHost } from "./lib/next-host.mjs";

const repo = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const hostsDir = join(repo, "tests", "hosts");
const tarballs = join(hostsDir, ".tarballs");
const outDir = join(repo, "tests", "out", "hosts");

const args = process.argv.slice(2);
const skipBuild = args.includes("--skip-build");
const only = args.find((a) => a.startsWith("--only="))?.slice("--only=".length).split(",");

const hosts = [
  { name: "vite-react19", kind: "vite", reactMajor: 19, pages: ["index", "csp", "shadow"] },
  { name: "vite-react18", kind: "vite", reactMajor: 18, pages: ["index", "csp", "shadow"] },
  { name: "next-app", kind: "next", reactMajor: 19 },
].filter((h) => !only || only.includes(h.name));

/**
 * Two runs at once would pack over each other's tarballs and build the same .next folder:
 * a run waits (up to 15 minutes) for another one still alive to finish.
 */
async function takeLock() {
  mkdirSync(outDir, { recursive: true });
  const lockPath = join(outDir, ".run.lock");
  const until = Date.now() + 15 * 60_000;
  let told = false;
  for (;;) {
    try {
      const fd = openSync(lockPath, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      process.on("exit", () => rmSync(lockPath, { force: true }));
      return;
    } catch (err) {
      if (err.code !== "EEXIST") throw err;
      const pid = Number(readFileSync(lockPath, "utf8")) || 0;
      let alive = false;
      try {
        alive = pid > 0 && process.kill(pid, 0);
      } catch {}
      if (!alive) {
        rmSync(lockPath, { force: true });
        continue;
      }
      if (Date.now() > until) throw new Error(`another host run (pid ${pid}) has held ${lockPath} for 15 minutes`);
      if (!told) console.log(`hosts: waiting for another host run (pid ${pid}) to finish`);
      told = true;
      await new Promise((r) => setTimeout(r, 2000));
    }
  }
}
await takeLock();

const started = Date.now();
const suite = createSuite();
const { check } = suite;

console.log("hosts: preparing (build, pack, install)");
const built = skipBuild ? true : await check("build every package (turbo run build)", () => buildPackages(repo).then(() => true));
const packed = built && (await check("pnpm pack every package into tests/hosts/.tarballs", () => packPackages(repo, tarballs)));

/** The installed packages are the tarballs' copies: real folders, no workspace ranges left. */
function expectInstalledFromTarballs(hostDir) {
  const scope = join(hostDir, "node_modules", "@attune");
  const names = readdirSync(scope);
  for (const p of packed) assert.ok(names.includes(p.name), `@attune/${p.name} is installed`);
  for (const name of names) {
    const dir = join(scope, name);
    assert.ok(!lstatSync(dir).isSymbolicLink(), `@attune/${name} is a copy, not a link`);
    const manifest = readFileSync(join(dir, "package.json"), "utf8");
    assert.doesNotMatch(manifest, /workspace:/, `@attune/${name}'s manifest has no workspace: ranges`);
    assert.ok(existsSync(join(dir, "dist")), `@attune/${name} ships dist/`);
    assert.ok(!existsSync(join(dir, "src")), `@attune/${name} ships no src/`);
  }
  const lock = JSON.parse(readFileSync(join(hostDir, "package-lock.json"), "utf8"));
  for (const [key, entry] of Object.entries(lock.packages)) {
    if (key.includes("node_modules/@attune/")) assert.match(entry.resolved ?? "", /^file:\.\.\/\.tarballs\//, `${key} resolves to a packed tarball`);
  }
}

// Install every host (npm is mostly waiting on disk and network, so in parallel).
const installed = new Map();
if (packed) {
  await Promise.all(
    hosts.map(async (h) => {
      const hostDir = join(hostsDir, h.name);
      const ok = await check(`${h.name}: npm install the tarballs`, async () => {
        await installHost(hostDir);
        expectInstalledFromTarballs(hostDir);
        return true;
      });
      installed.set(h.name, !!ok);
    }),
  );
  // What the hosts installed, for `pnpm release --dry-run` to compare against.
  recordInstalled(tarballs, [...installed].filter(([, ok]) => ok).map(([name]) => name));
}

// Next's production build is the slow one: start it now and drive the Vite hosts meanwhile.
const nextHost = hosts.find((h) => h.kind === "next");
const nextBuild =
  nextHost && installed.get(nextHost.name)
    ? check(`${nextHost.name}: next build passes`, () => buildNextHost(join(hostsDir, nextHost.name)).then(() => true))
    : Promise.resolve(false);

const browser = await launch();
try {
  for (const h of hosts.filter((h) => h.kind === "vite")) {
    console.log(`hosts: ${h.name}`);
    const hostDir = join(hostsDir, h.name);
    if (!installed.get(h.name)) {
      suite.blocked(`${h.name}: driven in Chromium`, "install failed");
      continue;
    }
    const ok = await check(`${h.name}: vite build`, () => run("npx", ["vite", "build", "--logLevel", "error"], { cwd: hostDir }).then(() => true));
    if (!ok) {
      suite.blocked(`${h.name}: driven in Chromium`, "vite build failed");
      continue;
    }
    await checkViteHost(suite, browser, { hostDir, hostName: h.name, reactMajor: h.reactMajor, outDir, pages: h.pages });
  }
  if (nextHost) {
    console.log(`hosts: ${nextHost.name}`);
    if (await nextBuild) await checkNextHost(suite, browser, { hostDir: join(hostsDir, nextHost.name), hostName: nextHost.name, outDir });
    else suite.blocked(`${nextHost.name}: driven in Chromium`, "install or next build failed");
  }
} finally {
  await browser.close();
}

const passed = suite.results.filter((r) => r.ok).length;
const failed = suite.results.length - passed;
console.log(`\nhosts: screenshots in ${outDir}`);
console.log(`hosts: ran in ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`hosts: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
