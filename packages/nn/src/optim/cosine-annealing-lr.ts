import type { Optimizer } from "./optimizer.ts";
import { checkNumber } from "./optimizer.ts";
import { checkPositiveInteger, LRScheduler } from "./lr-scheduler.ts";

export interface CosineAnnealingLROptions {
  /** Epochs from η₀ down to etaMin (half a cosine period), a positive integer. */
  tMax: number;
  /** The lowest rate, ≥ 0 (default 0). */
  etaMin?: number;
}

/**
 * Cosine annealing: η_t = η_min + (η₀ − η_min)(1 + cos(π t / T_max)) / 2, falling from η₀ to η_min
 * over T_max epochs and rising again after (a cosine, not a restart).
 * As `torch.optim.lr_scheduler.CosineAnnealingLR`, computed with its recursive (chainable) rule
 *   η_t = η_min + (η_{t−1} − η_min)(1 + cos(π t / T_max)) / (1 + cos(π (t − 1) / T_max)),
 * with PyTorch's special case where the denominator is 0; it equals the closed form above to
 * float64 round-off. Chapter 6, Optimizers (learning-rate schedules).
 */
export class CosineAnnealingLR extends LRScheduler {
  readonly tMax: number;
  readonly etaMin: number;

  constructor(optimizer: Optimizer, options: CosineAnnealingLROptions) {
    super("CosineAnnealingLR", optimizer);
    const { tMax, etaMin = 0 } = options ?? ({} as Partial<CosineAnnealingLROptions>);
    this.tMax = checkPositiveInteger("CosineAnnealingLR", "tMax", tMax);
    this.etaMin = checkNumber("CosineAnnealingLR", "etaMin", etaMin, (v) => v >= 0, "a finite number >= 0");
  }

  protected nextLr(lr: number): number {
    const { lastEpoch: t, tMax, etaMin, baseLr } = this;
    if ((t - 1 - tMax) % (2 * tMax) === 0) {
      // the step out of the minimum, where the recursive rule would divide by 1 + cos(π) = 0
      return lr + ((baseLr - etaMin) * (1 - Math.cos(Math.PI / tMax))) / 2;
    }
    return ((1 + Math.cos((Math.PI * t) / tMax)) / (1 + Math.cos((Math.PI * (t - 1)) / tMax))) * (lr - etaMin) + etaMin;
  }
}
