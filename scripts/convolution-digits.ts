/**
 * Writes `src/widgets/convolution/digits.ts`: the first ten digits of the book's digits file (one
 * of each class, 0 to 9, as the file interleaves them), 28×28 grey levels, for the convolution
 * widget, which should not fetch 7.8 MB to show one image. Run after `npm run prepare:data`:
 * `npx node scripts/convolution-digits.ts` (Node 24, the project's).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { DIGITS_HEADER_BYTES } from "../packages/nn/src/data/digits.ts";

const bin = readFileSync(fileURLToPath(new URL("../packages/nn/data/digits.bin", import.meta.url)));
const SIZE = 28 * 28;
const lines = Array.from({ length: 10 }, (_, d) => {
  const start = DIGITS_HEADER_BYTES + d * SIZE;
  return `  "${Buffer.from(bin.subarray(start, start + SIZE)).toString("base64")}",`;
});
const labels = [...bin.subarray(DIGITS_HEADER_BYTES + bin.readUInt32LE(8) * SIZE).subarray(0, 10)];
if (labels.join() !== "0,1,2,3,4,5,6,7,8,9") throw new Error(`convolution-digits: the first ten labels are ${labels.join()}, not 0 to 9`);

writeFileSync(fileURLToPath(new URL("../src/widgets/convolution/digits.ts", import.meta.url)), `// Written by scripts/convolution-digits.ts from the book's digits file: do not edit.
// Ten real handwritten digits, 0 to 9, 28×28 pixels of 0–255, base64.
const DIGITS = [
${lines.join("\n")}
];

/** The book's real digit \`d\` (0–9), 28×28 grey levels in [0, 1], row by row. */
export function digitPixels(d: number): number[] {
  const bytes = atob(DIGITS[d]);
  return Array.from(bytes, (c) => c.charCodeAt(0) / 255);
}
`);
console.log("convolution-digits: wrote ten digits");
