import type { Tensor } from "../tensor/tensor.ts";
import { accumulateGrad, opResult } from "../autograd/graph.ts";
import { checkSameShape, reduce, type LossOptions } from "./reduction.ts";
import { checkFinite } from "./finite.ts";
import { floats } from "../tensor/precision.ts";
import { stableSigmoid } from "../math/sigmoid.ts";

/**
 * Binary cross-entropy of logits z (scores before the sigmoid) against targets y in [0, 1]:
 * L = \frac{1}{N} \sum_i [\max(z_i, 0) − z_i y_i + \log(1 + e^{−|z_i|})], which equals
 * −[y \log σ(z) + (1 − y) \log(1 − σ(z))] but never takes the log of 0 or overflows e^{…}.
 * Gradient: ∂L/∂z_i = (σ(z_i) − y_i)/N, ∂L/∂y_i = −z_i/N.
 * Prefer it to `binaryCrossEntropy(sigmoid(z), y)`. Like
 * `torch.nn.functional.binary_cross_entropy_with_logits`. Chapter 3, Losses (stability).
 */
export function bceWithLogits(logits: Tensor, target: Tensor, options: LossOptions = {}): Tensor {
  checkSameShape("bceWithLogits", logits, target, ["logits", "target"]);
  const z = logits.data, y = target.data;
  const losses = floats(z.length);
  for (let i = 0; i < z.length; i++) {
    losses[i] = Math.max(z[i], 0) - z[i] * y[i] + Math.log1p(Math.exp(-Math.abs(z[i])));
  }
  const elementwise = opResult("bceWithLogits", losses, logits.shape, [logits, target], (g) => {
    if (logits.requiresGrad) {
      accumulateGrad(logits, z.map((zi, i) => g[i] * (stableSigmoid(zi) - y[i])));
    }
    if (target.requiresGrad) accumulateGrad(target, g.map((gi, i) => -gi * z[i]));
  });
  return checkFinite("bceWithLogits", reduce("bceWithLogits", elementwise, options.reduction));
}
