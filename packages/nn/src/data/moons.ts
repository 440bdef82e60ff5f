import { Generator } from "../random.ts";
import type { Dataset } from "./logic.ts";
import { checkCount, checkNonNegative, finish, linspace } from "./points.ts";

export interface MoonsOptions {
  /** Std of the Gaussian noise added to each coordinate. */
  noise?: number;
  /** Seed of the data set's own generator (the global one is left untouched). */
  seed?: number;
}

/**
 * Two interleaving half circles: ⌊n/2⌋ points (cos θ, sin θ) for θ evenly in [0, π] (label 0) and
 * the rest (1 − cos θ, ½ − sin θ) (label 1), plus N(0, noise²) per coordinate, rows shuffled.
 * Like sklearn's `make_moons`. Deterministic for a `seed`. Chapter 2, The forward pass.
 */
export function moons(n = 100, options: MoonsOptions = {}): Dataset {
  const { noise = 0.1, seed = 0 } = options;
  checkCount("moons", n);
  checkNonNegative("moons", "noise", noise);
  const nOut = Math.floor(n / 2), nIn = n - nOut;
  const points: Array<[number, number]> = [], labels: number[] = [];
  for (const t of linspace(0, Math.PI, nOut)) points.push([Math.cos(t), Math.sin(t)]), labels.push(0);
  for (const t of linspace(0, Math.PI, nIn)) points.push([1 - Math.cos(t), 0.5 - Math.sin(t)]), labels.push(1);
  return finish(points, labels, noise, new Generator(seed));
}
