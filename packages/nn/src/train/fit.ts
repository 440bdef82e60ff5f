import { batches } from "../data/batches.ts";
import { checkFitOptions, type FitModel, type FitOptions } from "./options.ts";
import { emptyHistory, recordEpoch, type History } from "./history.ts";
import { trainEpoch, validate, type EpochPlan } from "./epoch.ts";
import { EarlyStopping } from "./early-stopping.ts";

export type { FitModel, FitOptions, EarlyStoppingOptions } from "./options.ts";
export type { History, EpochLog, BatchLog } from "./history.ts";

/**
 * Train `model` by mini-batch gradient descent: each epoch, for each batch of `data`
 * (see `data.batches`), zeroGrad → loss(model.forward(X), y) → backward → optimizer.step();
 * then score `validation` and call `onEpoch`. Asynchronous so a page can draw between batches
 * (`yieldEvery`). A NaN or infinite loss stops training with a `NonFiniteLossError` naming the
 * epoch and batch (when the loss itself threw it, as the engine's losses do, its error is the `cause`).
 * With `earlyStopping`, training stops once the monitored loss has not improved by `minDelta`
 * for `patience` epochs, and the best epoch's weights are restored (also when all epochs ran).
 * Same seed and same initial weights → the same history. Like Keras's `model.fit`.
 * Chapter 7, Batching; Chapter 8, Regularization (early stopping).
 */
export async function fit(model: FitModel, options: FitOptions): Promise<History> {
  checkFitOptions(model, options);
  const { data, epochs, batchSize = 32, shuffle = true, seed = 0, validation, metrics = {}, onEpoch, earlyStopping, yieldEvery = 0 } = options;
  const plan: EpochPlan = {
    model, batches: batches(data.X, data.y, { batchSize, shuffle, seed }), loss: options.loss, optimizer: options.optimizer,
    metrics, onBatch: options.onBatch, afterStep: everyNthStep(yieldEvery),
  };
  const history = emptyHistory(Object.keys(metrics));
  const stopping = earlyStopping === undefined ? null : new EarlyStopping(model, earlyStopping);
  const wasTraining = model.training ?? true;
  try {
    for (let epoch = 1; epoch <= epochs; epoch++) {
      const { log, stop: onBatchStopped } = await trainEpoch(plan, epoch);
      let stop = onBatchStopped;
      if (validation !== undefined) validate(plan, validation, log);
      recordEpoch(history, log);
      if (onEpoch !== undefined && (await onEpoch(log)) === false) stop = true;
      if (stopping !== null) {
        if (stopping.step(earlyStopping?.monitor === "loss" ? log.loss : (log.valLoss as number))) stop = true;
        history.bestEpoch = stopping.bestEpoch;
      }
      if (stop) {
        history.stoppedEpoch = epoch;
        break;
      }
    }
    stopping?.restore();
  } finally {
    model.train?.(wasTraining);
  }
  return history;
}

/** A function to call after every step that gives the event loop a `setTimeout(0)` turn every n steps (never for 0). */
function everyNthStep(n: number): () => Promise<void> | undefined {
  let steps = 0;
  return () => (n > 0 && ++steps % n === 0 ? new Promise((resolve) => setTimeout(resolve, 0)) : undefined);
}
