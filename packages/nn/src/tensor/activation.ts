import type { Tensor } from "./tensor.ts";
import { unary } from "./unary.ts";
import { stableSigmoid } from "../math/sigmoid.ts";
import { accumulateGrad, opResult } from "../autograd/graph.ts";
import { floats } from "./precision.ts";
import { reluBackward, reluForward } from "../kernels/relu.ts";

/** ReLU(x) = max(0, x); derivative 1 for x > 0, else 0 (0 at the kink, as PyTorch). Chapter 2, The forward pass. */
export function relu(a: Tensor): Tensor {
  const x = a.data, y = floats(x.length);
  reluForward(x, y);
  return opResult("relu", y, a.shape, [a], (g) => {
    const gx = floats(g.length);
    reluBackward(x, g, gx);
    accumulateGrad(a, gx);
  });
}

/**
 * σ(x) = 1 / (1 + e^{−x}); σ'(x) = σ(x)(1 − σ(x)). Computed so e^{…} never overflows.
 * Chapter 1, The perceptron (a smooth step) and Chapter 2, The forward pass.
 */
export function sigmoid(a: Tensor): Tensor {
  return unary("sigmoid", a, stableSigmoid, (_x, y) => y * (1 - y));
}

/** tanh(x) = (e^x − e^{−x}) / (e^x + e^{−x}); derivative 1 − tanh²(x). Chapter 2, The forward pass. */
export function tanh(a: Tensor): Tensor {
  return unary("tanh", a, Math.tanh, (_x, y) => 1 - y * y);
}
