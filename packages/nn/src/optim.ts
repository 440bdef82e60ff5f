/** The `optim` namespace: optimizers, as in `torch.optim`. */
export { Optimizer } from "./optim/optimizer.ts";
export { SGD } from "./optim/sgd.ts";
export type { SGDOptions } from "./optim/sgd.ts";
