/**
 * Reference values computed by hand (sklearn is not available here); each case lists its counts.
 * Binary case: y = [1,0,1,1,0,1,0,0], pred = [1,0,0,1,1,1,0,1] → TP 3, FP 2, FN 1, TN 2.
 * Three classes: y = [0,1,2,2,1,0,2], pred = [0,2,2,1,1,0,2] → per class (TP, FP, FN):
 * 0: (2, 0, 0), 1: (1, 1, 1), 2: (2, 1, 1).
 */
import { describe, expect, test } from "vitest";
import { metrics, tensor } from "../../src/index.ts";

const yBin = tensor([1, 0, 1, 1, 0, 1, 0, 0]);
const pBin = tensor([1, 0, 0, 1, 1, 1, 0, 1]);
const probBin = tensor([[0.9], [0.2], [0.4], [0.6], [0.51], [0.7], [0.5], [0.8]]); // > 0.5 → pBin
const y3 = tensor([0, 1, 2, 2, 1, 0, 2]);
const p3 = tensor([0, 2, 2, 1, 1, 0, 2]);
const scores3 = tensor([[3, 1, 2], [0, 1, 5], [-1, -2, 0], [0.1, 0.7, 0.2], [0, 9, 1], [2, 2, 1], [0.2, 0.3, 0.5]]); // argmax → p3 (tie → first)

describe("metrics", () => {
  test("accuracy(pred, y) with class indices, probabilities [n, 1] and scores [n, k]", () => {
    expect(metrics.accuracy(pBin, yBin)).toBe(5 / 8);
    expect(metrics.accuracy(probBin, yBin)).toBe(5 / 8);
    expect(metrics.accuracy(p3, y3)).toBe(5 / 7);
    expect(metrics.accuracy(scores3, y3.reshape([7, 1]))).toBe(5 / 7);
  });

  test("precision, recall, f1(pred, y) for the positive class 1: TP/(TP+FP), TP/(TP+FN), 2TP/(2TP+FP+FN)", () => {
    expect(metrics.precision(pBin, yBin)).toBeCloseTo(3 / 5, 12);
    expect(metrics.recall(pBin, yBin)).toBeCloseTo(3 / 4, 12);
    expect(metrics.f1(pBin, yBin)).toBeCloseTo(2 / 3, 12);
    expect(metrics.f1(probBin, yBin)).toBeCloseTo(2 / 3, 12);
  });

  test("precision, recall, f1(pred, y, { positive: 0 }) score class 0 instead", () => {
    // class 0: TP 2, FP 1, FN 2
    expect(metrics.precision(pBin, yBin, { positive: 0 })).toBeCloseTo(2 / 3, 12);
    expect(metrics.recall(pBin, yBin, { positive: 0 })).toBeCloseTo(1 / 2, 12);
    expect(metrics.f1(pBin, yBin, { positive: 0 })).toBeCloseTo(4 / 7, 12);
  });

  test("precision, recall, f1(pred, y, { average: \"macro\" }) average the per-class scores", () => {
    expect(metrics.precision(pBin, yBin, { average: "macro" })).toBeCloseTo((3 / 5 + 2 / 3) / 2, 12);
    expect(metrics.recall(pBin, yBin, { average: "macro" })).toBeCloseTo((3 / 4 + 1 / 2) / 2, 12);
    expect(metrics.f1(pBin, yBin, { average: "macro" })).toBeCloseTo((2 / 3 + 4 / 7) / 2, 12); // not the F1 of the means
    expect(metrics.precision(scores3, y3, { average: "macro" })).toBeCloseTo((1 + 1 / 2 + 2 / 3) / 3, 12);
    expect(metrics.recall(p3, y3, { average: "macro" })).toBeCloseTo((1 + 1 / 2 + 2 / 3) / 3, 12);
    expect(metrics.f1(p3, y3, { average: "macro" })).toBeCloseTo((1 + 1 / 2 + 2 / 3) / 3, 12);
  });

  test("precision, recall, f1 are 0 when their denominator is 0 (no predicted or no true positives)", () => {
    const zeros = tensor([0, 0, 0]);
    expect(metrics.accuracy(zeros, zeros)).toBe(1);
    expect(metrics.precision(zeros, zeros)).toBe(0);
    expect(metrics.recall(zeros, zeros)).toBe(0);
    expect(metrics.f1(zeros, zeros)).toBe(0);
    expect(metrics.precision(zeros, tensor([1, 0, 1]))).toBe(0); // nothing predicted positive
    expect(metrics.recall(tensor([1, 1, 0]), zeros)).toBe(0); // no positives to find
  });

  test("confusionMatrix(pred, y) has true classes as rows and predictions as columns", () => {
    expect(metrics.confusionMatrix(pBin, yBin)).toEqual([[2, 2], [1, 3]]);
    expect(metrics.confusionMatrix(scores3, y3)).toEqual([[2, 0, 0], [0, 1, 1], [0, 1, 2]]);
  });

  test("confusionMatrix(pred, y, { numClasses }) includes classes that never occur", () => {
    expect(metrics.confusionMatrix(tensor([0, 1]), tensor([1, 1]), { numClasses: 3 })).toEqual([[0, 0, 0], [1, 1, 0], [0, 0, 0]]);
  });

  test("metrics reject mismatched lengths, non-integer indices, too many classes for binary, and out-of-range classes", () => {
    expect(() => metrics.accuracy(tensor([1, 0]), tensor([1, 0, 1]))).toThrow(
      "accuracy: pred [2] and y [3] hold different numbers of examples (2 and 3)",
    );
    expect(() => metrics.accuracy(tensor([0.7, 0.2]), tensor([1, 0]))).toThrow(
      "accuracy: pred must hold class indices (integers ≥ 0), got 0.699999988079071 at 0 — pass probabilities as [n, 1] or scores as [n, k]",
    );
    expect(() => metrics.f1(p3, y3)).toThrow('f1: 3 classes (0, 1, 2) — binary scores need 2; pass { average: "macro" }');
    expect(() => metrics.confusionMatrix(p3, y3, { numClasses: 2 })).toThrow("confusionMatrix: class 2 out of range for numClasses 2");
    expect(() => metrics.recall(pBin, yBin.reshape([2, 4]))).toThrow("recall: y must hold class indices, shape [n] or [n, 1], got [2,4]");
  });
});
