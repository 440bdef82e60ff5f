// The loss surfaces the optimizers race on: each a function of two scalar engine tensors, so the
// engine's autograd gives the gradient and its optimizers take the steps.
import type { Tensor } from "@nnbook/nn";

export const SURFACE_NAMES = ["valley", "rosenbrock", "saddle", "two-minima"] as const;
export type SurfaceName = (typeof SURFACE_NAMES)[number];

export interface Surface {
  /** The loss at (x, y), built from engine ops so that backward() reaches x and y. */
  loss(x: Tensor, y: Tensor): Tensor;
  /** The same loss on plain numbers, for the contour grid (no graph needed there). */
  value(x: number, y: number): number;
  /** The plotted window [xMin, xMax, yMin, yMax]. */
  window: readonly [number, number, number, number];
  /** Where a race starts by default. */
  start: readonly [number, number];
  /** The minima, marked on the figure. */
  minima: readonly (readonly [number, number])[];
  /** Learning rates that work here, in the order sgd, momentum, nesterov, rmsprop, adam. */
  rates: readonly [number, number, number, number, number];
}

export const SURFACES: Record<SurfaceName, Surface> = {
  // ½(x² + 20y²): condition number 20, the valley of chapter 6
  valley: {
    loss: (x, y) => x.pow(2).add(y.pow(2).mul(20)).mul(0.5),
    value: (x, y) => 0.5 * (x * x + 20 * y * y),
    window: [-3, 3, -1.5, 1.5],
    start: [-2.5, 1],
    minima: [[0, 0]],
    rates: [0.09, 0.02, 0.02, 0.05, 0.1],
  },
  // (1 − x)² + 100(y − x²)²: a curved, flat-bottomed valley with its minimum at (1, 1)
  rosenbrock: {
    loss: (x, y) => x.neg().add(1).pow(2).add(y.sub(x.pow(2)).pow(2).mul(100)),
    value: (x, y) => (1 - x) ** 2 + 100 * (y - x * x) ** 2,
    window: [-2, 2, -1, 3],
    start: [-1.5, 2],
    minima: [[1, 1]],
    rates: [0.0015, 0.0005, 0.0005, 0.01, 0.05],
  },
  // ½(x² − y²) + y⁴/4: a saddle at the origin between minima at (0, ±1)
  saddle: {
    loss: (x, y) => x.pow(2).sub(y.pow(2)).mul(0.5).add(y.pow(4).mul(0.25)),
    value: (x, y) => 0.5 * (x * x - y * y) + y ** 4 / 4,
    window: [-2, 2, -2, 2],
    start: [-1.8, 0.01],
    minima: [[0, -1], [0, 1]],
    rates: [0.1, 0.05, 0.05, 0.02, 0.05],
  },
  // (x² − 1)² + y² + 0.3x: two minima near x = ±1, the left one deeper
  "two-minima": {
    loss: (x, y) => x.pow(2).sub(1).pow(2).add(y.pow(2)).add(x.mul(0.3)),
    value: (x, y) => (x * x - 1) ** 2 + y * y + 0.3 * x,
    window: [-2, 2, -1.5, 1.5],
    start: [1.8, 1.2],
    minima: [[-1.036, 0], [0.96, 0]],
    rates: [0.05, 0.02, 0.02, 0.02, 0.05],
  },
};

export function isSurfaceName(name: unknown): name is SurfaceName {
  return (SURFACE_NAMES as readonly unknown[]).includes(name);
}
