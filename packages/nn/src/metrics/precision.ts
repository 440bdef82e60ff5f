import type { Tensor } from "../tensor/tensor.ts";
import { classScore, safeDivide, type ClassMetricOptions } from "./counts.ts";

/**
 * Precision TP / (TP + FP): of the examples predicted positive, the fraction that are. 0 when
 * nothing is predicted positive. Binary by default (`{ positive = 1 }`) or `{ average: "macro" }`.
 * `pred` is read as in `accuracy`. Like sklearn's `precision_score(zero_division=0)`.
 * Chapter 10, Practice (metrics).
 */
export function precision(pred: Tensor, y: Tensor, options: ClassMetricOptions = {}): number {
  return classScore("precision", pred, y, options, ({ tp, fp }) => safeDivide(tp, tp + fp));
}
