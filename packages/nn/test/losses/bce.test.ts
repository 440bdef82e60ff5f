import { describe, expect, test } from "vitest";
import "../setup.ts";
import { gradcheck, nn, tensor } from "../../src/index.ts";
import { reference, REF_TOLERANCE, toTensor } from "../reference/reference.ts";
import { GRADCHECK } from "../reference/ops.ts";

describe("binaryCrossEntropy", () => {
  for (const c of reference.losses.filter((c) => c.loss === "binaryCrossEntropy")) {
    test(`${c.name} matches PyTorch: value and gradients`, () => {
      const prob = toTensor(c.pred, true), target = toTensor(c.target, c.grads.target !== null);
      const loss = nn.binaryCrossEntropy(prob, target, { reduction: c.reduction });
      expect(loss).toBeAllclose(c.value, REF_TOLERANCE);
      loss.backward();
      expect(prob.grad).toBeAllclose(c.grads.pred, REF_TOLERANCE);
      if (c.grads.target !== null) expect(target.grad).toBeAllclose(c.grads.target, REF_TOLERANCE);
    });
  }

  test("binaryCrossEntropy(prob, target) is finite at prob 0 and 1: each log is clamped at -100", () => {
    const loss = nn.binaryCrossEntropy(tensor([0, 1]), tensor([1, 0]));
    expect(loss.item()).toBe(100);
  });

  test("binaryCrossEntropy(prob, target) names the value and index of a probability outside [0, 1]", () => {
    expect(() => nn.binaryCrossEntropy(tensor([[0.5, 1.5]]), tensor([[1, 0]]))).toThrow(
      "binaryCrossEntropy: prob must be in [0, 1], got 1.5 at index [0,1] (apply sigmoid first?)",
    );
    expect(() => nn.binaryCrossEntropy(tensor([NaN]), tensor([1]))).toThrow("got NaN at index [0]");
  });

  test("binaryCrossEntropy(prob, target) names both shapes when they differ", () => {
    expect(() => nn.binaryCrossEntropy(tensor([[0.5], [0.5]]), tensor([1, 0]))).toThrow(
      "binaryCrossEntropy: prob has shape [2,1] but target has shape [2]; they must match (e.g. target.reshape([2, 1]))",
    );
  });

  test("binaryCrossEntropy(prob, target) passes gradcheck for prob and target", () => {
    const result = gradcheck((p, t) => nn.binaryCrossEntropy(p, t), [tensor([0.2, 0.7, 0.9]), tensor([0, 1, 0.4])], GRADCHECK);
    expect(result.ok, result.message).toBe(true);
  });

  test("binaryCrossEntropy(sigmoid(z), y) passes gradcheck through the sigmoid", () => {
    const result = gradcheck((z) => nn.binaryCrossEntropy(z.sigmoid(), tensor([1, 0, 1])), [tensor([-1, 0.5, 2])], GRADCHECK);
    expect(result.ok, result.message).toBe(true);
  });
});
