import type { EarlyStoppingOptions, FitModel } from "./options.ts";
import type { EpochLog } from "./history.ts";
import { snapshot } from "./snapshot.ts";

/**
 * Watches the monitored loss epoch by epoch: remembers the best epoch (and, with `restoreBest`,
 * its weights) and says when `patience` epochs have passed without an improvement of more than
 * `minDelta`. Like Keras's `EarlyStopping` callback. Chapter 8, Regularization (early stopping).
 */
export class EarlyStopping {
  readonly #options: EarlyStoppingOptions;
  readonly #model: FitModel;
  #best = Infinity;
  #sinceBest = 0;
  #restore: (() => void) | null = null;
  /** The epoch with the lowest monitored loss so far, or null before the first. */
  bestEpoch: number | null = null;

  constructor(options: EarlyStoppingOptions, model: FitModel) {
    this.#options = options;
    this.#model = model;
  }

  /** Take an epoch's log; true when training should stop. */
  observe(log: EpochLog): boolean {
    const { monitor = "valLoss", minDelta = 0, restoreBest = true, patience } = this.#options;
    const current = (monitor === "valLoss" ? log.valLoss : log.loss) as number;
    if (current < this.#best - minDelta) {
      [this.#best, this.#sinceBest, this.bestEpoch] = [current, 0, log.epoch];
      if (restoreBest) this.#restore = snapshot(this.#model);
      return false;
    }
    return ++this.#sinceBest >= patience;
  }

  /** Put back the best epoch's weights, unless the last epoch trained was the best. */
  restore(lastEpoch: number | undefined): void {
    if (this.#restore !== null && this.bestEpoch !== lastEpoch) this.#restore();
  }
}
