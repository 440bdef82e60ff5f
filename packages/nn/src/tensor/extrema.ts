import { Tensor } from "./tensor.ts";
import { accumulateGrad, opResult } from "../autograd/graph.ts";
import { formatShape } from "./shape.ts";
import { lanesOf, type Lanes } from "./lanes.ts";
import { floats, floatsFrom } from "./precision.ts";
import { resolveReduce, type ReduceOptions } from "./dim.ts";

/** One dimension by position, or `{ dim, keepdim }` by name (`axis`, `keepDims` are aliases). */
type OneDim = number | ReduceOptions<number>;

/**
 * The largest value, over all values or along `dim`: m = \max_i x_i. Backward: the gradient
 * goes to the position of the maximum, ∂m/∂x_i = 1 for i = argmax and 0 elsewhere; on a tie the
 * first such position wins, as in PyTorch's `max(dim)`. (PyTorch's `max()` over all values
 * splits the gradient among ties instead; here both forms pick the first.)
 * Chapter 3, Losses (the shift that makes softmax stable); Chapter 9, CNNs (max pooling).
 */
export function max(a: Tensor, dim?: OneDim, keepdim = false): Tensor {
  return extremum("max", a, dim, keepdim, (v, best) => v > best);
}

/** The smallest value, min_i a_i, over all values or along `dim`; gradient to the first minimum, like `max`. Like `torch.min`. Chapter 3, Losses. */
export function min(a: Tensor, dim?: OneDim, keepdim = false): Tensor {
  return extremum("min", a, dim, keepdim, (v, best) => v < best);
}

/**
 * The index of the largest value along `dim` (of the flattened values when omitted), as a
 * float32 tensor of integers; the first index on a tie. Not differentiable: an index has no
 * gradient. Like `torch.argmax`. Chapter 3, Losses (the predicted class); Chapter 10, Practice.
 */
export function argmax(a: Tensor, dim?: OneDim, keepdim = false): Tensor {
  const { index, shape } = arg("argmax", a, dim, keepdim, (v, best) => v > best);
  return new Tensor(floatsFrom(index), shape);
}

/** The index of the smallest value, argmin_i a_i, along `dim`; like `argmax` (no gradient). Like `torch.argmin`. Chapter 10, Practice. */
export function argmin(a: Tensor, dim?: OneDim, keepdim = false): Tensor {
  const { index, shape } = arg("argmin", a, dim, keepdim, (v, best) => v < best);
  return new Tensor(floatsFrom(index), shape);
}

function extremum(op: string, a: Tensor, dim: OneDim | undefined, keepdim: boolean, better: Better): Tensor {
  const { index, shape, lanes } = arg(op, a, dim, keepdim, better);
  const x = a.data;
  const flat = new Int32Array(index.length); // flat position in `a` of each chosen value
  const out = floats(index.length);
  for (let j = 0; j < index.length; j++) {
    const o = Math.floor(j / lanes.inner), i = j % lanes.inner;
    flat[j] = (o * lanes.n + index[j]) * lanes.inner + i;
    out[j] = x[flat[j]];
  }
  return opResult(op, out, shape, [a], (g) => {
    const ga = floats(a.size);
    for (let j = 0; j < g.length; j++) ga[flat[j]] += g[j];
    accumulateGrad(a, ga);
  });
}

type Better = (v: number, best: number) => boolean;

/** The winning index along the lane for each output position. NaN wins, as in PyTorch. */
function arg(op: string, a: Tensor, dim: OneDim | undefined, keepdim: boolean, better: Better) {
  const { dim: axis, keepdim: keepDims } = resolveReduce(op, dim, keepdim);
  if (axis !== undefined && axis !== null && typeof axis !== "number") {
    throw new Error(`${op}: axis must be one number (or omitted for all values), got ${JSON.stringify(axis)}`);
  }
  if (a.size === 0) throw new Error(`${op}: tensor of shape ${formatShape(a.shape)} is empty, so it has no ${op.replace("arg", "")}`);
  const all = axis === undefined || axis === null;
  const lanes: Lanes = all ? { axis: 0, outer: 1, n: a.size, inner: 1 } : lanesOf(op, a.shape, axis);
  if (!all && lanes.n === 0) {
    throw new Error(`${op}: axis ${axis} of shape ${formatShape(a.shape)} has size 0, so it has no ${op.replace("arg", "")}`);
  }
  const x = a.data;
  const index = new Int32Array(lanes.outer * lanes.inner);
  for (let o = 0; o < lanes.outer; o++) {
    for (let i = 0; i < lanes.inner; i++) {
      const base = o * lanes.n * lanes.inner + i;
      let best = x[base], k = 0;
      for (let c = 1; c < lanes.n && !Number.isNaN(best); c++) {
        const v = x[base + c * lanes.inner];
        if (better(v, best) || Number.isNaN(v)) [best, k] = [v, c];
      }
      index[o * lanes.inner + i] = k;
    }
  }
  let shape: number[];
  if (all) shape = keepDims ? a.shape.map(() => 1) : [];
  else shape = keepDims ? a.shape.map((d, j) => (j === lanes.axis ? 1 : d)) : a.shape.filter((_, j) => j !== lanes.axis);
  return { index, shape, lanes };
}
