import type { Optimizer } from "./optimizer.ts";
import { checkNumber } from "./optimizer.ts";
import { checkPositiveInteger, LRScheduler } from "./lr-scheduler.ts";

export interface StepLROptions {
  /** Epochs between decays, a positive integer. */
  stepSize: number;
  /** Factor γ > 0 applied every `stepSize` epochs (default 0.1). */
  gamma?: number;
}

/**
 * Step decay: η_t = η₀ · γ^⌊t / stepSize⌋ — the rate is multiplied by γ every `stepSize` epochs.
 * As `torch.optim.lr_scheduler.StepLR`. Chapter 6, Optimizers (learning-rate schedules).
 */
export class StepLR extends LRScheduler {
  readonly stepSize: number;
  readonly gamma: number;

  constructor(optimizer: Optimizer, options: StepLROptions) {
    super("StepLR", optimizer);
    const { stepSize, gamma = 0.1 } = options ?? ({} as Partial<StepLROptions>);
    this.stepSize = checkPositiveInteger("StepLR", "stepSize", stepSize);
    this.gamma = checkNumber("StepLR", "gamma", gamma, (v) => v > 0, "a positive finite number");
  }

  protected nextLr(lr: number): number {
    return this.lastEpoch % this.stepSize === 0 ? lr * this.gamma : lr;
  }
}
