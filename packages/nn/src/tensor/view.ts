import type { Tensor } from "./tensor.ts";
import { accumulateGrad, opResult } from "../autograd/graph.ts";
import { formatShape, normalizeAxis, sizeOf, stridesOf, type Shape } from "./shape.ts";
import { floats, floatsFrom } from "./precision.ts";

/**
 * The same values in row-major order under a new shape; one size may be −1, inferred from the
 * rest. Backward: the gradient is reshaped back. Unlike PyTorch's view, the data is copied.
 * Chapter 2, The forward pass (shapes).
 */
export function reshape(a: Tensor, shape: Shape): Tensor {
  const target = resolveShape(a.shape, shape);
  return opResult("reshape", floatsFrom(a.data), target, [a], (g) => accumulateGrad(a, g));
}

function resolveShape(from: Shape, shape: Shape): number[] {
  const fail = (why: string) => new Error(`reshape: cannot reshape ${formatShape(from)} into ${formatShape(shape)} — ${why}`);
  if (!Array.isArray(shape)) throw new Error(`reshape: shape must be an array of sizes, got ${String(shape)}`);
  const size = sizeOf(from);
  const unknown = shape.indexOf(-1);
  if (shape.some((d, i) => !Number.isInteger(d) || d < -1 || (d === -1 && i !== unknown))) {
    throw fail("sizes must be non-negative integers, with at most one -1");
  }
  if (unknown === -1) {
    if (sizeOf(shape) !== size) throw fail(`${size} values do not fit ${sizeOf(shape)}`);
    return shape.slice();
  }
  const known = sizeOf(shape.filter((d) => d !== -1));
  if (known === 0 || size % known !== 0) throw fail(`${size} values do not divide into ${known}s`);
  return shape.map((d) => (d === -1 ? size / known : d));
}

/**
 * Swap dimensions `dim0` and `dim1` (by default the last two: the matrix transpose, (A^T)_{ij} =
 * A_{ji}). Backward: the gradient is swapped back. A 0-D or 1-D tensor is returned unchanged
 * (copied), as PyTorch's `t()` does. Chapter 2, The forward pass.
 */
export function transpose(a: Tensor, dim0?: number, dim1?: number): Tensor {
  if ((dim0 === undefined) !== (dim1 === undefined)) {
    throw new Error("transpose: give both dimensions to swap, or neither (the last two)");
  }
  if (dim0 === undefined && a.ndim < 2) return reshape(a, a.shape);
  const d0 = normalizeAxis("transpose", dim0 ?? -2, a.ndim, a.shape);
  const d1 = normalizeAxis("transpose", dim1 ?? -1, a.ndim, a.shape);
  const perm = a.shape.map((_, i) => (i === d0 ? d1 : i === d1 ? d0 : i));
  const outShape = perm.map((p) => a.shape[p]);
  return opResult("transpose", permute(a.data, a.shape, perm), outShape, [a], (g) =>
    accumulateGrad(a, permute(g, outShape, perm)),
  );
}

/** Reorder dimensions: output dimension i is input dimension perm[i] (flat, row-major). */
function permute(data: Float32Array, shape: Shape, perm: readonly number[]): Float32Array {
  const n = shape.length;
  const inStrides = stridesOf(shape);
  const outShape = perm.map((p) => shape[p]);
  const strides = perm.map((p) => inStrides[p]); // input step for a step along each output dim
  const out = floats(data.length);
  const counter = new Array<number>(n).fill(0);
  let offset = 0;
  for (let i = 0; i < out.length; i++) {
    out[i] = data[offset];
    for (let k = n - 1; k >= 0; k--) {
      counter[k]++;
      offset += strides[k];
      if (counter[k] < outShape[k]) break;
      offset -= strides[k] * outShape[k];
      counter[k] = 0;
    }
  }
  return out;
}
