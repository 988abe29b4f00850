#!/usr/bin/env node
// `pnpm release --dry-run`: everything short of publishing. Builds, runs the package checks
// (publint, attw), packs every public package with `pnpm pack` (which rewrites workspace:
// ranges) and prints, per package, its version, the files in the tarball, the unpacked size
// and the exports map. Fails when:
//   - a file named by exports, main, module or types is not in the tarball;
//   - the packed package.json still has a `workspace:` range;
//   - a source map's sources point outside the tarball (or a sourceMappingURL names a map
//     that is not there);
//   - a file listed in "files" (README, screenshot, changelog) or a metadata field
//     (repository, homepage, bugs, keywords, license) is missing;
//   - a tarball differs from what the host-app tests installed (tests/hosts/.tarballs/record.json,
//     written by scripts/hosts/run.mjs).
// Publishes nothing and uses no network. The real publish is `changeset publish` (CONTRIBUTING.md).
//
//   node scripts/release.mjs --dry-run                  everything
//   node scripts/release.mjs --dry-run --skip-build --skip-package-checks   (pnpm test: already done)
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { checkListed, checkMetadata, checkSourceMaps, checkTargets, checkWorkspace } from "./lib/release-checks.mjs";
import { contentHash, readTarball } from "./lib/tarball.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const known = ["--dry-run", "--skip-build", "--skip-package-checks"];
const unknown = args.filter((a) => !known.includes(a));
if (unknown.length > 0 || !args.includes("--dry-run")) {
  console.error(
    unknown.length > 0
      ? `release: unknown argument ${unknown.join(" ")} (known: ${known.join(" ")})`
      : "release: this script only rehearses (--dry-run). Publishing is `NPM_CONFIG_PROVENANCE=true pnpm changeset publish` from CI; see CONTRIBUTING.md.",
  );
  process.exit(2);
}

const PNPM = "pnpm@10.34.9";
const problems = []; // { pkg, message }
let checks = 0;
let failedChecks = 0;
const fail = (pkg, message) => {
  problems.push({ pkg, message });
  failedChecks++;
};

function sh(cmd, argv, opts = {}) {
  const r = spawnSync(cmd, argv, { cwd: root, encoding: "utf8", stdio: opts.quiet ? "pipe" : "inherit", ...opts });
  return r;
}

if (!args.includes("--skip-build")) {
  console.log("release: building every package");
  if (sh("npx", ["turbo", "run", "build", "--output-logs=errors-only"]).status !== 0) {
    console.log("release: 0 passed, 1 failed");
    process.exit(1);
  }
}
if (!args.includes("--skip-package-checks")) {
  console.log("release: publint and attw");
  checks++;
  if (sh("node", ["scripts/lint-packages.mjs"]).status !== 0) fail("*", "scripts/lint-packages.mjs failed");
}

/** `pnpm pack` (which rewrites workspace: ranges) of packages/<dir> into dest. */
function pack(dir, dest) {
  return new Promise((resolve) => {
    const child = spawn("npx", ["-y", PNPM, "pack", "--pack-destination", dest], { cwd: join(root, "packages", dir), stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    child.on("close", (status) => resolve({ status, stderr }));
    child.on("error", (error) => resolve({ status: 1, stderr: String(error) }));
  });
}

const recordPath = join(root, "tests", "hosts", ".tarballs", "record.json");
const record = existsSync(recordPath) ? JSON.parse(readFileSync(recordPath, "utf8")) : undefined;

const dirs = readdirSync(join(root, "packages")).filter((d) => existsSync(join(root, "packages", d, "package.json")));
const tmp = mkdtempSync(join(tmpdir(), "attune-release-"));
try {
  const sources = dirs.map((dir) => [dir, JSON.parse(readFileSync(join(root, "packages", dir, "package.json"), "utf8"))]).filter(([, source]) => !source.private);
  // All packs at once: each is mostly npx start-up time.
  const packs = await Promise.all(sources.map(([dir]) => pack(dir, join(tmp, dir))));
  for (const [i, [dir, source]] of sources.entries()) {
    const pkg = source.name;
    const dest = join(tmp, dir);
    const packed = packs[i];
    const tgz = existsSync(dest) ? readdirSync(dest).find((f) => f.endsWith(".tgz")) : undefined;
    checks++;
    if (packed.status !== 0 || !tgz) {
      fail(pkg, `pnpm pack failed\n${packed.stderr ?? ""}`);
      continue;
    }
    const files = readTarball(join(dest, tgz));
    const manifest = JSON.parse(files.get("package.json").toString("utf8"));
    const size = [...files.values()].reduce((a, b) => a + b.length, 0);

    console.log(`\n${pkg}@${manifest.version}  ${files.size} files, ${(size / 1024).toFixed(1)} kB unpacked`);
    for (const path of [...files.keys()].sort()) console.log(`  ${path.padEnd(34)} ${(files.get(path).length / 1024).toFixed(1).padStart(7)} kB`);
    console.log("  exports:");
    for (const [subpath, target] of Object.entries(manifest.exports ?? {})) {
      const shown = typeof target === "string" ? target : `${target.import?.default ?? ""} | ${target.require?.default ?? ""} (types ${target.import?.types ?? ""})`;
      console.log(`    ${subpath.padEnd(22)} ${shown}`);
    }

    for (const found of [checkTargets(manifest, files), checkWorkspace(manifest), checkSourceMaps(files), checkListed(source, files), checkMetadata(manifest)]) {
      checks++;
      if (found.length > 0) failedChecks++;
      for (const message of found) problems.push({ pkg, message });
    }

    checks++;
    const hash = contentHash(files);
    const installed = record?.packages?.[pkg];
    if (!record) fail(pkg, "no host-app record (tests/hosts/.tarballs/record.json): run `node scripts/hosts/run.mjs` so the release matches what the host apps installed");
    else if (!installed) fail(pkg, "the host apps did not install this package");
    else if (record.installedBy.length === 0) fail(pkg, "the host run packed but installed nothing (see its output)");
    else if (installed.hash !== hash || installed.version !== manifest.version) {
      fail(pkg, `tarball differs from what the host apps installed (${installed.version}, ${installed.files} files, packed ${record.packedAt}): rebuild and run \`node scripts/hosts/run.mjs\` again`);
    }
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

for (const p of problems) console.log(`FAIL ${p.pkg}: ${p.message}`);
console.log(`\nrelease: dry run only, nothing published. Publish from CI with: NPM_CONFIG_PROVENANCE=true pnpm changeset publish`);
const failed = failedChecks;
console.log(`release: ${checks - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
