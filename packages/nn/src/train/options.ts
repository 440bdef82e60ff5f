import type { Tensor } from "../tensor/tensor.ts";
import { checkPair } from "../data/rows.ts";
import type { Snapshottable } from "./snapshot.ts";
import type { BatchLog, EpochLog } from "./history.ts";
import type { EarlyStoppingOptions } from "./early-stopping.ts";

export type { EarlyStoppingOptions } from "./early-stopping.ts";

/** A model `fit` can train: a `Module`, or anything with `forward` and `parameters`. */
export interface FitModel extends Snapshottable {
  forward(x: Tensor): Tensor;
  training?: boolean;
  train?(mode?: boolean): unknown;
}

/** The loss of a batch, (prediction, labels) → scalar tensor. */
export type FitLoss = (pred: Tensor, y: Tensor) => Tensor;

/** Named metrics, e.g. `{ accuracy: metrics.accuracy }`. */
export type FitMetrics = Record<string, (pred: Tensor, y: Tensor) => number>;

export interface FitOptions {
  /** Training data: X [n, …] and labels y [n, …]. */
  data: { X: Tensor; y: Tensor };
  /** The loss of a batch, (prediction, labels) → scalar tensor, e.g. `(p, y) => nn.binaryCrossEntropy(p, y.reshape([-1, 1]))`. */
  loss: FitLoss;
  /** Any optimizer over the model's parameters. */
  optimizer: { zeroGrad(): void; step(): void };
  epochs: number;
  batchSize?: number;
  /** A new order of the examples each epoch (see `data.batches`). */
  shuffle?: boolean;
  /** Seed of the shuffles (the model's initial weights come from the global generator, as usual). */
  seed?: number;
  /** Held-out data scored after every epoch, in eval mode without gradients. */
  validation?: { X: Tensor; y: Tensor };
  /** Named metrics, e.g. `{ accuracy: metrics.accuracy }`. */
  metrics?: FitMetrics;
  /** Called after every epoch; returning `false` stops training (a Stop button). */
  onEpoch?: (log: EpochLog) => unknown;
  /** Called after every optimizer step; returning `false` stops training. */
  onBatch?: (log: BatchLog) => unknown;
  earlyStopping?: EarlyStoppingOptions;
  /** Give the event loop a turn (`setTimeout(0)`) every this many batches, so a page or worker stays responsive; 0 (default) never. */
  yieldEvery?: number;
}

/** Refuse a model or options `fit` cannot use, saying what to pass instead. */
export function checkFitOptions(model: FitModel, options: FitOptions): void {
  const { data, loss, optimizer, epochs, validation, earlyStopping, yieldEvery = 0 } = options;
  if (model === null || typeof model !== "object" || typeof model.forward !== "function") throw new Error("fit: model must have forward(x), e.g. an nn.Module");
  if (data === undefined) throw new Error("fit: options.data ({ X, y }) is required");
  checkPair("fit", data.X, data.y);
  if (validation !== undefined) checkPair("fit (validation)", validation.X, validation.y);
  if (typeof loss !== "function") throw new Error("fit: options.loss must be a function (pred, y) => Tensor, e.g. nn.mseLoss");
  if (optimizer === null || typeof optimizer?.step !== "function" || typeof optimizer.zeroGrad !== "function") {
    throw new Error("fit: options.optimizer must be an optimizer (zeroGrad and step), e.g. new optim.SGD(model.parameters(), { lr: 0.1 })");
  }
  if (!Number.isInteger(epochs) || epochs < 1) throw new Error(`fit: epochs must be a positive integer, got ${String(epochs)}`);
  if (!Number.isInteger(yieldEvery) || yieldEvery < 0) throw new Error(`fit: yieldEvery must be an integer ≥ 0, got ${String(yieldEvery)}`);
  if (earlyStopping !== undefined) checkEarlyStopping(earlyStopping, validation !== undefined);
}

function checkEarlyStopping(options: EarlyStoppingOptions, hasValidation: boolean): void {
  const { patience, monitor = "valLoss" } = options;
  if (!Number.isInteger(patience) || patience < 1) throw new Error(`fit: earlyStopping.patience must be a positive integer, got ${String(patience)}`);
  if (monitor !== "valLoss" && monitor !== "loss") throw new Error(`fit: earlyStopping.monitor must be "valLoss" or "loss", got ${JSON.stringify(monitor)}`);
  if (monitor === "valLoss" && !hasValidation) {
    throw new Error('fit: earlyStopping monitors valLoss but no validation data was given — pass validation: { X, y } or monitor: "loss"');
  }
}
