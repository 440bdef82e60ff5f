import type { Tensor } from "./tensor.ts";
import { accumulateGrad, opResult } from "../autograd/graph.ts";
import { broadcastIndex, expandTo } from "./broadcast.ts";
import { normalizeAxis, sizeOf, type Shape } from "./shape.ts";
import { div } from "./arithmetic.ts";
import { floatsFrom } from "./precision.ts";
import { resolveReduce, type ReduceOptions } from "./dim.ts";

/** Which dimensions a reduction runs over: one axis, several, or (undefined) all of them. */
export type Axis = number | readonly number[] | undefined | null;

/**
 * Sum over `dim` (all values when omitted): s = \sum_i x_i. Reduced dimensions are dropped, or
 * kept with size 1 when `keepdim`. By position or by name: `sum(a, 1, true)` = `sum(a, { dim: 1, keepdim: true })`
 * (`axis`, `keepDims` are aliases). Backward: every x_i receives \bar{s} (∂s/∂x_i = 1).
 * Chapter 1, The perceptron (the weighted sum); Chapter 3, Losses.
 */
export function sum(a: Tensor, dim?: Axis | ReduceOptions, keepdim = false): Tensor {
  const named = resolveReduce("sum", dim, keepdim);
  const { kept, out } = reducedShapes("sum", a.shape, named.dim, named.keepdim);
  const map = broadcastIndex(a.shape, kept);
  const acc = new Float64Array(sizeOf(kept)); // float64 accumulator: one rounding at the end
  const x = a.data;
  if (map === null) acc.set(x);
  else for (let i = 0; i < x.length; i++) acc[map[i]] += x[i];
  return opResult("sum", floatsFrom(acc), out, [a], (g) => accumulateGrad(a, expandTo(g, kept, a.shape)));
}

/**
 * Mean over `dim` (all values when omitted; arguments as `sum`): \bar{x} = \frac{1}{n} \sum_i x_i, built as a sum
 * divided by the count. Chapter 3, Losses (mean reduction).
 */
export function mean(a: Tensor, dim?: Axis | ReduceOptions, keepdim = false): Tensor {
  const named = resolveReduce("mean", dim, keepdim);
  const s = sum(a, named.dim, named.keepdim);
  return div(s, a.size / s.size);
}

/** The shape with reduced dimensions set to 1 (`kept`) and the shape returned (`out`). */
function reducedShapes(op: string, shape: Shape, axis: Axis, keepDims: boolean): { kept: number[]; out: number[] } {
  const ndim = shape.length;
  let axes: number[];
  if (axis === undefined || axis === null) axes = shape.map((_, i) => i);
  else if (typeof axis === "number") axes = [normalizeAxis(op, axis, ndim, shape)];
  else if (Array.isArray(axis)) axes = axis.map((d: number) => normalizeAxis(op, d, ndim, shape));
  else throw new Error(`${op}: axis must be a number or an array of numbers, got ${typeof axis}`);
  if (new Set(axes).size !== axes.length) throw new Error(`${op}: axis ${String(axis)} repeats a dimension`);
  const kept = shape.map((d, i) => (axes.includes(i) ? 1 : d));
  const out = keepDims ? kept : shape.filter((_, i) => !axes.includes(i));
  return { kept, out };
}
