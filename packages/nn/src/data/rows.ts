import { Tensor } from "../tensor/tensor.ts";
import { formatShape } from "../tensor/shape.ts";

/** The rows (first-dimension entries) of `t` at `indices`, in that order, as a new tensor. Internal. */
export function takeRows(t: Tensor, indices: ArrayLike<number>): Tensor {
  const rowSize = t.shape.length === 0 ? 1 : t.size / t.shape[0];
  const out = new Float32Array(indices.length * rowSize);
  const src = t.data;
  for (let i = 0; i < indices.length; i++) {
    const start = indices[i] * rowSize;
    out.set(src.subarray(start, start + rowSize), i * rowSize);
  }
  return new Tensor(out, [indices.length, ...t.shape.slice(1)]);
}

/** Check `X` and `y` are tensors with the same first dimension (one label per example). Internal. */
export function checkPair(op: string, X: unknown, y: unknown): void {
  if (!(X instanceof Tensor) || !(y instanceof Tensor)) {
    throw new Error(`${op}: X and y must be tensors, got ${describe(X)} and ${describe(y)}`);
  }
  if (X.ndim === 0 || y.ndim === 0 || X.shape[0] !== y.shape[0]) {
    throw new Error(`${op}: X ${formatShape(X.shape)} and y ${formatShape(y.shape)} must have the same first dimension (one row per example)`);
  }
}

function describe(v: unknown): string {
  return v instanceof Tensor ? `Tensor ${formatShape(v.shape)}` : v === null ? "null" : typeof v;
}

/** 0, 1, …, n−1. Internal. */
export function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}
