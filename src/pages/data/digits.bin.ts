/**
 * The real MNIST digits, packed by `npm run prepare:data` (packages/nn/scripts/pack-digits.ts),
 * served from the book's own origin at /data/digits.bin so a cell can
 * `await data.fetchDigits("/data/digits.bin")` — the only fetch a cell's worker is allowed.
 * Written into dist/ at build time; read from disk on each request in dev.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { APIRoute } from "astro";

// from the project root, where astro runs (a bundled endpoint's import.meta.url is not in src/)
const PACKED = join(process.cwd(), "packages/nn/data/digits.bin");

export const GET: APIRoute = async () => {
  const bytes = await readFile(PACKED).catch(() => {
    throw new Error(`${PACKED} is missing: run \`npm run prepare:data\` (npm run dev and build do)`);
  });
  return new Response(bytes, { headers: { "Content-Type": "application/octet-stream" } });
};
