// Reads a packed package (.tgz) in process and fingerprints its contents, so the release
// check and the host-app run can prove they looked at the same files.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";

/**
 * The regular files in a gzipped tar, as a Map from path (without the leading "package/")
 * to contents. Understands ustar names with a prefix and pax `path` records.
 * @param {string | Buffer} tgz a file path or the gzipped bytes
 * @returns {Map<string, Buffer>}
 */
export function readTarball(tgz) {
  const tar = gunzipSync(typeof tgz === "string" ? readFileSync(tgz) : tgz);
  const files = new Map();
  let offset = 0;
  let paxPath;
  const text = (start, length) => tar.subarray(start, start + length).toString("utf8").replace(/\0.*$/s, "");
  while (offset + 512 <= tar.length) {
    const header = tar.subarray(offset, offset + 512);
    if (header.every((b) => b === 0)) break;
    const size = parseInt(text(offset + 124, 12).trim() || "0", 8);
    const type = String.fromCharCode(header[156] || 48);
    const prefix = text(offset + 345, 155);
    const name = paxPath ?? (prefix ? `${prefix}/${text(offset, 100)}` : text(offset, 100));
    const body = tar.subarray(offset + 512, offset + 512 + size);
    paxPath = undefined;
    if (type === "x") {
      const m = /\d+ path=([^\n]*)\n/.exec(body.toString("utf8"));
      if (m) paxPath = m[1];
    } else if (type === "0" || type === "\0") {
      files.set(name.replace(/^[^/]+\//, ""), Buffer.from(body));
    }
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  return files;
}

/** JSON with every object's keys in sorted order, so equal data gives equal text. */
function canonicalJson(value) {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`)
      .join(",")}}`;
  }
  return JSON.stringify(value);
}

/**
 * A hash of every path and its contents, independent of archive order and timestamps. The
 * manifest is compared as data: the packer rewrites `workspace:` ranges and may write the
 * dependencies it rewrote in a different order from one pack to the next.
 */
export function contentHash(files) {
  const hash = createHash("sha256");
  for (const path of [...files.keys()].sort()) {
    let body = files.get(path);
    if (path === "package.json") {
      try {
        body = Buffer.from(canonicalJson(JSON.parse(body.toString("utf8"))));
      } catch {
        // Not JSON: hashed as it is, and the release checks report it.
      }
    }
    hash.update(`${path}\0${createHash("sha256").update(body).digest("hex")}\n`);
  }
  return hash.digest("hex");
}
