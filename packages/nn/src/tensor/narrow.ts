import type { Tensor } from "./tensor.ts";
import { accumulateGrad, opResult } from "../autograd/graph.ts";
import { formatShape } from "./shape.ts";
import { lanesOf } from "./lanes.ts";
import { floats } from "./precision.ts";

/**
 * The `length` consecutive entries of dimension `dim` starting at `start` (negative counts from
 * the end), e.g. a mini-batch `x.narrow(0, 32, 32)`. Backward: the gradient is copied into that
 * window, zero elsewhere. Like `torch.narrow` (but the data is copied, not shared).
 * Chapter 7, Batching.
 */
export function narrow(a: Tensor, dim: number, start: number, length: number): Tensor {
  if (a.ndim === 0) throw new Error("narrow: a scalar (shape []) has no dimension to narrow");
  const lanes = lanesOf("narrow", a.shape, dim);
  const size = lanes.n;
  if (!Number.isInteger(start) || !Number.isInteger(length)) {
    throw new Error(`narrow: start and length must be integers, got ${start} and ${length}`);
  }
  const s = start < 0 ? start + size : start;
  if (s < 0 || length < 0 || s + length > size) {
    throw new Error(
      `narrow: start ${start} and length ${length} do not fit dimension ${lanes.axis} of size ${size} (shape ${formatShape(a.shape)})`,
    );
  }
  const shape = a.shape.map((d, j) => (j === lanes.axis ? length : d));
  const block = length * lanes.inner; // values per outer slab, contiguous in input and output
  const out = floats(lanes.outer * block);
  const offset = (o: number) => (o * size + s) * lanes.inner;
  for (let o = 0; o < lanes.outer; o++) out.set(a.data.subarray(offset(o), offset(o) + block), o * block);
  return opResult("narrow", out, shape, [a], (g) => {
    const ga = floats(a.size);
    for (let o = 0; o < lanes.outer; o++) ga.set(g.subarray(o * block, (o + 1) * block), offset(o));
    accumulateGrad(a, ga);
  });
}

/**
 * Rows `start` up to (not including) `end` of the first dimension, with JavaScript's
 * `Array.prototype.slice` rules: negative values count from the end, out-of-range values are
 * clamped, `end` defaults to the size. `x.slice(0, 32)` is Python's `x[0:32]`.
 * Built on `narrow`. Chapter 7, Batching.
 */
export function slice(a: Tensor, start = 0, end?: number): Tensor {
  if (a.ndim === 0) throw new Error("slice: a scalar (shape []) has no rows to slice");
  if (!Number.isInteger(start) || (end !== undefined && !Number.isInteger(end))) {
    throw new Error(`slice: start and end must be integers, got ${start} and ${String(end)}`);
  }
  const n = a.shape[0];
  const clampIndex = (i: number) => Math.min(Math.max(i < 0 ? i + n : i, 0), n);
  const s = clampIndex(start), e = clampIndex(end ?? n);
  return narrow(a, 0, s, Math.max(e - s, 0));
}
