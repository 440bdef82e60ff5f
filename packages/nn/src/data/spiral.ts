import { Generator } from "../random.ts";
import type { Dataset } from "./logic.ts";
import { checkCount, checkNonNegative, finish, linspace } from "./points.ts";

export interface SpiralOptions {
  /** Number of arms, one class each (labels 0 … classes − 1), at least 2. */
  classes?: number;
  /** Std of the Gaussian noise added to each point's angle (radians), as in CS231n's spiral. */
  noise?: number;
  /** Seed of the data set's own generator (the global one is left untouched). */
  seed?: number;
}

/**
 * Interleaved spiral arms, CS231n's classic: arm k has radius r evenly in [0, 1] and angle
 * t = 4k + 4r + N(0, noise²), point r·(sin t, cos t); n points split as evenly as possible over
 * the arms (the first arms take the remainder), rows shuffled. Deterministic for a `seed`.
 * Chapter 2, The forward pass; Chapter 3, Losses (more than two classes).
 */
export function spiral(n = 300, options: SpiralOptions = {}): Dataset {
  const { classes = 3, noise = 0.2, seed = 0 } = options;
  checkCount("spiral", n);
  checkNonNegative("spiral", "noise", noise);
  if (!Number.isInteger(classes) || classes < 2) throw new Error(`spiral: classes must be an integer ≥ 2, got ${String(classes)}`);
  const gen = new Generator(seed);
  const points: Array<[number, number]> = [], labels: number[] = [];
  for (let k = 0; k < classes; k++) {
    const count = Math.floor(n / classes) + (k < n % classes ? 1 : 0);
    for (const r of linspace(0, 1, count)) {
      const t = 4 * k + 4 * r + (noise > 0 ? noise * gen.normal() : 0);
      points.push([r * Math.sin(t), r * Math.cos(t)]);
      labels.push(k);
    }
  }
  return finish(points, labels, 0, gen); // the noise went into the angle
}
