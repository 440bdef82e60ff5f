import type { Tensor } from "../tensor/tensor.ts";
import { classPairs } from "./classes.ts";

/**
 * The fraction of examples whose predicted class equals the true one: (1/n) Σᵢ [ŷᵢ = yᵢ].
 * `pred` is read as in every metric: scores [n, k] → argmax per row; probabilities [n, 1] →
 * 1 where p > 0.5; class indices [n] as they are. `y`: class indices [n] or [n, 1].
 * Like sklearn's `accuracy_score`. Chapter 10, Practice (metrics).
 */
export function accuracy(pred: Tensor, y: Tensor): number {
  const { p, t } = classPairs("accuracy", pred, y);
  let right = 0;
  for (let i = 0; i < t.length; i++) if (p[i] === t[i]) right++;
  return right / t.length;
}
