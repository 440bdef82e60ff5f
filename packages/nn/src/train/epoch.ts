import type { Tensor } from "../tensor/tensor.ts";
import { noGrad } from "../autograd/grad-mode.ts";
import type { FitModel, FitOptions } from "./options.ts";
import type { EpochLog } from "./history.ts";
import { lossAt } from "./loss-at.ts";

/** What one epoch needs: the model, its batches, and fit's options with their defaults filled in. */
export interface EpochPlan {
  model: FitModel;
  batches: Iterable<{ X: Tensor; y: Tensor }> & { length: number };
  loss: FitOptions["loss"];
  optimizer: FitOptions["optimizer"];
  metrics: NonNullable<FitOptions["metrics"]>;
  onBatch: FitOptions["onBatch"];
  /** Called after every step: gives the event loop a turn when `yieldEvery` says so. */
  afterStep: () => Promise<void> | undefined;
}

/**
 * One pass over the batches in train mode: zeroGrad → loss(model.forward(X), y) → backward →
 * step for each. Returns the epoch's log (loss and metrics as means weighted by batch size) and
 * whether `onBatch` asked to stop.
 */
export async function trainEpoch(plan: EpochPlan, epoch: number): Promise<{ log: EpochLog; stop: boolean }> {
  const { model, batches, loss, optimizer, metrics, onBatch, afterStep } = plan;
  const names = Object.keys(metrics);
  model.train?.(true);
  let lossSum = 0, seen = 0, batch = 0, stop = false;
  const metricSums = Object.fromEntries(names.map((k) => [k, 0]));
  for (const { X, y } of batches) {
    batch++;
    optimizer.zeroGrad();
    const pred = model.forward(X);
    const l = lossAt(loss, pred, y, { epoch, batch });
    const value = l.item();
    l.backward();
    optimizer.step();
    const n = X.shape[0];
    lossSum += value * n;
    seen += n;
    for (const k of names) metricSums[k] += metrics[k](pred.detach(), y) * n;
    if (onBatch !== undefined && (await onBatch({ epoch, batch, batches: batches.length, loss: value })) === false) stop = true;
    const turn = afterStep();
    if (turn !== undefined) await turn;
    if (stop) break;
  }
  const log: EpochLog = { epoch, loss: lossSum / seen, metrics: {}, valMetrics: {} };
  for (const k of names) log.metrics[k] = metricSums[k] / seen;
  return { log, stop };
}

/** Score the validation set after an epoch, in eval mode without gradients, into the epoch's log. */
export function validate(plan: EpochPlan, validation: { X: Tensor; y: Tensor }, log: EpochLog): void {
  const { model, loss, metrics } = plan;
  model.train?.(false);
  const pred = noGrad(() => model.forward(validation.X));
  log.valLoss = noGrad(() => lossAt(loss, pred, validation.y, { epoch: log.epoch, batch: null })).item();
  for (const k of Object.keys(metrics)) log.valMetrics[k] = metrics[k](pred, validation.y);
}
