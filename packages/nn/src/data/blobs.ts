import { Generator } from "../random.ts";
import type { Dataset } from "./logic.ts";
import { checkCount, checkNonNegative, finish } from "./points.ts";

export interface BlobsOptions {
  /** How many blobs (centres drawn uniformly in [−10, 10]², as sklearn), or the centres themselves. */
  centers?: number | Array<[number, number]>;
  /** Std of each blob, per coordinate. */
  std?: number;
  /** Seed of the data set's own generator (the global one is left untouched). */
  seed?: number;
}

/**
 * Isotropic Gaussian blobs: n points split as evenly as possible over the centres (the first take
 * the remainder), point = centre + N(0, std²) per coordinate, label = the centre's index, rows
 * shuffled. Like sklearn's `make_blobs`. Deterministic for a `seed`.
 * Chapter 3, Losses (classes); Chapter 10, Practice.
 */
export function blobs(n = 100, options: BlobsOptions = {}): Dataset & { centers: Array<[number, number]> } {
  const { centers = 3, std = 1, seed = 0 } = options;
  checkCount("blobs", n);
  checkNonNegative("blobs", "std", std);
  const gen = new Generator(seed);
  let cs: Array<[number, number]>;
  if (typeof centers === "number") {
    if (!Number.isInteger(centers) || centers < 1) throw new Error(`blobs: centers must be a positive integer or a list of [x, y] points, got ${centers}`);
    cs = Array.from({ length: centers }, () => [gen.uniform(-10, 10), gen.uniform(-10, 10)]);
  } else {
    const ok = Array.isArray(centers) && centers.length > 0 && centers.every((c) => Array.isArray(c) && c.length === 2 && c.every(Number.isFinite));
    if (!ok) throw new Error("blobs: centers must be a positive integer or a non-empty list of [x, y] points");
    cs = centers.map(([a, b]) => [a, b]);
  }
  const points: Array<[number, number]> = [], labels: number[] = [];
  cs.forEach((c, k) => {
    const count = Math.floor(n / cs.length) + (k < n % cs.length ? 1 : 0);
    for (let i = 0; i < count; i++) points.push([c[0], c[1]]), labels.push(k);
  });
  return { ...finish(points, labels, std, gen), centers: cs };
}
