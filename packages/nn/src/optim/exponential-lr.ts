import type { Optimizer } from "./optimizer.ts";
import { checkNumber } from "./optimizer.ts";
import { LRScheduler } from "./lr-scheduler.ts";

export interface ExponentialLROptions {
  /** Factor γ > 0 applied every epoch. */
  gamma: number;
}

/**
 * Exponential decay: η_t = η₀ · γ^t. As `torch.optim.lr_scheduler.ExponentialLR`.
 * Chapter 6, Optimizers (learning-rate schedules).
 */
export class ExponentialLR extends LRScheduler {
  readonly gamma: number;

  constructor(optimizer: Optimizer, options: ExponentialLROptions) {
    super("ExponentialLR", optimizer);
    this.gamma = checkNumber("ExponentialLR", "gamma", options?.gamma, (v) => v > 0, "a positive finite number");
  }

  protected nextLr(lr: number): number {
    return lr * this.gamma;
  }
}
