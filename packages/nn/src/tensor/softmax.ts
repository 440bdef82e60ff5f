import type { Tensor } from "./tensor.ts";
import { accumulateGrad, opResult } from "../autograd/graph.ts";
import { lanesOf, type Lanes } from "./lanes.ts";
import { floats } from "./precision.ts";
import { resolveDim, type DimOptions } from "./dim.ts";

/**
 * softmax(x)_i = e^{x_i − m} / \sum_j e^{x_j − m} along `dim` (the last by default; `{ dim }` or `{ axis }` by name), with
 * m = \max_j x_j subtracted first so no e^{…} overflows (the result is unchanged).
 * Backward: \bar{x}_i = y_i (\bar{y}_i − \sum_j \bar{y}_j y_j). Like `torch.softmax`.
 * Chapter 3, Losses (softmax and stability).
 */
export function softmax(a: Tensor, dim: number | DimOptions = -1): Tensor {
  const lanes = lanesOf("softmax", a.shape, resolveDim("softmax", dim) ?? -1);
  const y = floats(a.size);
  forEachLane(lanes, (at) => {
    const lse = logSumExp(a.data, lanes.n, at);
    for (let k = 0; k < lanes.n; k++) y[at(k)] = Math.exp(a.data[at(k)] - lse);
  });
  return opResult("softmax", y, a.shape, [a], (g) => {
    const ga = floats(a.size);
    forEachLane(lanes, (at) => {
      let dot = 0;
      for (let k = 0; k < lanes.n; k++) dot += g[at(k)] * y[at(k)];
      for (let k = 0; k < lanes.n; k++) ga[at(k)] = y[at(k)] * (g[at(k)] - dot);
    });
    accumulateGrad(a, ga);
  });
}

/**
 * log softmax(x)_i = x_i − \log \sum_j e^{x_j}, computed as x_i − m − \log \sum_j e^{x_j − m}
 * (m the max) along `dim` (as `softmax`), which stays finite where log(softmax(x)) would give −Infinity.
 * Backward: \bar{x}_i = \bar{y}_i − softmax(x)_i \sum_j \bar{y}_j. Like `torch.log_softmax`.
 * Chapter 3, Losses (cross-entropy from logits).
 */
export function logSoftmax(a: Tensor, dim: number | DimOptions = -1): Tensor {
  const lanes = lanesOf("logSoftmax", a.shape, resolveDim("logSoftmax", dim) ?? -1);
  const y = floats(a.size);
  forEachLane(lanes, (at) => {
    const lse = logSumExp(a.data, lanes.n, at);
    for (let k = 0; k < lanes.n; k++) y[at(k)] = a.data[at(k)] - lse;
  });
  return opResult("logSoftmax", y, a.shape, [a], (g) => {
    const ga = floats(a.size);
    forEachLane(lanes, (at) => {
      let total = 0;
      for (let k = 0; k < lanes.n; k++) total += g[at(k)];
      for (let k = 0; k < lanes.n; k++) ga[at(k)] = g[at(k)] - Math.exp(y[at(k)]) * total;
    });
    accumulateGrad(a, ga);
  });
}

/** log \sum_k e^{x_k} over one lane, in float64, shifted by the lane's max. */
export function logSumExp(x: Float32Array, n: number, at: (k: number) => number): number {
  let m = -Infinity;
  for (let k = 0; k < n; k++) if (x[at(k)] > m) m = x[at(k)];
  if (m === -Infinity || m === Infinity) return m; // all −∞ (or a +∞): no finite shift exists
  let s = 0;
  for (let k = 0; k < n; k++) s += Math.exp(x[at(k)] - m);
  return m + Math.log(s);
}

/** Call `fn` once per lane with the map from a position along the lane to the flat index. */
export function forEachLane(lanes: Lanes, fn: (at: (k: number) => number) => void): void {
  const { outer, n, inner } = lanes;
  for (let o = 0; o < outer; o++) {
    for (let i = 0; i < inner; i++) {
      const base = o * n * inner + i;
      fn((k) => base + k * inner);
    }
  }
}
