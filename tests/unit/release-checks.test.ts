// @vitest-environment node
// The release rehearsal's checks (scripts/release.mjs): each one catches what it is for.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkListed, checkMetadata, checkSourceMaps, checkTargets, checkWorkspace } from "../../scripts/lib/release-checks.mjs";
import { contentHash, readTarball } from "../../scripts/lib/tarball.mjs";

const files = (entries: Record<string, string>) => new Map(Object.entries(entries).map(([k, v]) => [k, Buffer.from(v)]));

const manifest = {
  name: "@attune/x",
  version: "1.0.0",
  description: "x",
  license: "MIT",
  homepage: "h",
  bugs: { url: "b" },
  keywords: ["k"],
  repository: { type: "git", url: "u", directory: "packages/x" },
  main: "./dist/index.cjs",
  types: "./dist/index.d.cts",
  exports: { ".": { import: { types: "./dist/index.d.ts", default: "./dist/index.js" }, require: { types: "./dist/index.d.cts", default: "./dist/index.cjs" } }, "./styles.css": "./dist/styles.css" },
  dependencies: { "@attune/core": "^1.0.0" },
};
const complete = files({ "package.json": "{}", "README.md": "#", "dist/index.js": "", "dist/index.cjs": "", "dist/index.d.ts": "", "dist/index.d.cts": "", "dist/styles.css": "" });

describe("release checks", () => {
  it("pass a complete package", () => {
    expect(checkTargets(manifest, complete)).toEqual([]);
    expect(checkWorkspace(manifest)).toEqual([]);
    expect(checkSourceMaps(complete)).toEqual([]);
    expect(checkListed({ files: ["dist", "README.md"] }, complete)).toEqual([]);
    expect(checkMetadata(manifest)).toEqual([]);
  });

  it("catch a file that exports names but the tarball lacks", () => {
    const partial = new Map(complete);
    partial.delete("dist/index.d.cts");
    expect(checkTargets(manifest, partial)).toEqual(["./dist/index.d.cts is named in package.json but is not in the tarball"]);
  });

  it("catch a workspace: range left in the packed manifest", () => {
    expect(checkWorkspace({ ...manifest, dependencies: { "@attune/core": "workspace:^" } })).toHaveLength(1);
  });

  it("catch a source map pointing outside the tarball, and a sourceMappingURL to a missing map", () => {
    const withMaps = files({ "dist/index.js": "x\n//# sourceMappingURL=index.js.map", "dist/index.js.map": JSON.stringify({ version: 3, sources: ["../src/index.ts"] }) });
    expect(checkSourceMaps(withMaps)).toEqual(["dist/index.js.map points at ../src/index.ts, outside the tarball"]);
    const inside = files({ "dist/a.js.map": JSON.stringify({ version: 3, sources: ["./a.ts"] }), "dist/a.ts": "" });
    expect(checkSourceMaps(inside)).toEqual([]);
    expect(checkSourceMaps(files({ "dist/b.js": "//# sourceMappingURL=b.js.map\n" }))).toEqual(["dist/b.js names b.js.map, which is not in the tarball"]);
  });

  it("catch a README, screenshot or changelog listed in files but not packed, and missing metadata", () => {
    expect(checkListed({ files: ["dist", "docs/screenshot.png", "CHANGELOG.md"] }, complete)).toHaveLength(2);
    const { repository: _r, keywords: _k, ...bare } = manifest;
    expect(checkMetadata(bare)).toHaveLength(2);
  });
});

describe("tarball fingerprint", () => {
  it("reads a real tar.gz and hashes contents, not order or timestamps", () => {
    const dir = mkdtempSync(join(tmpdir(), "attune-tar-"));
    try {
      mkdirSync(join(dir, "package", "dist"), { recursive: true });
      writeFileSync(join(dir, "package", "package.json"), '{"name":"x"}');
      writeFileSync(join(dir, "package", "dist", "index.js"), "export {};\n");
      const a = join(dir, "a.tgz");
      const b = join(dir, "b.tgz");
      expect(spawnSync("tar", ["-czf", a, "-C", dir, "package/package.json", "package/dist/index.js"]).status).toBe(0);
      expect(spawnSync("tar", ["-czf", b, "--mtime=2001-01-01", "-C", dir, "package/dist/index.js", "package/package.json"]).status).toBe(0);
      const fa = readTarball(a);
      expect([...fa.keys()].sort()).toEqual(["dist/index.js", "package.json"]);
      expect(fa.get("dist/index.js")?.toString()).toBe("export {};\n");
      expect(contentHash(readTarball(b))).toBe(contentHash(fa));
      fa.set("dist/index.js", Buffer.from("export const changed = 1;\n"));
      expect(contentHash(fa)).not.toBe(contentHash(readTarball(b)));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("compares the manifest as data: rewritten dependencies in another order are the same package, another range is not", () => {
    const pack = (manifest: string) => new Map([["package.json", Buffer.from(manifest)], ["dist/index.js", Buffer.from("export {};\n")]]);
    const a = pack('{"name":"@attune/reflection","dependencies":{"@attune/core":"^0.1.0","@attune/needs-spectrum":"^0.1.0"}}');
    const b = pack('{\n  "dependencies": {\n    "@attune/needs-spectrum": "^0.1.0",\n    "@attune/core": "^0.1.0"\n  },\n  "name": "@attune/reflection"\n}\n');
    expect(contentHash(b)).toBe(contentHash(a));
    const c = pack('{"name":"@attune/reflection","dependencies":{"@attune/core":"^0.2.0","@attune/needs-spectrum":"^0.1.0"}}');
    expect(contentHash(c)).not.toBe(contentHash(a));
    const list = pack('{"name":"x","files":["dist","README.md"]}');
    expect(contentHash(pack('{"name":"x","files":["README.md","dist"]}'))).not.toBe(contentHash(list)); // arrays keep their order
  });
});
