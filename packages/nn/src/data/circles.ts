import { Generator } from "../random.ts";
import type { Dataset } from "./logic.ts";
import { checkCount, checkNonNegative, finish, linspace } from "./points.ts";

export interface CirclesOptions {
  /** Std of the Gaussian noise added to each coordinate. */
  noise?: number;
  /** Radius of the inner circle relative to the outer one (radius 1), in (0, 1). */
  factor?: number;
  /** Seed of the data set's own generator (the global one is left untouched). */
  seed?: number;
}

/**
 * Two concentric circles: ⌊n/2⌋ points evenly spaced on the unit circle (label 0) and the rest on
 * a circle of radius `factor` (label 1), (cos θ, sin θ)·r plus N(0, noise²) per coordinate, rows
 * shuffled. Like sklearn's `make_circles`. No line separates the classes; a hidden layer (or the
 * feature x₁² + x₂²) does. Deterministic for a `seed`. Chapter 2, The forward pass.
 */
export function circles(n = 100, options: CirclesOptions = {}): Dataset {
  const { noise = 0.05, factor = 0.5, seed = 0 } = options;
  checkCount("circles", n);
  checkNonNegative("circles", "noise", noise);
  if (!(typeof factor === "number" && factor > 0 && factor < 1)) throw new Error(`circles: factor must be in (0, 1), got ${String(factor)}`);
  const nOut = Math.floor(n / 2), nIn = n - nOut;
  const points: Array<[number, number]> = [], labels: number[] = [];
  for (const t of linspace(0, 2 * Math.PI, nOut, false)) points.push([Math.cos(t), Math.sin(t)]), labels.push(0);
  for (const t of linspace(0, 2 * Math.PI, nIn, false)) points.push([factor * Math.cos(t), factor * Math.sin(t)]), labels.push(1);
  return finish(points, labels, noise, new Generator(seed));
}
