/** The `nn` namespace: modules (layers) and losses, as in `torch.nn`. */
export { Module } from "./layers/module.ts";
export { Linear } from "./layers/linear.ts";
export { Sequential } from "./layers/sequential.ts";
export { ReLU, Sigmoid, Tanh } from "./layers/activation.ts";
export { mseLoss } from "./losses/mse.ts";
export { binaryCrossEntropy } from "./losses/bce.ts";
export type { LossOptions, Reduction } from "./losses/reduction.ts";
