import type { Tensor } from "../tensor/tensor.ts";
import { Generator } from "../random.ts";
import { checkPair, range, takeRows } from "./rows.ts";

export interface TrainTestSplitOptions {
  /** Fraction of the examples that go to the training set, strictly between 0 and 1. */
  trainRatio?: number;
  /** Seed of the split's own generator (the global one is left untouched). */
  seed?: number;
  /** Shuffle before splitting (default); `false` keeps the first rows for training. */
  shuffle?: boolean;
}

/** A data set split in two: rows of X and y stay paired. */
export interface TrainTestSplit {
  XTrain: Tensor;
  yTrain: Tensor;
  XTest: Tensor;
  yTest: Tensor;
}

/**
 * Split the rows of `X` and `y` into a training and a test set: shuffle the row indices
 * (Fisher–Yates, seeded), then the first round(trainRatio · n) go to training, the rest to test.
 * Like sklearn's `train_test_split(X, y, train_size=…, random_state=…)`. Deterministic for a `seed`.
 * Chapter 10, Practice (splits).
 */
export function trainTestSplit(X: Tensor, y: Tensor, options: TrainTestSplitOptions = {}): TrainTestSplit {
  const { trainRatio = 0.8, seed = 0, shuffle = true } = options;
  checkPair("trainTestSplit", X, y);
  if (!(typeof trainRatio === "number" && trainRatio > 0 && trainRatio < 1)) {
    throw new Error(`trainTestSplit: trainRatio must be a number in (0, 1), got ${String(trainRatio)}`);
  }
  const n = X.shape[0];
  const nTrain = Math.round(trainRatio * n);
  if (nTrain === 0 || nTrain === n) {
    throw new Error(`trainTestSplit: ${n} examples with trainRatio ${trainRatio} leave ${nTrain === 0 ? "the training" : "the test"} set empty`);
  }
  const order = range(n);
  if (shuffle) new Generator(seed).shuffle(order);
  const train = order.slice(0, nTrain), test = order.slice(nTrain);
  return { XTrain: takeRows(X, train), yTrain: takeRows(y, train), XTest: takeRows(X, test), yTest: takeRows(y, test) };
}
