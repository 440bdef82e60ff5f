// The decision surface: the model's probability of class 1 on a coarse grid over the figure's
// square, from one batched forward pass in evaluation mode. Pure: no DOM.
import { tensor } from "@nnbook/nn";
import { logitsOf } from "./model.ts";
import type { Network } from "./network.ts";

/** Cells per side of the surface's grid. */
export const GRID = 40;

/** The centre of cell i of n across [lo, hi]. */
export function cellCentre(i: number, n: number, [lo, hi]: readonly [number, number]): number {
  return lo + ((i + 0.5) / n) * (hi - lo);
}

/**
 * P(class 1) at the centre of every cell, row-major, the top row (largest x₂) first, so it reads
 * as an image. A logit that is not a finite number gives 0.5 (drawn as undecided, never as NaN).
 */
export function decisionSurface(network: Network, extent: readonly [number, number], n = GRID): Float32Array {
  const cells: number[][] = [];
  for (let row = 0; row < n; row++) {
    const x2 = cellCentre(n - 1 - row, n, extent);
    for (let col = 0; col < n; col++) cells.push([cellCentre(col, n, extent), x2]);
  }
  const z = logitsOf(network, tensor(cells));
  return Float32Array.from(z, (v) => (Number.isFinite(v) ? 1 / (1 + Math.exp(-v)) : 0.5));
}
