import { normalizeAxis, sizeOf, type Shape } from "./shape.ts";

/**
 * A tensor seen as `outer` × `n` × `inner` around one axis: the values along `axis` at
 * (o, ·, i) sit at flat index (o·n + k)·inner + i for k = 0…n−1. Ops that work along one axis
 * (max, softmax, narrow, indexSelect) loop over these lanes instead of permuting the data.
 */
export interface Lanes {
  axis: number;
  outer: number;
  n: number;
  inner: number;
}

export function lanesOf(op: string, shape: Shape, axis: number): Lanes {
  const d = normalizeAxis(op, axis, shape.length, shape);
  return { axis: d, outer: sizeOf(shape.slice(0, d)), n: shape[d], inner: sizeOf(shape.slice(d + 1)) };
}
