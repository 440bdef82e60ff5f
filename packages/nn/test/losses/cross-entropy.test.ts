import { describe, expect, test } from "vitest";
import "../setup.ts";
import { gradcheck, nn, tensor } from "../../src/index.ts";
import { REF_TOLERANCE, toTensor } from "../reference/reference.ts";
import { ops2 } from "../reference/ops2.ts";
import { GRADCHECK } from "../reference/ops.ts";

describe("crossEntropy", () => {
  for (const c of ops2.losses.filter((c) => c.loss === "crossEntropy")) {
    test(`${c.name} matches PyTorch: value and gradient`, () => {
      const logits = toTensor(c.pred, true);
      const loss = nn.crossEntropy(logits, toTensor(c.target), { reduction: c.reduction });
      expect(loss).toBeAllclose(c.value, REF_TOLERANCE);
      loss.backward(c.upstream && c.reduction === "none" ? toTensor(c.upstream) : undefined);
      expect(logits.grad).toBeAllclose(c.grads.pred, REF_TOLERANCE);
    });
  }

  test("crossEntropy(logits, labels) passes gradcheck", () => {
    const labels = tensor([2, 0, 1]);
    const logits = tensor([[0.5, -1, 2, 0.25], [1.5, 0.25, -0.5, 0], [-2, 1, 0.75, 3]]);
    const result = gradcheck((z) => nn.crossEntropy(z, labels), [logits], GRADCHECK);
    expect(result.ok, result.message).toBe(true);
  });

  test("crossEntropy(logits, labels) equals the mean of -logSoftmax(logits) at the labels", () => {
    const logits = tensor([[0.5, -1, 2], [1.5, 0.25, -0.5]]);
    const oneHot = tensor([[0, 1, 0], [1, 0, 0]]);
    const manual = logits.logSoftmax(1).mul(oneHot).sum(1).neg().mean();
    expect(nn.crossEntropy(logits, [1, 0])).toBeAllclose(manual, { rtol: 1e-6 });
  });

  test("crossEntropy(logits, labels) is stable for logits of 1e3: finite loss and gradient", () => {
    const logits = tensor([[1000, -1000], [-1000, 1000]], { requiresGrad: true });
    const loss = nn.crossEntropy(logits, [1, 1]);
    expect(loss.item()).toBeCloseTo(1000, 3);
    loss.backward();
    expect(logits.grad).toBeAllclose([[0.5, -0.5], [0, 0]]);
  });

  test("crossEntropy(logits, labels) takes labels as a plain array", () => {
    const logits = tensor([[2, 1], [0, 3]]);
    expect(nn.crossEntropy(logits, [0, 1]).item()).toBeCloseTo(nn.crossEntropy(logits, tensor([0, 1])).item(), 7);
  });

  test("crossEntropy(logits, labels) names a label out of range and the number of classes", () => {
    expect(() => nn.crossEntropy(tensor([[1, 2, 3]]), [3])).toThrow("crossEntropy: label 3 at index 0 is out of range for 3 classes");
    expect(() => nn.crossEntropy(tensor([[1, 2, 3]]), [-1])).toThrow("crossEntropy: label -1 at index 0 is out of range for 3 classes");
  });

  test("crossEntropy(logits, labels) rejects labels that are not integers", () => {
    expect(() => nn.crossEntropy(tensor([[1, 2], [3, 4]]), tensor([0, 0.5]))).toThrow(
      "crossEntropy: label 0.5 at index 1 is not an integer class index",
    );
  });

  test("crossEntropy(logits, labels) names both sizes when the batch differs", () => {
    expect(() => nn.crossEntropy(tensor([[1, 2], [3, 4]]), [0])).toThrow(
      "crossEntropy: logits [2,2] have 2 rows but labels have 1 values",
    );
  });

  test("crossEntropy(logits, labels) rejects logits that are not [batch, classes] and one-hot labels", () => {
    expect(() => nn.crossEntropy(tensor([1, 2, 3]), [0])).toThrow(
      "crossEntropy: logits must have shape [batch, classes], got [3] (for one example use logits.reshape([1, -1]))",
    );
    expect(() => nn.crossEntropy(tensor([[1, 2]]), tensor([[0, 1]]))).toThrow(
      "crossEntropy: labels must have shape [batch] (class indices, not one-hot), got [1,2]",
    );
  });

  test("crossEntropy(logits, labels) reports a NaN loss, naming the loss", () => {
    expect(() => nn.crossEntropy(tensor([[NaN, 1]]), [0])).toThrow(
      "crossEntropy: the loss is NaN — check the inputs for NaN/Infinity, or lower the learning rate",
    );
    expect(() => nn.crossEntropy(tensor([[-Infinity, 1]]), [0])).toThrow("crossEntropy: the loss is Infinity");
  });
});
