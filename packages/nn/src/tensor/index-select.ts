import { Tensor } from "./tensor.ts";
import { accumulateGrad, opResult } from "../autograd/graph.ts";
import { formatShape } from "./shape.ts";
import { lanesOf } from "./lanes.ts";
import { floats } from "./precision.ts";

/**
 * The entries of dimension `dim` at `indices`, in that order: `x.indexSelect(0, [3, 0, 3])`
 * gathers rows 3, 0 and 3 (a shuffled mini-batch). Backward: each output row's gradient is added
 * back into the row it came from, so a repeated index accumulates.
 * Like `torch.index_select`. Chapter 7, Batching.
 */
export function indexSelect(a: Tensor, dim: number, indices: readonly number[] | Tensor): Tensor {
  if (a.ndim === 0) throw new Error("indexSelect: a scalar (shape []) has no dimension to select from");
  const lanes = lanesOf("indexSelect", a.shape, dim);
  const idx = checkIndices(indices, lanes.n, lanes.axis, a.shape);
  const { outer, n, inner } = lanes;
  const m = idx.length;
  const shape = a.shape.map((d, j) => (j === lanes.axis ? m : d));
  const out = floats(outer * m * inner);
  for (let o = 0; o < outer; o++) {
    for (let r = 0; r < m; r++) {
      const from = (o * n + idx[r]) * inner;
      out.set(a.data.subarray(from, from + inner), (o * m + r) * inner);
    }
  }
  return opResult("indexSelect", out, shape, [a], (g) => {
    const ga = floats(a.size);
    for (let o = 0; o < outer; o++) {
      for (let r = 0; r < m; r++) {
        const to = (o * n + idx[r]) * inner, from = (o * m + r) * inner;
        for (let i = 0; i < inner; i++) ga[to + i] += g[from + i];
      }
    }
    accumulateGrad(a, ga);
  });
}

function checkIndices(indices: readonly number[] | Tensor, size: number, dim: number, shape: readonly number[]): number[] {
  let idx: number[];
  if (indices instanceof Tensor) {
    if (indices.ndim > 1) throw new Error(`indexSelect: indices must be 1-D, got shape ${formatShape(indices.shape)}`);
    idx = Array.from(indices.data);
  } else if (Array.isArray(indices)) idx = indices.slice();
  else throw new Error(`indexSelect: indices must be an array of numbers or a 1-D tensor, got ${typeof indices}`);
  for (const i of idx) {
    if (typeof i !== "number" || !Number.isInteger(i)) throw new Error(`indexSelect: index ${String(i)} is not an integer`);
    if (i < 0 || i >= size) {
      throw new Error(`indexSelect: index ${i} is out of range for dimension ${dim} of size ${size} (shape ${formatShape(shape)})`);
    }
  }
  return idx;
}
