import { snapshot, type Snapshottable } from "./snapshot.ts";

export interface EarlyStoppingOptions {
  /** Epochs in a row without improvement before training stops. */
  patience: number;
  /** An epoch improves only if it lowers the monitored loss by more than this (default 0). */
  minDelta?: number;
  /** The loss watched: validation loss (default, needs `validation`) or training loss. Read by `fit`. */
  monitor?: "valLoss" | "loss";
  /** Keep a copy of the best epoch's weights so `restore()` can put them back (default true). */
  restoreBest?: boolean;
}

/**
 * Early stopping as a piece of its own, for `fit` or a hand-written loop: after each epoch call
 * `step(valLoss)`; it returns true once `patience` epochs *in a row* have not lowered the best
 * loss by more than `minDelta`. Every improvement resets the count and copies the weights, and
 * `restore()` puts the best epoch's weights back, so training ends with the model that scored
 * best, not the `patience` worse epochs after it. Like Keras's `EarlyStopping` callback
 * (`restore_best_weights=True`). Chapter 8, Regularization (early stopping).
 */
export class EarlyStopping {
  readonly patience: number;
  readonly minDelta: number;
  readonly restoreBest: boolean;
  /** The lowest loss seen so far (Infinity before the first step). */
  best = Infinity;
  /** The epoch (1, 2, …) that reached `best`, or null before the first improvement. */
  bestEpoch: number | null = null;
  /** Epochs since the last improvement: 0 right after one. */
  wait = 0;
  /** Epochs seen by `step`. */
  epoch = 0;
  readonly #model: Snapshottable;
  #restore: (() => void) | null = null;

  constructor(model: Snapshottable, options: EarlyStoppingOptions) {
    const { patience, minDelta = 0, restoreBest = true } = options ?? ({} as EarlyStoppingOptions);
    if (model === null || typeof model !== "object" || typeof model.parameters !== "function") {
      throw new Error("EarlyStopping: the first argument must be the model (anything with parameters()), e.g. new EarlyStopping(model, { patience: 5 })");
    }
    if (!Number.isInteger(patience) || patience < 1) throw new Error(`EarlyStopping: patience must be a positive integer, got ${String(patience)}`);
    if (typeof minDelta !== "number" || !(minDelta >= 0)) throw new Error(`EarlyStopping: minDelta must be a number ≥ 0, got ${String(minDelta)}`);
    this.#model = model;
    this.patience = patience;
    this.minDelta = minDelta;
    this.restoreBest = restoreBest;
  }

  /** Record one epoch's monitored loss; true means stop now. A NaN or infinite loss is an error, not a bad epoch. */
  step(loss: number): boolean {
    this.epoch++;
    if (!Number.isFinite(loss)) throw new Error(`EarlyStopping: the monitored loss is ${loss} at epoch ${this.epoch} — training diverged; lower the learning rate`);
    if (loss < this.best - this.minDelta) {
      this.best = loss;
      this.bestEpoch = this.epoch;
      this.wait = 0; // the count is of epochs in a row: an improvement starts it over
      if (this.restoreBest) this.#restore = snapshot(this.#model);
      return false;
    }
    this.wait++;
    return this.wait >= this.patience;
  }

  /** Put the best epoch's weights back into the model; false if there is nothing to restore (or the last epoch was the best). */
  restore(): boolean {
    if (this.#restore === null || this.bestEpoch === this.epoch) return false;
    this.#restore();
    return true;
  }
}
