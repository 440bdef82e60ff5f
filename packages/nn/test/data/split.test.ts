import { describe, expect, test } from "vitest";
import { arange, data, manualSeed, randn, tensor } from "../../src/index.ts";

/** X [10, 2] with row i = [i, 10 + i] and y [10] = i: every row says where it came from. */
const rows = () => ({ X: tensor(Array.from({ length: 10 }, (_, i) => [i, 10 + i])), y: arange(10) });

describe("trainTestSplit", () => {
  test("trainTestSplit(X, y, { trainRatio: 0.8 }) keeps rows and labels paired and uses every row once", () => {
    const { X, y } = rows();
    const { XTrain, yTrain, XTest, yTest } = data.trainTestSplit(X, y, { trainRatio: 0.8, seed: 3 });
    expect(XTrain.shape).toEqual([8, 2]);
    expect(yTrain.shape).toEqual([8]);
    expect(XTest.shape).toEqual([2, 2]);
    expect(yTest.shape).toEqual([2]);
    const seen = [...yTrain.data, ...yTest.data];
    expect([...seen].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    [[XTrain, yTrain], [XTest, yTest]].forEach(([Xs, ys]) => {
      ys.data.forEach((label, i) => expect([Xs.data[2 * i], Xs.data[2 * i + 1]]).toEqual([label, 10 + label]));
    });
    expect([...yTrain.data]).not.toEqual([0, 1, 2, 3, 4, 5, 6, 7]); // shuffled
  });

  test("trainTestSplit(X, y, { shuffle: false }) keeps the first rows for training", () => {
    const { X, y } = rows();
    const s = data.trainTestSplit(X, y, { trainRatio: 0.7, shuffle: false });
    expect([...s.yTrain.data]).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect([...s.yTest.data]).toEqual([7, 8, 9]);
  });

  test("trainTestSplit(X, y, { seed }) is deterministic and leaves the global generator alone", () => {
    const { X, y } = rows();
    manualSeed(0);
    const expected = [...randn(3).data];
    manualSeed(0);
    const a = data.trainTestSplit(X, y, { seed: 7 });
    expect([...randn(3).data]).toEqual(expected);
    expect(data.trainTestSplit(X, y, { seed: 7 }).yTrain.data).toEqual(a.yTrain.data);
    expect(data.trainTestSplit(X, y, { seed: 8 }).yTrain.data).not.toEqual(a.yTrain.data);
  });

  test("trainTestSplit(X, y) works for labels [n, k] and images [n, 1, h, w]", () => {
    const images = arange(10 * 4).reshape([10, 1, 2, 2]);
    const onehot = arange(20).reshape([10, 2]);
    const s = data.trainTestSplit(images, onehot, { trainRatio: 0.5, seed: 1 });
    expect(s.XTrain.shape).toEqual([5, 1, 2, 2]);
    expect(s.yTest.shape).toEqual([5, 2]);
    for (let i = 0; i < 5; i++) expect(s.XTrain.data[4 * i] / 4).toBe(s.yTrain.data[2 * i] / 2); // row r: image 4r…, label 2r…
  });

  test("trainTestSplit rejects mismatched first dimensions, naming both shapes, and a ratio outside (0, 1)", () => {
    const { X, y } = rows();
    expect(() => data.trainTestSplit(X, arange(9))).toThrow("trainTestSplit: X [10,2] and y [9] must have the same first dimension (one row per example)");
    expect(() => data.trainTestSplit(X, y, { trainRatio: 1 })).toThrow("trainTestSplit: trainRatio must be a number in (0, 1), got 1");
    expect(() => data.trainTestSplit(X, y, { trainRatio: 0.01 })).toThrow("trainTestSplit: 10 examples with trainRatio 0.01 leave the training set empty");
  });
});
