import type { Tensor } from "../tensor/tensor.ts";
import { accumulateGrad, opResult } from "../autograd/graph.ts";
import { formatShape, unravelIndex } from "../tensor/shape.ts";
import { checkSameShape, reduce, type LossOptions } from "./reduction.ts";
import { floats } from "../tensor/precision.ts";
import { checkFinite, nonFiniteInput } from "./finite.ts";

/** PyTorch clamps each log at −100, so p = 0 or 1 gives a large finite loss, not Infinity. */
const LOG_MIN = -100;
/** PyTorch's floor for p(1 − p) in the gradient, so p = 0 or 1 gives a large finite gradient. */
const EPSILON = 1e-12;

/**
 * Binary cross-entropy of probabilities p against targets y (usually 0 or 1):
 * L = −\frac{1}{N} \sum_i [y_i \log p_i + (1 − y_i) \log(1 − p_i)], each log clamped at −100.
 * Gradient: ∂L/∂p_i = (p_i − y_i) / (N · max(p_i(1 − p_i), 10^{−12})), as PyTorch computes it.
 * `prob` must lie in [0, 1]: pass it through `sigmoid` first (or use a logits loss).
 * Like `torch.nn.functional.binary_cross_entropy`. Chapter 3, Losses.
 */
export function binaryCrossEntropy(prob: Tensor, target: Tensor, options: LossOptions = {}): Tensor {
  checkSameShape("binaryCrossEntropy", prob, target, ["prob", "target"]);
  const p = prob.data, y = target.data;
  const nan = p.findIndex(Number.isNaN);
  if (nan !== -1) throw nonFiniteInput("binaryCrossEntropy", "prob", prob, nan);
  const bad = p.findIndex((v) => !(v >= 0 && v <= 1));
  if (bad !== -1) {
    const where = prob.ndim > 0 ? ` at index ${formatShape(unravelIndex(bad, prob.shape))}` : "";
    throw new Error(`binaryCrossEntropy: prob must be in [0, 1], got ${p[bad]}${where} (apply sigmoid first?)`);
  }
  const logP = new Float64Array(p.length);
  const log1mP = new Float64Array(p.length); // log(1 − p)
  const losses = floats(p.length);
  for (let i = 0; i < p.length; i++) {
    logP[i] = Math.max(Math.log(p[i]), LOG_MIN);
    log1mP[i] = Math.max(Math.log1p(-p[i]), LOG_MIN);
    losses[i] = -(y[i] * logP[i] + (1 - y[i]) * log1mP[i]);
  }
  const elementwise = opResult("binaryCrossEntropy", losses, prob.shape, [prob, target], (g) => {
    if (prob.requiresGrad) {
      accumulateGrad(prob, p.map((pi, i) => (g[i] * (pi - y[i])) / Math.max(pi * (1 - pi), EPSILON)));
    }
    if (target.requiresGrad) accumulateGrad(target, g.map((gi, i) => gi * (log1mP[i] - logP[i])));
  });
  return checkFinite("binaryCrossEntropy", reduce("binaryCrossEntropy", elementwise, options.reduction));
}
