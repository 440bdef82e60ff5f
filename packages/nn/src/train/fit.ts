import { Tensor } from "../tensor/tensor.ts";
import { noGrad } from "../autograd/grad-mode.ts";
import { batches } from "../data/batches.ts";
import { checkPair } from "../data/rows.ts";
import type { Snapshottable } from "./snapshot.ts";
import { EarlyStopping, type EarlyStoppingOptions } from "./early-stopping.ts";

/** A model `fit` can train: a `Module`, or anything with `forward` and `parameters`. */
export interface FitModel extends Snapshottable {
  forward(x: Tensor): Tensor;
  training?: boolean;
  train?(mode?: boolean): unknown;
}

/** One epoch's numbers, passed to `onEpoch` and collected in the `History`. */
export interface EpochLog {
  /** 1, 2, … */
  epoch: number;
  /** Mean training loss over the epoch's batches, weighted by batch size. */
  loss: number;
  /** Loss on the validation set after the epoch (when `validation` is given). */
  valLoss?: number;
  /** Each metric on the epoch's training batches, weighted by batch size (as Keras reports them). */
  metrics: Record<string, number>;
  /** Each metric on the whole validation set after the epoch. */
  valMetrics: Record<string, number>;
}

/** One step's numbers, passed to `onBatch`. */
export interface BatchLog {
  epoch: number;
  /** 1 … batches. */
  batch: number;
  /** Batches per epoch. */
  batches: number;
  loss: number;
}

export interface FitOptions {
  /** Training data: X [n, …] and labels y [n, …]. */
  data: { X: Tensor; y: Tensor };
  /** The loss of a batch, (prediction, labels) → scalar tensor, e.g. `(p, y) => nn.binaryCrossEntropy(p, y.reshape([-1, 1]))`. */
  loss: (pred: Tensor, y: Tensor) => Tensor;
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
  metrics?: Record<string, (pred: Tensor, y: Tensor) => number>;
  /** Called after every epoch; returning `false` stops training (a Stop button). */
  onEpoch?: (log: EpochLog) => unknown;
  /** Called after every optimizer step; returning `false` stops training. */
  onBatch?: (log: BatchLog) => unknown;
  earlyStopping?: EarlyStoppingOptions;
  /** Give the event loop a turn (`setTimeout(0)`) every this many batches, so a page or worker stays responsive; 0 (default) never. */
  yieldEvery?: number;
}

/** Keras-style record of a run: one entry per epoch in each list. */
export interface History {
  epoch: number[];
  loss: number[];
  /** Empty without `validation`. */
  valLoss: number[];
  metrics: Record<string, number[]>;
  valMetrics: Record<string, number[]>;
  /** The epoch with the lowest monitored loss (with `earlyStopping`), else null. */
  bestEpoch: number | null;
  /** The epoch at which early stopping or a callback's `false` ended training, else null (ran all epochs). */
  stoppedEpoch: number | null;
}

/**
 * Train `model` by mini-batch gradient descent: each epoch, for each batch of `data`
 * (see `data.batches`), zeroGrad → loss(model.forward(X), y) → backward → optimizer.step();
 * then score `validation` and call `onEpoch`. Asynchronous so a page can draw between batches
 * (`yieldEvery`). A NaN or infinite loss stops training with an error naming the epoch and batch
 * (when the loss itself throws, as the engine's losses do, its error is kept as the `cause`).
 * With `earlyStopping`, training stops once the monitored loss has not improved by `minDelta`
 * for `patience` epochs, and the best epoch's weights are restored (also when all epochs ran).
 * Same seed and same initial weights → the same history. Like Keras's `model.fit`.
 * Chapter 7, Batching; Chapter 8, Regularization (early stopping).
 */
export async function fit(model: FitModel, options: FitOptions): Promise<History> {
  const { data, loss, optimizer, epochs, batchSize = 32, shuffle = true, seed = 0, validation, metrics = {}, onEpoch, onBatch, earlyStopping, yieldEvery = 0 } = options;
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
  const monitor = earlyStopping?.monitor ?? "valLoss";
  if (earlyStopping !== undefined) {
    if (!Number.isInteger(earlyStopping.patience) || earlyStopping.patience < 1) {
      throw new Error(`fit: earlyStopping.patience must be a positive integer, got ${String(earlyStopping.patience)}`);
    }
    if (monitor !== "valLoss" && monitor !== "loss") throw new Error(`fit: earlyStopping.monitor must be "valLoss" or "loss", got ${JSON.stringify(monitor)}`);
    if (monitor === "valLoss" && validation === undefined) {
      throw new Error('fit: earlyStopping monitors valLoss but no validation data was given — pass validation: { X, y } or monitor: "loss"');
    }
  }

  const loader = batches(data.X, data.y, { batchSize, shuffle, seed });
  const names = Object.keys(metrics);
  const history: History = {
    epoch: [], loss: [], valLoss: [],
    metrics: Object.fromEntries(names.map((k) => [k, []])), valMetrics: Object.fromEntries(names.map((k) => [k, []])),
    bestEpoch: null, stoppedEpoch: null,
  };
  const wasTraining = model.training ?? true;
  const stopper = earlyStopping === undefined ? null : new EarlyStopping(model, earlyStopping);
  let steps = 0;

  try {
    for (let epoch = 1; epoch <= epochs; epoch++) {
      model.train?.(true);
      let lossSum = 0, seen = 0, stop = false, batch = 0;
      const metricSums = Object.fromEntries(names.map((k) => [k, 0]));
      for (const { X, y } of loader) {
        batch++;
        optimizer.zeroGrad();
        const pred = model.forward(X);
        const l = lossAt(loss, pred, y, epoch, batch);
        if (!(l instanceof Tensor) || l.size !== 1) throw new Error(`fit: loss must return a scalar tensor, got ${l instanceof Tensor ? `shape [${l.shape.join(",")}]` : typeof l}`);
        const value = l.item();
        if (!Number.isFinite(value)) {
          throw new Error(`fit: loss is ${value} at epoch ${epoch}, batch ${batch} — lower the learning rate, or check the data for NaN/Infinity`);
        }
        l.backward();
        optimizer.step();
        const n = X.shape[0];
        lossSum += value * n;
        seen += n;
        for (const k of names) metricSums[k] += metrics[k](pred.detach(), y) * n;
        if (onBatch !== undefined && (await onBatch({ epoch, batch, batches: loader.length, loss: value })) === false) stop = true;
        if (yieldEvery > 0 && ++steps % yieldEvery === 0) await new Promise((resolve) => setTimeout(resolve, 0));
        if (stop) break;
      }
      const log: EpochLog = { epoch, loss: lossSum / seen, metrics: {}, valMetrics: {} };
      for (const k of names) log.metrics[k] = metricSums[k] / seen;
      if (validation !== undefined) {
        model.train?.(false);
        const pred = noGrad(() => model.forward(validation.X));
        log.valLoss = noGrad(() => loss(pred, validation.y)).item();
        for (const k of names) log.valMetrics[k] = metrics[k](pred, validation.y);
      }
      history.epoch.push(epoch);
      history.loss.push(log.loss);
      if (log.valLoss !== undefined) history.valLoss.push(log.valLoss);
      for (const k of names) {
        history.metrics[k].push(log.metrics[k]);
        if (validation !== undefined) history.valMetrics[k].push(log.valMetrics[k]);
      }
      if (onEpoch !== undefined && (await onEpoch(log)) === false) stop = true;
      if (stopper !== null) {
        if (stopper.step((monitor === "valLoss" ? log.valLoss : log.loss) as number)) stop = true;
        history.bestEpoch = stopper.bestEpoch;
      }
      if (stop) {
        history.stoppedEpoch = epoch;
        break;
      }
    }
    stopper?.restore();
  } finally {
    model.train?.(wasTraining);
  }
  return history;
}

/**
 * Call the loss; if it throws (the engine's losses throw on NaN/Infinity), rethrow with the epoch
 * and batch fit knows and the loss's own error as `cause`, so the message says where and why.
 */
function lossAt(loss: FitOptions["loss"], pred: Tensor, y: Tensor, epoch: number, batch: number): Tensor {
  try {
    return loss(pred, y);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const nonFinite = /the loss is (NaN|Infinity|-Infinity)/.exec(message);
    const what = nonFinite === null ? "the loss threw" : `loss is ${nonFinite[1]}`;
    throw new Error(`fit: ${what} at epoch ${epoch}, batch ${batch} — ${message}`, { cause: error });
  }
}
