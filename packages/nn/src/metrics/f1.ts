import type { Tensor } from "../tensor/tensor.ts";
import { classScore, safeDivide, type ClassMetricOptions } from "./counts.ts";

/**
 * F1 = 2PR / (P + R) = 2TP / (2TP + FP + FN), the harmonic mean of precision and recall; 0 when
 * TP + FP + FN = 0. Macro F1 averages each class's F1 (not the F1 of the mean P and R), as sklearn's
 * `f1_score(average="macro", zero_division=0)`. `pred` is read as in `accuracy`.
 * Chapter 10, Practice (metrics).
 */
export function f1(pred: Tensor, y: Tensor, options: ClassMetricOptions = {}): number {
  return classScore("f1", pred, y, options, ({ tp, fp, fn }) => safeDivide(2 * tp, 2 * tp + fp + fn));
}
