// Serves the built site for the browser tests: `node scripts/serve-dist.mjs [port] [dir]` (dir: dist/).
// A plain static server, so tests never collide with an `astro preview` a developer has open.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize } from "node:path";

import { resolve as resolvePath } from "node:path";

const root = resolvePath(process.argv[3] ?? new URL("../dist/", import.meta.url).pathname) + "/";
const port = Number(process.argv[2] ?? 4329);
const TYPES = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".mjs": "text/javascript", ".css": "text/css",
  ".json": "application/json", ".svg": "image/svg+xml", ".png": "image/png", ".woff2": "font/woff2", ".woff": "font/woff",
  ".ttf": "font/ttf", ".xml": "application/xml", ".txt": "text/plain", ".wasm": "application/wasm", ".pf_meta": "application/octet-stream",
};

/**
 * The headers a host must send (README, "Deploying the book"): no other site may frame a chapter
 * (a transparent frame could put Run under a bait button), and no page that opened the book keeps
 * a handle on it (an opener could change the address under the reader). Embed routes are framed
 * by design, by any site.
 */
export function securityHeaders(path) {
  const embed = path.startsWith("/embed/");
  return {
    "x-content-type-options": "nosniff",
    "referrer-policy": "strict-origin-when-cross-origin",
    ...(embed
      ? { "content-security-policy": "frame-ancestors *" }
      : { "content-security-policy": "frame-ancestors 'self'", "x-frame-options": "SAMEORIGIN", "cross-origin-opener-policy": "same-origin" }),
  };
}

async function resolve(urlPath) {
  const path = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, "");
  const file = join(root, path);
  if (!file.startsWith(root)) return null;
  try {
    const info = await stat(file);
    return info.isDirectory() ? join(file, "index.html") : file;
  } catch {
    return null;
  }
}

/**
 * A test plays a new deploy of the book without rebuilding: with the cookie `nnbook-next-build=<tag>`
 * this server gives /sw.js another version (the worker's script is fetched by the browser itself,
 * where a test's request routing does not reach). Only this test server does it.
 */
export function nextBuild(pathname, cookie, body) {
  const tag = /(?:^|;\s*)nnbook-next-build=([a-z0-9]+)/.exec(cookie ?? "")?.[1];
  if (pathname !== "/sw.js" || !tag) return body;
  return Buffer.from(body.toString("utf8").replace(/const VERSION = "([0-9a-f]+)"/, `const VERSION = "$1${tag}"`));
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop())) createServer(async (req, res) => {
  const url = new URL(req.url ?? "/", "http://localhost");
  const file = await resolve(url.pathname);
  try {
    if (!file) throw new Error("not found");
    const body = nextBuild(url.pathname, req.headers.cookie, await readFile(file));
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", ...securityHeaders(url.pathname) });
    res.end(body);
  } catch {
    const notFound = await readFile(join(root, "404.html")).catch(() => "Not found");
    res.writeHead(404, { "content-type": "text/html; charset=utf-8", ...securityHeaders(url.pathname) });
    res.end(notFound);
  }
}).listen(port, "127.0.0.1", () => console.log(`dist/ on http://127.0.0.1:${port}/`));
