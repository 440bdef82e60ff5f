import type { Tensor } from "./tensor.ts";
import { unary } from "./unary.ts";

/**
 * clamp(x) = min(max(x, lo), hi): values below `min` become `min`, above `max` become `max`;
 * either bound may be omitted. Derivative 1 where lo ≤ x ≤ hi (bounds included, as PyTorch)
 * and 0 where the value was cut. Like `torch.clamp`.
 * Chapter 3, Losses (keeping a probability away from 0 and 1); Chapter 5 (clipping).
 */
export function clamp(a: Tensor, min?: number, max?: number): Tensor {
  const lo = min ?? null, hi = max ?? null;
  if (lo === null && hi === null) throw new Error("clamp: give at least one of min and max");
  for (const [name, v] of [["min", lo], ["max", hi]] as const) {
    if (v !== null && (typeof v !== "number" || Number.isNaN(v))) throw new Error(`clamp: ${name} must be a number, got ${String(v)}`);
  }
  if (lo !== null && hi !== null && lo > hi) throw new Error(`clamp: min ${lo} is greater than max ${hi}`);
  const low = lo ?? -Infinity, high = hi ?? Infinity;
  return unary(
    "clamp",
    a,
    (x) => (x < low ? low : x > high ? high : x),
    (x) => (x >= low && x <= high ? 1 : 0),
  );
}
