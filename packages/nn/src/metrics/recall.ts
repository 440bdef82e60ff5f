import type { Tensor } from "../tensor/tensor.ts";
import { classScore, safeDivide, type ClassMetricOptions } from "./counts.ts";

/**
 * Recall TP / (TP + FN): of the examples that are positive, the fraction found. 0 when there are
 * no positives. Binary by default (`{ positive = 1 }`) or `{ average: "macro" }`.
 * `pred` is read as in `accuracy`. Like sklearn's `recall_score(zero_division=0)`.
 * Chapter 10, Practice (metrics).
 */
export function recall(pred: Tensor, y: Tensor, options: ClassMetricOptions = {}): number {
  return classScore("recall", pred, y, options, ({ tp, fn }) => safeDivide(tp, tp + fn));
}
