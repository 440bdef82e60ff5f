/**
 * The type worker's virtual files read from disk, for tests in Node: the same paths the worker's
 * globs bundle (root-relative, leading slash).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

const ROOT = join(import.meta.dirname, "../../../..");

function load(dir: string, keep: (name: string) => boolean): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !keep(entry.name)) continue;
    const full = join(entry.parentPath, entry.name);
    files[`/${relative(ROOT, full)}`] = readFileSync(full, "utf8");
  }
  return files;
}

export function nodeFiles(): Record<string, string> {
  return {
    ...load("packages/nn/src", (name) => name.endsWith(".ts") && !name.endsWith(".test.ts")),
    ...load("node_modules/@observablehq/plot/src", (name) => name.endsWith(".d.ts")),
    ...load("node_modules/typescript6/lib", (name) => /^lib\.(es5|decorators.*|es20(1\d|2[0-3])(\..*)?)\.d\.ts$/.test(name) && !name.includes(".full.")),
  };
}
