import { tensor } from "../tensor/create.ts";
import { Generator } from "../random.ts";
import type { Dataset } from "./logic.ts";

export interface LinearlySeparableOptions {
  /** Seed of the data set's own generator (the global one is left untouched). */
  seed?: number;
  /** Distance from the boundary to the nearest point (the margin γ of the perceptron theorem), at most 0.7. */
  margin?: number;
}

/** A linearly separable data set, with the line its labels came from. */
export interface SeparableDataset extends Dataset {
  /** The true boundary w·x + b = 0, with ‖w‖ = 1; points with w·x + b > 0 have label 1. */
  boundary: { w: [number, number]; b: number };
}

/**
 * `n` points uniform in [−1, 1]², labelled by a random line w·x + b = 0 (label 1 where
 * w·x + b > 0), with no point closer than `margin` to the line; the two classes alternate, so they are
 * balanced. The perceptron rule is guaranteed to converge on such data.
 * Deterministic for a given `seed`. Chapter 1, The perceptron.
 */
export function linearlySeparable(n = 40, options: LinearlySeparableOptions = {}): SeparableDataset {
  const { seed = 0, margin = 0.3 } = options;
  if (!Number.isInteger(n) || n < 1) throw new Error(`linearlySeparable: n must be a positive integer, got ${n}`);
  // Every direction reaches at least 1 into the square, so margin + |b| < 1 always leaves room.
  if (!(margin >= 0 && margin <= 0.7)) throw new Error(`linearlySeparable: margin must be in [0, 0.7], got ${margin}`);
  const gen = new Generator(seed);
  // A random direction (a normalised Gaussian pair) and an offset keeping the line near the centre.
  let w1 = 0, w2 = 0;
  while (w1 === 0 && w2 === 0) [w1, w2] = [gen.normal(), gen.normal()];
  const norm = Math.hypot(w1, w2);
  [w1, w2] = [w1 / norm, w2 / norm];
  const b = gen.uniform(-0.25, 0.25);
  const X: number[][] = [];
  const y: number[] = [];
  for (let i = 0; i < n; i++) {
    const label = i % 2;
    for (let tries = 0; ; tries++) {
      if (tries > 100000) throw new Error(`linearlySeparable: could not place a point with margin ${margin}`);
      const x1 = gen.uniform(-1, 1), x2 = gen.uniform(-1, 1);
      const d = w1 * x1 + w2 * x2 + b; // signed distance to the line, since ‖w‖ = 1
      if (Math.abs(d) >= margin && (d > 0 ? 1 : 0) === label) {
        X.push([x1, x2]);
        y.push(label);
        break;
      }
    }
  }
  return { X: tensor(X), y: tensor(y), boundary: { w: [w1, w2], b } };
}
