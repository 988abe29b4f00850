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

/** A hash of every path and its contents, independent of archive order and timestamps. */
export function contentHash(files) {
  const hash = createHash("sha256");
  for (const path of [...files.keys()].sort()) {
    hash.update(`${path}\0${createHash("sha256").update(files.get(path)).digest("hex")}\n`);
  }
  return hash.digest("hex");
}
