import type { Tensor } from "../tensor/tensor.ts";
import { formatShape, sameShape } from "../tensor/shape.ts";

/** How a loss combines per-example values: their mean (the default), their sum, or none (keep all). */
export type Reduction = "mean" | "sum" | "none";

export interface LossOptions {
  reduction?: Reduction;
}

/** Apply a loss's `reduction` to its per-element values. */
export function reduce(op: string, losses: Tensor, reduction: Reduction = "mean"): Tensor {
  if (reduction === "mean") return losses.mean();
  if (reduction === "sum") return losses.sum();
  if (reduction === "none") return losses;
  throw new Error(`${op}: reduction must be "mean", "sum" or "none", got ${JSON.stringify(reduction)}`);
}

/**
 * Prediction and target must have the same shape. PyTorch broadcasts (with a warning), which
 * turns [4,1] against [4] into a silent [4,4]; here it is an error that says how to fix it.
 */
export function checkSameShape(op: string, pred: Tensor, target: Tensor, names = ["pred", "target"]): void {
  if (!sameShape(pred.shape, target.shape)) {
    throw new Error(
      `${op}: ${names[0]} has shape ${formatShape(pred.shape)} but ${names[1]} has shape ${formatShape(target.shape)}; ` +
        `they must match (e.g. ${names[1]}.reshape(${formatShape(pred.shape).replace(/,/g, ", ")}))`,
    );
  }
}
