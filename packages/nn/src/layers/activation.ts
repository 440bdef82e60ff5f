import type { Tensor } from "../tensor/tensor.ts";
import { Module } from "./module.ts";

/** ReLU(x) = max(0, x) as a layer, for `Sequential`. Chapter 2, The forward pass. */
export class ReLU extends Module {
  forward(x: Tensor): Tensor {
    return x.relu();
  }
}

/** σ(x) = 1 / (1 + e^{−x}) as a layer: turns a score into a probability. Chapter 1, The perceptron. */
export class Sigmoid extends Module {
  forward(x: Tensor): Tensor {
    return x.sigmoid();
  }
}

/** tanh(x) as a layer. Chapter 2, The forward pass. */
export class Tanh extends Module {
  forward(x: Tensor): Tensor {
    return x.tanh();
  }
}
