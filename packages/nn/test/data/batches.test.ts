import { describe, expect, test } from "vitest";
import { arange, data, tensor } from "../../src/index.ts";

const X = tensor(Array.from({ length: 10 }, (_, i) => [i, -i]));
const y = arange(10);
const epoch = (b: Iterable<{ X: import("../../src/index.ts").Tensor; y: import("../../src/index.ts").Tensor }>) => [...b].map((batch) => [...batch.y.data]);

describe("batches", () => {
  test("batches(X, y, { batchSize: 4, shuffle: false }) gives [4, 4, 2] rows in order, X and y paired", () => {
    const b = data.batches(X, y, { batchSize: 4, shuffle: false });
    expect(b.length).toBe(3);
    const list = [...b];
    expect(list.map((x) => x.X.shape)).toEqual([[4, 2], [4, 2], [2, 2]]);
    expect(epoch(b)).toEqual([[0, 1, 2, 3], [4, 5, 6, 7], [8, 9]]);
    list.forEach(({ X: xb, y: yb }) => yb.data.forEach((label, i) => expect(xb.data[2 * i + 1]).toBe(-label)));
  });

  test("batches(X, y, { shuffle: true }) covers every row once per epoch, in a new order each epoch", () => {
    const b = data.batches(X, y, { batchSize: 3, seed: 1 });
    const e1 = epoch(b).flat(), e2 = epoch(b).flat();
    expect([...e1].sort((p, q) => p - q)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect([...e2].sort((p, q) => p - q)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(e2).not.toEqual(e1);
  });

  test("batches(X, y, { seed }) repeats the same sequence of epochs for a new iterable with the same seed", () => {
    const a = data.batches(X, y, { batchSize: 3, seed: 5 }), b = data.batches(X, y, { batchSize: 3, seed: 5 });
    expect([epoch(a), epoch(a), epoch(a)]).toEqual([epoch(b), epoch(b), epoch(b)]);
    expect(epoch(data.batches(X, y, { batchSize: 3, seed: 6 }))).not.toEqual(epoch(data.batches(X, y, { batchSize: 3, seed: 5 })));
  });

  test("batches rejects a batchSize that is not a positive integer and mismatched X and y", () => {
    expect(() => data.batches(X, y, { batchSize: 0 })).toThrow("batches: batchSize must be a positive integer, got 0");
    expect(() => data.batches(X, arange(3), { batchSize: 2 })).toThrow("batches: X [10,2] and y [3] must have the same first dimension");
  });
});
