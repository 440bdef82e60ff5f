/** The `optim` namespace: optimizers, as in `torch.optim`. */
export { Optimizer } from "./optim/optimizer.ts";
export { SGD } from "./optim/sgd.ts";
export type { SGDOptions } from "./optim/sgd.ts";
export { Adam } from "./optim/adam.ts";
export type { AdamOptions } from "./optim/adam.ts";
export { AdamW } from "./optim/adamw.ts";
export { RMSprop } from "./optim/rmsprop.ts";
export type { RMSpropOptions } from "./optim/rmsprop.ts";
export { LRScheduler } from "./optim/lr-scheduler.ts";
export { StepLR } from "./optim/step-lr.ts";
export type { StepLROptions } from "./optim/step-lr.ts";
export { ExponentialLR } from "./optim/exponential-lr.ts";
export type { ExponentialLROptions } from "./optim/exponential-lr.ts";
export { CosineAnnealingLR } from "./optim/cosine-annealing-lr.ts";
export type { CosineAnnealingLROptions } from "./optim/cosine-annealing-lr.ts";
export { clipGradNorm } from "./optim/clip-grad-norm.ts";
export type { ClipGradNormOptions } from "./optim/clip-grad-norm.ts";
