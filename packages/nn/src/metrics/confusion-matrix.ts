import type { Tensor } from "../tensor/tensor.ts";
import { classPairs } from "./classes.ts";

export interface ConfusionMatrixOptions {
  /** Number of classes k (the matrix is k × k); by default the largest class seen in pred or y, plus 1. */
  numClasses?: number;
}

/**
 * The confusion matrix C, k × k: C[i][j] counts the examples of true class i predicted as class j,
 * so rows are true classes and columns predictions, as in sklearn's `confusion_matrix`; the
 * diagonal holds the correct predictions. `pred` is read as in `accuracy`.
 * Chapter 10, Practice (metrics).
 */
export function confusionMatrix(pred: Tensor, y: Tensor, options: ConfusionMatrixOptions = {}): number[][] {
  const { p, t } = classPairs("confusionMatrix", pred, y);
  const seen = Math.max(...p, ...t) + 1;
  const k = options.numClasses ?? seen;
  if (!Number.isInteger(k) || k < 1) throw new Error(`confusionMatrix: numClasses must be a positive integer, got ${k}`);
  if (seen > k) throw new Error(`confusionMatrix: class ${seen - 1} out of range for numClasses ${k}`);
  const C = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  for (let i = 0; i < t.length; i++) C[t[i]][p[i]]++;
  return C;
}
