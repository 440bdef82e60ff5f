import type { Tensor } from "./tensor.ts";
import { unary } from "./unary.ts";

/**
 * LeakyReLU(x) = x for x > 0, else slope · x: a ReLU whose negative side keeps a small slope,
 * so a unit never stops learning. Derivative 1 for x > 0, else `slope` (at 0 too, as PyTorch).
 * Like `torch.nn.functional.leaky_relu`. Chapter 5, Vanishing gradients (dead ReLUs).
 */
export function leakyRelu(a: Tensor, slope = 0.01): Tensor {
  if (typeof slope !== "number" || !Number.isFinite(slope)) {
    throw new Error(`leakyRelu: slope must be a finite number, got ${String(slope)}`);
  }
  return unary("leakyRelu", a, (x) => (x > 0 ? x : slope * x), (x) => (x > 0 ? 1 : slope));
}
