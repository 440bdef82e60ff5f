import type { Tensor } from "../tensor/tensor.ts";
import { checkSameShape, reduce, type LossOptions } from "./reduction.ts";
import { checkFinite } from "./finite.ts";

/**
 * Mean squared error, L = \frac{1}{N} \sum_i (\hat{y}_i - y_i)^2, over all N elements.
 * Gradient: ∂L/∂\hat{y}_i = 2(\hat{y}_i − y_i)/N. Like `torch.nn.functional.mse_loss`.
 * Chapter 3, Losses.
 */
export function mseLoss(pred: Tensor, target: Tensor, options: LossOptions = {}): Tensor {
  checkSameShape("mseLoss", pred, target);
  return checkFinite("mseLoss", reduce("mseLoss", pred.sub(target).pow(2), options.reduction));
}
