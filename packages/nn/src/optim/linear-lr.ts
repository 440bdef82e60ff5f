import type { Optimizer } from "./optimizer.ts";
import { checkNumber } from "./optimizer.ts";
import { checkPositiveInteger, LRScheduler } from "./lr-scheduler.ts";

export interface LinearLROptions {
  /** The factor of η₀ in epoch 0, in (0, 1] (default 1/3, as PyTorch). */
  startFactor?: number;
  /** The factor of η₀ reached at epoch `totalIters` and kept after, in [0, 1] (default 1). */
  endFactor?: number;
  /** Epochs from the start factor to the end factor, a positive integer (default 5). */
  totalIters?: number;
}

/**
 * Linear change of the rate, the usual warm-up: η_t = η₀ · (s + (e − s) · min(t, T) / T), from
 * s·η₀ in epoch 0 to e·η₀ at epoch T = totalIters, then constant. With s small and e = 1 it is a
 * linear warm-up: small steps while Adam's averages and the network's first layers settle.
 * As `torch.optim.lr_scheduler.LinearLR`, computed with its recursive (chainable) rule
 *   η_t = η_{t−1} · (1 + (e − s) / (T·s + (t − 1)(e − s)))   for 1 ≤ t ≤ T,
 * which equals the closed form to float64 round-off. Like PyTorch, making the schedule sets the
 * optimizer's rate to s·η₀ at once. Chapter 6, Optimizers (learning-rate schedules, warm-up).
 */
export class LinearLR extends LRScheduler {
  readonly startFactor: number;
  readonly endFactor: number;
  readonly totalIters: number;

  constructor(optimizer: Optimizer, options: LinearLROptions = {}) {
    super("LinearLR", optimizer);
    const { startFactor = 1 / 3, endFactor = 1, totalIters = 5 } = options ?? {};
    this.startFactor = checkNumber("LinearLR", "startFactor", startFactor, (v) => v > 0 && v <= 1, "a number in (0, 1]");
    this.endFactor = checkNumber("LinearLR", "endFactor", endFactor, (v) => v >= 0 && v <= 1, "a number in [0, 1]");
    this.totalIters = checkPositiveInteger("LinearLR", "totalIters", totalIters);
    this.setInitialLr(this.baseLr * this.startFactor);
  }

  protected nextLr(lr: number): number {
    const { lastEpoch: t, startFactor: s, endFactor: e, totalIters: T } = this;
    if (t > T) return lr;
    return lr * (1 + (e - s) / (T * s + (t - 1) * (e - s)));
  }
}
