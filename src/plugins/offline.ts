import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join, relative, sep } from "node:path";

/**
 * An Astro integration that writes the book's service worker, `dist/sw.js`, after the build: the
 * list of every built file (pages, scripts, styles, fonts, search index, digits data) and a
 * version made from their contents. A new build gives a new sw.js; the browser installs it in the
 * background and the next visit gets the new book. Edits live in localStorage, which no cache touches.
 */
export function offlineBook() {
  return {
    name: "nnbook:offline",
    hooks: {
      "astro:build:done": ({ dir }: { dir: URL }) => {
        const root = fileURLToPath(dir);
        const files = walk(root).filter((f) => !/\.(map|xml)$/.test(f) && !f.endsWith("sw.js"));
        const hash = createHash("sha256");
        for (const file of files) hash.update(file).update(readFileSync(join(root, file)));
        const urls = files.map((f) => `/${f.split(sep).join("/")}`).map((u) => u.replace(/index\.html$/, ""));
        const template = readFileSync(new URL("./offline-worker.js", import.meta.url), "utf8");
        const worker = template.replace("__VERSION__", hash.digest("hex").slice(0, 12)).replace("__FILES__", JSON.stringify(urls));
        writeFileSync(join(root, "sw.js"), worker);
      },
    },
  };
}

function walk(root: string, dir = root): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(root, path) : [relative(root, path)];
  });
}
