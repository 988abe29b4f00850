// A static file server for a built host (127.0.0.1, a free port). Pages listed in `csp`
// are served with a strict Content-Security-Policy and a fresh nonce per response.
import { createServer } from "node:http";
import { randomBytes } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, sep } from "node:path";

const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
};

/** The policy the CSP page gets: nothing inline, nothing from elsewhere. */
export function strictPolicy(nonce) {
  return [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export function serveStatic(root, { csp = [] } = {}) {
  const served = [];
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      let path = decodeURIComponent(url.pathname);
      if (path.endsWith("/")) path += "index.html";
      if (path === "/favicon.ico") {
        res.writeHead(204).end(); // the hosts have no icon; a 404 would show as a console error
        return;
      }
      const file = normalize(join(root, path));
      if (!file.startsWith(normalize(root) + sep)) {
        res.writeHead(403).end();
        return;
      }
      const info = await stat(file).catch(() => undefined);
      if (!info?.isFile()) {
        res.writeHead(404, { "content-type": "text/plain" }).end("not found");
        return;
      }
      served.push(path);
      let body = await readFile(file);
      const headers = { "content-type": types[extname(file)] ?? "application/octet-stream", "cache-control": "no-store" };
      if (csp.includes(path)) {
        const nonce = randomBytes(16).toString("base64");
        headers["content-security-policy"] = strictPolicy(nonce);
        body = Buffer.from(body.toString("utf8").replaceAll("__CSP_NONCE__", nonce));
      }
      res.writeHead(200, headers).end(body);
    } catch (err) {
      res.writeHead(500, { "content-type": "text/plain" }).end(String(err));
    }
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      resolve({
        origin: `http://127.0.0.1:${port}`,
        served,
        close: () => new Promise((r) => server.close(() => r())),
      });
    });
  });
}

/** A free port on 127.0.0.1 (for servers we start as child processes, like `next start`). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}
