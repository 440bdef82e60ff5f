// Training the reader's network, without the DOM or the worker (the worker runs this; the unit
// tests run it on a few digits): the chapter's recipe — Adam at 0.003 decayed by 0.7 per epoch,
// mini-batches of 32, cross-entropy — on `train` digits, scored on `test` digits it never sees.
// Same seed, same digits → the same weights.
import { data, fit, metrics, nn, noGrad, optim, type Tensor } from "@nnbook/nn";
import { createModel } from "./model.ts";

export interface TrainPlan {
  epochs: number;
  seed: number;
  /** How many digits to train on, and how many to score on (taken from the shuffled set). */
  train: number;
  test: number;
}

export interface Progress {
  epoch: number;
  epochs: number;
  batch: number;
  batches: number;
  /** Mean loss and accuracy of this epoch's batches so far. */
  loss: number;
  accuracy: number;
  /** Held-out accuracy after the last finished epoch, if one has finished. */
  heldOut: number | null;
}

export interface Trained {
  weights: Record<string, Float32Array>;
  /** Held-out accuracy of the weights returned. */
  accuracy: number;
  epochs: number;
  /** True when the reader stopped it before the last epoch ended. */
  stopped: boolean;
}

/**
 * Trains the chapter's CNN on `digits` ([n, 1, 28, 28] images and labels). `onProgress` is called
 * after every batch; `shouldStop` is asked after every batch (a Stop button), and a stopped run
 * still returns the weights it has, scored.
 */
export async function trainReader(
  digits: { X: Tensor; y: Tensor }, plan: TrainPlan,
  onProgress: (p: Progress) => void, shouldStop: () => boolean = () => false,
): Promise<Trained> {
  const { XTrain, yTrain, XTest, yTest } = data.trainTestSplit(digits.X, digits.y, { trainRatio: 0.8, seed: 1 });
  const take = (X: Tensor, y: Tensor, n: number) => {
    const rows = Array.from({ length: Math.min(n, X.shape[0]) }, (_, i) => i);
    return { X: X.indexSelect(0, rows), y: y.indexSelect(0, rows) };
  };
  const training = take(XTrain, yTrain, plan.train), held = take(XTest, yTest, plan.test);
  const model = createModel(plan.seed);
  const optimizer = new optim.Adam(model.parameters(), { lr: 0.003 });
  const schedule = new optim.ExponentialLR(optimizer, { gamma: 0.7 });
  let heldOut: number | null = null, lossSum = 0, hits = 0, seen = 0, lastAccuracy = 0, stopped = false, finished = 0;
  // the loss records each batch's accuracy on the way (fit reports accuracy only per epoch)
  const loss = (pred: Tensor, y: Tensor) => {
    lastAccuracy = metrics.accuracy(pred.detach(), y);
    return nn.crossEntropy(pred, y);
  };
  await fit(model, {
    data: training, loss, optimizer, epochs: plan.epochs, batchSize: 32, seed: plan.seed + 2, yieldEvery: 4,
    onBatch: (log) => {
      const n = Math.min(32, training.X.shape[0] - (log.batch - 1) * 32);
      if (log.batch === 1) lossSum = hits = seen = 0;
      lossSum += log.loss * n; hits += lastAccuracy * n; seen += n;
      onProgress({ epoch: log.epoch, epochs: plan.epochs, batch: log.batch, batches: log.batches, loss: lossSum / seen, accuracy: hits / seen, heldOut });
      if (!shouldStop()) return true;
      stopped = true;
      return false;
    },
    onEpoch: (log) => {
      schedule.step();
      finished = log.epoch;
      heldOut = heldOutAccuracy(model, held);
    },
  });
  if (stopped && finished < plan.epochs) heldOut = heldOutAccuracy(model, held);
  return { weights: model.stateDict(), accuracy: heldOut ?? 0, epochs: plan.epochs, stopped: stopped && finished < plan.epochs };
}

function heldOutAccuracy(model: nn.Sequential, held: { X: Tensor; y: Tensor }): number {
  model.eval();
  const accuracy = metrics.accuracy(noGrad(() => model.forward(held.X)), held.y);
  model.train();
  return accuracy;
}
