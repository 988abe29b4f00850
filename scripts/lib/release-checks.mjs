// The checks `pnpm release --dry-run` runs on each packed package (scripts/release.mjs).
// Each takes the packed package.json and/or the tarball's files (a Map from path to bytes,
// see tarball.mjs) and returns a list of problems, empty when the package is fine.
import { posix } from "node:path";

/** Every file the manifest's exports, main, module and types name is in the tarball. */
export function checkTargets(manifest, files) {
  const targets = new Set([manifest.main, manifest.module, manifest.types, manifest.typings].filter(Boolean));
  const walk = (node) => {
    if (typeof node === "string") targets.add(node);
    else if (node && typeof node === "object") Object.values(node).forEach(walk);
  };
  walk(manifest.exports);
  return [...targets]
    .filter((t) => !t.includes("*") && !files.has(posix.normalize(t.replace(/^\.\//, ""))))
    .map((t) => `${t} is named in package.json but is not in the tarball`);
}

export function checkWorkspace(manifest) {
  const out = [];
  for (const field of ["dependencies", "peerDependencies", "optionalDependencies", "devDependencies"]) {
    for (const [name, range] of Object.entries(manifest[field] ?? {})) {
      if (String(range).startsWith("workspace:")) out.push(`${field}.${name} is still "${range}" in the packed package.json`);
    }
  }
  if (out.length === 0 && JSON.stringify(manifest).includes("workspace:")) out.push("the packed package.json still mentions workspace:");
  return out;
}

/** Source maps may only point at files inside the tarball; sourceMappingURL comments at maps that ship. */
export function checkSourceMaps(files) {
  const out = [];
  for (const [path, body] of files) {
    if (path.endsWith(".map")) {
      let map;
      try {
        map = JSON.parse(body.toString("utf8"));
      } catch {
        out.push(`${path} is not valid JSON`);
        continue;
      }
      for (const src of map.sources ?? []) {
        const resolved = posix.normalize(posix.join(posix.dirname(path), map.sourceRoot ?? "", src));
        if (resolved.startsWith("..") || /^[a-z]+:/i.test(src) || !files.has(resolved)) {
          // Inlined sources are fine as long as the path stays inside the package.
          if (map.sourcesContent?.length && !resolved.startsWith("..") && !/^[a-z]+:/i.test(src)) continue;
          out.push(`${path} points at ${src}, outside the tarball`);
        }
      }
    } else if (/\.(c|m)?js$/.test(path)) {
      const m = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(body.toString("utf8"));
      if (m && !m[1].startsWith("data:") && !files.has(posix.join(posix.dirname(path), m[1]))) out.push(`${path} names ${m[1]}, which is not in the tarball`);
    }
  }
  return out;
}

/** Each plain file listed in "files" (README, screenshot, changelog) ships. */
export function checkListed(source, files) {
  const out = [];
  for (const entry of source.files ?? []) {
    if (/[*]/.test(entry) || entry === "dist") continue;
    const hasFile = files.has(entry) || [...files.keys()].some((f) => f.startsWith(`${entry}/`));
    if (!hasFile) out.push(`"${entry}" is listed in files but is not in the tarball`);
  }
  if (!files.has("README.md")) out.push("README.md is not in the tarball");
  return out;
}

export function checkMetadata(manifest) {
  const out = [];
  if (!manifest.repository?.url || !manifest.repository?.directory) out.push("package.json needs repository { url, directory }");
  for (const field of ["homepage", "license", "description"]) if (!manifest[field]) out.push(`package.json needs "${field}"`);
  if (!manifest.bugs) out.push('package.json needs "bugs"');
  if (!Array.isArray(manifest.keywords) || manifest.keywords.length === 0) out.push('package.json needs "keywords"');
  return out;
}
