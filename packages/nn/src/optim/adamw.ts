import type { Tensor } from "../tensor/tensor.ts";
import { AdamBase, type AdamOptions } from "./adam.ts";

/**
 * AdamW, exactly as `torch.optim.AdamW`: Adam with decoupled weight decay, applied to the
 * parameter before the Adam step instead of through the gradient,
 *   θ ← θ(1 − ηλ),  then Adam's update with the plain gradient g.
 * So the decay is not rescaled by Adam's per-coordinate step. Default λ = 0.01, as in PyTorch.
 * Chapter 8, Regularization (weight decay) and Chapter 6, Optimizers.
 */
export class AdamW extends AdamBase {
  constructor(params: Iterable<Tensor>, options: AdamOptions = {}) {
    super("AdamW", params, options, true, 0.01);
  }
}
