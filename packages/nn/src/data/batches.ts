import type { Tensor } from "../tensor/tensor.ts";
import { Generator } from "../random.ts";
import { checkPair, range, takeRows } from "./rows.ts";

export interface BatchesOptions {
  /** Examples per batch; the last batch of an epoch holds the remainder. */
  batchSize: number;
  /** Visit the rows in a new random order each epoch (default); `false` keeps their order. */
  shuffle?: boolean;
  /** Seed of the batches' own generator (the global one is left untouched). */
  seed?: number;
}

/** One mini-batch: rows of X with their labels. */
export interface Batch {
  X: Tensor;
  y: Tensor;
}

/**
 * Mini-batches of `X` and `y`, as an iterable: each `for (const { X, y } of b)` loop is one epoch,
 * ⌈n / batchSize⌉ batches covering every row once (the last one smaller when batchSize does not
 * divide n). With `shuffle`, the iterable owns one generator seeded with `seed` and draws a fresh
 * permutation at the start of every epoch, so epoch 1, 2, 3 … differ from each other, yet a new
 * `batches(X, y, { seed })` repeats exactly the same sequence of epochs.
 * Like PyTorch's `DataLoader(TensorDataset(X, y), batch_size, shuffle=True)` with a seeded generator.
 * Chapter 7, Batching.
 */
export function batches(X: Tensor, y: Tensor, options: BatchesOptions): Iterable<Batch> & { readonly length: number } {
  checkPair("batches", X, y);
  const { batchSize, shuffle = true, seed = 0 } = options ?? ({} as BatchesOptions);
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    throw new Error(`batches: batchSize must be a positive integer, got ${String(batchSize)}`);
  }
  const n = X.shape[0];
  const gen = new Generator(seed);
  return {
    /** Batches per epoch. */
    length: Math.ceil(n / batchSize),
    *[Symbol.iterator]() {
      const order = range(n);
      if (shuffle) gen.shuffle(order);
      for (let start = 0; start < n; start += batchSize) {
        const idx = order.slice(start, start + batchSize);
        yield { X: takeRows(X, idx), y: takeRows(y, idx) };
      }
    },
  };
}
