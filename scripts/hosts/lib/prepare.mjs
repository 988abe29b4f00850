// Build, pack and install: the host apps get Attune exactly as a host developer would,
// from the tarballs `pnpm pack` makes (workspace:^ ranges rewritten to real versions),
// installed with npm into each host's own node_modules. No workspace links, no src imports.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { contentHash, readTarball } from "../../lib/tarball.mjs";

export const PNPM = "pnpm@10.34.9";

/** Runs a command, streaming nothing; resolves with its output, rejects with the tail of it. */
export function run(cmd, args, { cwd, env, label = `${cmd} ${args.join(" ")}`, timeoutMs = 300_000 } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    const timer = setTimeout(() => {
      child.kill("SIGTERM");
      out += `\n[timed out after ${timeoutMs} ms]`;
    }, timeoutMs);
    child.on("error", (err) => {
      clearTimeout(timer);
      reject(new Error(`${label}: ${err.message}`));
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(out);
      else reject(new Error(`${label} exited ${code}\n${out.split("\n").slice(-40).join("\n")}`));
    });
  });
}

/**
 * turbo looks for the `pnpm` binary named in packageManager; the machines here have none
 * installed globally, so a one-line shim that defers to `npx -y pnpm@…` is put first on PATH.
 */
export function pnpmShimEnv() {
  const dir = mkdtempSync(join(tmpdir(), "attune-hosts-bin-"));
  writeFileSync(join(dir, "pnpm"), `#!/bin/sh\nexec npx -y ${PNPM} "$@"\n`, { mode: 0o755 });
  return { PATH: `${dir}:${process.env.PATH}` };
}

export async function buildPackages(repo) {
  await run("npx", ["turbo", "run", "build", "--output-logs=errors-only"], { cwd: repo, env: pnpmShimEnv(), timeoutMs: 400_000 });
}

/** Packs every packages/* into tarballsDir as attune-<name>.tgz (version-free names the hosts pin). */
export async function packPackages(repo, tarballsDir) {
  rmSync(tarballsDir, { recursive: true, force: true });
  mkdirSync(tarballsDir, { recursive: true });
  const names = readdirSync(join(repo, "packages")).filter((n) => existsSync(join(repo, "packages", n, "package.json")));
  // One `pnpm pack` per package, all at once: each is mostly npx start-up time.
  const packed = await Promise.all(
    names.map(async (name) => {
      const pkgDir = join(repo, "packages", name);
      const tmp = mkdtempSync(join(tmpdir(), `attune-pack-${name}-`));
      await run("npx", ["-y", PNPM, "pack", "--pack-destination", tmp], { cwd: pkgDir, label: `pnpm pack (${name})` });
      const [file] = readdirSync(tmp).filter((f) => f.endsWith(".tgz"));
      if (!file) throw new Error(`pnpm pack made no tarball for ${name}`);
      const dest = join(tarballsDir, `attune-${name}.tgz`);
      renameSync(join(tmp, file), dest);
      rmSync(tmp, { recursive: true, force: true });
      await expectTarballComplete(dest, name);
      return { name, file: dest, from: file };
    }),
  );
  recordPacked(tarballsDir, packed);
  return packed;
}

/**
 * Writes tarballsDir/record.json: each package's version and a hash of every file in its
 * tarball. `pnpm release --dry-run` packs again and refuses a package whose contents differ
 * from what the host apps installed. `recordInstalled` adds which hosts installed them.
 */
function recordPacked(tarballsDir, packed) {
  const packages = {};
  for (const p of packed) {
    const files = readTarball(p.file);
    const manifest = JSON.parse(files.get("package.json").toString("utf8"));
    packages[manifest.name] = { version: manifest.version, hash: contentHash(files), files: files.size };
  }
  writeFileSync(join(tarballsDir, "record.json"), JSON.stringify({ packedAt: new Date().toISOString(), installedBy: [], packages }, null, 2) + "\n");
}

export function recordInstalled(tarballsDir, hostNames) {
  const path = join(tarballsDir, "record.json");
  const record = JSON.parse(readFileSync(path, "utf8"));
  record.installedBy = hostNames;
  writeFileSync(path, JSON.stringify(record, null, 2) + "\n");
}

/** Every file the packed package.json's `exports`, `main`, `module` and `types` name is in the tarball. */
async function expectTarballComplete(tarball, name) {
  const files = new Set((await run("tar", ["-tzf", tarball])).split("\n").filter(Boolean));
  const manifest = JSON.parse(await run("tar", ["-xzOf", tarball, "package/package.json"]));
  const targets = new Set([manifest.main, manifest.module, manifest.types].filter(Boolean));
  const walk = (node) => {
    if (typeof node === "string") targets.add(node);
    else if (node && typeof node === "object") Object.values(node).forEach(walk);
  };
  walk(manifest.exports);
  const missing = [...targets].filter((t) => !t.includes("*") && !files.has(`package/${t.replace(/^\.\//, "")}`));
  if (missing.length) throw new Error(`@attune/${name}'s tarball lacks files its package.json names: ${missing.join(", ")} (was dist/ built?)`);
  if (JSON.stringify(manifest).includes("workspace:")) throw new Error(`@attune/${name}'s packed package.json still has workspace: ranges`);
}

/**
 * npm install from the committed package-lock. The tarballs are rebuilt on every run, so the
 * @attune/* entries' integrity is dropped from the lock first (npm would otherwise refuse the
 * fresh tarball); every other package installs exactly as locked.
 */
function dropAttuneIntegrity(lockPath) {
  if (!existsSync(lockPath)) return;
  const lock = JSON.parse(readFileSync(lockPath, "utf8"));
  for (const [key, entry] of Object.entries(lock.packages ?? {})) {
    if (key.includes("node_modules/@attune/")) delete entry.integrity;
  }
  writeFileSync(lockPath, JSON.stringify(lock, null, 2) + "\n");
}

export async function installHost(hostDir) {
  const lockPath = join(hostDir, "package-lock.json");
  dropAttuneIntegrity(lockPath);
  // The tarballs' contents change between runs under the same file name: reinstall them.
  rmSync(join(hostDir, "node_modules", "@attune"), { recursive: true, force: true });
  await run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error"], {
    cwd: hostDir,
    label: `npm install (${hostDir})`,
  });
  // …and again afterwards, so a run leaves the committed lock file as it was.
  dropAttuneIntegrity(lockPath);
}
