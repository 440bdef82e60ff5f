import { Tensor } from "../tensor/tensor.ts";
import type { Generator } from "../random.ts";
import type { Dataset } from "./logic.ts";

/** Check `n` is a positive integer, naming the generator. Internal. */
export function checkCount(op: string, n: unknown): number {
  if (typeof n !== "number" || !Number.isInteger(n) || n < 1) throw new Error(`${op}: n must be a positive integer, got ${String(n)}`);
  return n;
}

/** Check an option is a finite number ≥ 0, naming the generator and the option. Internal. */
export function checkNonNegative(op: string, name: string, v: unknown): number {
  if (typeof v !== "number" || !Number.isFinite(v) || v < 0) throw new Error(`${op}: ${name} must be a finite number ≥ 0, got ${String(v)}`);
  return v;
}

/** n evenly spaced numbers from start to stop, as NumPy's `linspace` (stop included unless `endpoint` is false). */
export function linspace(start: number, stop: number, n: number, endpoint = true): number[] {
  const div = endpoint ? n - 1 : n;
  const step = div > 0 ? (stop - start) / div : 0;
  return Array.from({ length: n }, (_, i) => start + i * step);
}

/**
 * Points and labels → a shuffled 2-D data set: Gaussian noise of std `noise` added to each
 * coordinate, then the rows shuffled (as sklearn's generators do), all from `gen`. Internal.
 */
export function finish(points: Array<[number, number]>, labels: number[], noise: number, gen: Generator): Dataset {
  const n = points.length;
  const order = gen.shuffle(Array.from({ length: n }, (_, i) => i));
  const X = new Float32Array(2 * n), y = new Float32Array(n);
  order.forEach((src, i) => {
    const [a, b] = points[src];
    X[2 * i] = noise > 0 ? a + noise * gen.normal() : a;
    X[2 * i + 1] = noise > 0 ? b + noise * gen.normal() : b;
    y[i] = labels[src];
  });
  return { X: new Tensor(X, [n, 2]), y: new Tensor(y, [n]) };
}
