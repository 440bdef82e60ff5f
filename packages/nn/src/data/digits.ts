import { Tensor } from "../tensor/tensor.ts";

/**
 * The digits file: a 16-byte header, then the pixels, then the labels, all little-endian.
 *   0  "NNDG" (magic)     4  uint32 version = 1     8  uint32 count n
 *   12 uint16 rows        14 uint16 cols            16 n·rows·cols uint8 pixels (0–255, row-major)
 *   16 + n·rows·cols      n uint8 labels (0–9)
 * `scripts/pack-digits.ts` writes it from the `mnist` package; the book fetches it in the browser
 * and `@nnbook/nn/node`'s `loadDigits()` reads it in Node.
 */
export const DIGITS_MAGIC = "NNDG";
export const DIGITS_VERSION = 1;
export const DIGITS_HEADER_BYTES = 16;

export interface DecodeDigitsOptions {
  /** Keep only the first `n` examples (the packed file interleaves the classes 0, 1, …, 9, 0, 1, …, so any prefix is balanced). */
  n?: number;
  /** `"flat"` (default): X [n, rows·cols], one image per row for an MLP; `"image"`: X [n, 1, rows, cols], NCHW for a CNN. */
  shape?: "flat" | "image";
}

/** Decoded digits: pixels scaled to [0, 1] and class labels as float32 indices. */
export interface Digits {
  /** [n, 784] (flat) or [n, 1, 28, 28] (image), values in [0, 1]. */
  X: Tensor;
  /** [n], class indices 0–9. */
  y: Tensor;
}

/**
 * Decode the packed digits file (see the format above) into tensors: pixel p becomes p / 255.
 * Pure: takes the bytes however they were loaded (`fetch(...).arrayBuffer()`, `fs.readFileSync`).
 * Chapter 9, CNNs (a CNN trained on real digits).
 */
export function decodeDigits(bytes: ArrayBuffer | Uint8Array, options: DecodeDigitsOptions = {}): Digits {
  const { shape = "flat" } = options;
  const u8 = bytes instanceof Uint8Array ? bytes : bytes instanceof ArrayBuffer ? new Uint8Array(bytes) : null;
  if (u8 === null) throw new Error(`decodeDigits: expected an ArrayBuffer or Uint8Array, got ${bytes === null ? "null" : typeof bytes}`);
  if (u8.length < DIGITS_HEADER_BYTES) throw new Error(`decodeDigits: ${u8.length} bytes is too short for the ${DIGITS_HEADER_BYTES}-byte header`);
  const magic = String.fromCharCode(u8[0], u8[1], u8[2], u8[3]);
  if (magic !== DIGITS_MAGIC) throw new Error(`decodeDigits: not a digits file (magic ${JSON.stringify(magic)}, expected "${DIGITS_MAGIC}")`);
  const view = new DataView(u8.buffer, u8.byteOffset, u8.byteLength);
  const version = view.getUint32(4, true);
  if (version !== DIGITS_VERSION) throw new Error(`decodeDigits: unsupported version ${version}, expected ${DIGITS_VERSION}`);
  const count = view.getUint32(8, true), rows = view.getUint16(12, true), cols = view.getUint16(14, true);
  const pixels = rows * cols;
  const expected = DIGITS_HEADER_BYTES + count * (pixels + 1);
  if (u8.length !== expected) {
    throw new Error(`decodeDigits: header says ${count} images of ${rows}x${cols} (${expected} bytes), but the file has ${u8.length} bytes`);
  }
  const n = options.n ?? count;
  if (!Number.isInteger(n) || n < 1 || n > count) throw new Error(`decodeDigits: n must be an integer in [1, ${count}], got ${n}`);
  if (shape !== "flat" && shape !== "image") throw new Error(`decodeDigits: shape must be "flat" or "image", got ${JSON.stringify(shape)}`);
  const X = new Float32Array(n * pixels);
  for (let i = 0; i < X.length; i++) X[i] = u8[DIGITS_HEADER_BYTES + i] / 255;
  const y = new Float32Array(n);
  const labelStart = DIGITS_HEADER_BYTES + count * pixels;
  for (let i = 0; i < n; i++) {
    const label = u8[labelStart + i];
    if (label > 9) throw new Error(`decodeDigits: label ${label} of image ${i} is not a digit 0–9`);
    y[i] = label;
  }
  return { X: new Tensor(X, shape === "flat" ? [n, pixels] : [n, 1, rows, cols]), y: new Tensor(y, [n]) };
}

/**
 * Pack images (uint8, n·rows·cols, row-major) and labels (0–9) into the digits format.
 * Used by `scripts/pack-digits.ts` and the tests; the inverse of `decodeDigits` up to the /255.
 */
export function encodeDigits(pixels: Uint8Array, labels: Uint8Array, rows = 28, cols = 28): Uint8Array {
  const n = labels.length;
  if (pixels.length !== n * rows * cols) {
    throw new Error(`encodeDigits: ${pixels.length} pixels do not fit ${n} images of ${rows}x${cols} (${n * rows * cols})`);
  }
  const out = new Uint8Array(DIGITS_HEADER_BYTES + n * (rows * cols + 1));
  for (let i = 0; i < 4; i++) out[i] = DIGITS_MAGIC.charCodeAt(i);
  const view = new DataView(out.buffer);
  view.setUint32(4, DIGITS_VERSION, true);
  view.setUint32(8, n, true);
  view.setUint16(12, rows, true);
  view.setUint16(14, cols, true);
  out.set(pixels, DIGITS_HEADER_BYTES);
  out.set(labels, DIGITS_HEADER_BYTES + pixels.length);
  return out;
}
