import { Tensor } from "../tensor/tensor.ts";
import { formatShape } from "../tensor/shape.ts";
import { Generator } from "../random.ts";

export interface RandomShiftsOptions {
  /** Each image moves by a whole number of pixels from −maxShift to maxShift, in x and in y (default 2). */
  maxShift?: number;
  /** Seed of the shifts' own generator (the global one is left untouched). */
  seed?: number;
}

/**
 * Move every image of X [..., height, width] by `dx` pixels to the right and `dy` pixels down
 * (negative: left, up); pixels pushed off the edge are lost and the uncovered ones are 0:
 *   out[..., i, j] = x[..., i − dy, j − dx], or 0 where that is outside the image.
 * A label-preserving change for digits, so a way to grow a training set (data augmentation).
 * Unlike `torch.roll`, nothing wraps around. Chapter 8, Regularization (data augmentation).
 */
export function shiftImages(X: Tensor, dx: number, dy: number): Tensor {
  const { height, width, planes } = imageShape("shiftImages", X);
  if (!Number.isInteger(dx) || !Number.isInteger(dy)) throw new Error(`shiftImages: dx and dy must be whole numbers of pixels, got ${dx} and ${dy}`);
  const out = new Float32Array(X.size);
  for (let p = 0; p < planes; p++) shiftPlane(X.data, out, p * height * width, height, width, dx, dy);
  return new Tensor(out, X.shape);
}

/**
 * Every image of X [n, ..., height, width] moved by its own random whole-pixel shift, dx and dy
 * each uniform in {−maxShift, …, maxShift} (all channels of an image move together), as
 * `shiftImages` does. Call it once per epoch with a new seed and the network never sees the same
 * training image twice. Deterministic for a `seed`. Chapter 8, Regularization (data augmentation).
 */
export function randomShifts(X: Tensor, options: RandomShiftsOptions = {}): Tensor {
  const { maxShift = 2, seed = 0 } = options;
  const { height, width, planes } = imageShape("randomShifts", X);
  if (!Number.isInteger(maxShift) || maxShift < 0) throw new Error(`randomShifts: maxShift must be a whole number ≥ 0, got ${String(maxShift)}`);
  if (X.ndim < 3) throw new Error(`randomShifts: expected a batch of images [n, ..., height, width], got ${formatShape(X.shape)} — for flat digits load them with shape: "image"`);
  const gen = new Generator(seed);
  const perImage = planes / X.shape[0];
  const out = new Float32Array(X.size);
  for (let n = 0; n < X.shape[0]; n++) {
    const dx = gen.randint(2 * maxShift + 1) - maxShift, dy = gen.randint(2 * maxShift + 1) - maxShift;
    for (let c = 0; c < perImage; c++) shiftPlane(X.data, out, (n * perImage + c) * height * width, height, width, dx, dy);
  }
  return new Tensor(out, X.shape);
}

function imageShape(op: string, X: Tensor): { height: number; width: number; planes: number } {
  if (!(X instanceof Tensor)) throw new Error(`${op}: X must be a Tensor of images`);
  if (X.ndim < 2) throw new Error(`${op}: expected images [..., height, width], got ${formatShape(X.shape)}`);
  const [height, width] = X.shape.slice(-2);
  return { height, width, planes: X.size / (height * width) };
}

function shiftPlane(src: Float32Array, out: Float32Array, offset: number, height: number, width: number, dx: number, dy: number): void {
  for (let i = Math.max(0, dy); i < Math.min(height, height + dy); i++) {
    const from = offset + (i - dy) * width, to = offset + i * width;
    for (let j = Math.max(0, dx); j < Math.min(width, width + dx); j++) out[to + j] = src[from + j - dx];
  }
}
