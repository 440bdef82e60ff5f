import type { Tensor } from "./tensor.ts";
import { accumulateGrad, opResult } from "../autograd/graph.ts";
import { formatShape } from "./shape.ts";
import { reshape } from "./view.ts";
import { gemm, gemmNT, gemmTN } from "../kernels/matmul.ts";
import { floats } from "./precision.ts";

/**
 * Matrix product C = AB, C_{ij} = \sum_p A_{ip} B_{pj}, for A [n,k] and B [k,m]; a 1-D operand is
 * a vector: [k] @ [k,m] → [m], [n,k] @ [k] → [n], [k] @ [k] → [] (the dot product).
 * Backward: \bar{A} = \bar{C} B^T, \bar{B} = A^T \bar{C}.
 * Chapter 2, The forward pass (layers in matrix form); Chapter 4, Backpropagation (matrix backprop).
 */
export function matmul(a: Tensor, b: Tensor): Tensor {
  const shapes = `${formatShape(a.shape)} x ${formatShape(b.shape)}`;
  if (a.ndim < 1 || a.ndim > 2 || b.ndim < 1 || b.ndim > 2) {
    throw new Error(`matmul: ${shapes} — only 1-D and 2-D operands are supported`);
  }
  const k = a.shape[a.ndim - 1];
  const kb = b.shape[0];
  if (k !== kb) throw new Error(`matmul: ${shapes} — inner sizes ${k} and ${kb} differ`);
  if (a.ndim === 2 && b.ndim === 2) return matmul2d(a, b);
  // Vectors become a one-row or one-column matrix, and the added dimension is dropped again.
  const a2 = a.ndim === 1 ? reshape(a, [1, k]) : a;
  const b2 = b.ndim === 1 ? reshape(b, [k, 1]) : b;
  const outShape = [...(a.ndim === 2 ? [a.shape[0]] : []), ...(b.ndim === 2 ? [b.shape[1]] : [])];
  return reshape(matmul2d(a2, b2), outShape);
}

function matmul2d(a: Tensor, b: Tensor): Tensor {
  const [n, k] = a.shape;
  const m = b.shape[1];
  const A = a.data, B = b.data;
  return opResult("matmul", gemm(A, B, n, k, m), [n, m], [a, b], (g) => {
    if (a.requiresGrad) accumulateGrad(a, gemmNT(g, B, n, m, k)); // \bar{C} B^T
    if (b.requiresGrad) accumulateGrad(b, gemmTN(A, g, k, n, m)); // A^T \bar{C}
  });
}

/** [n,k] @ [k,m] on flat row-major arrays, summed in float64 and rounded once (see kernels/matmul.ts). */
export { gemm };

/** The transpose of a flat row-major [rows, cols] matrix. */
export function transpose2d(x: Float32Array, rows: number, cols: number): Float32Array {
  const out = floats(x.length);
  for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) out[j * rows + i] = x[i * cols + j];
  return out;
}
