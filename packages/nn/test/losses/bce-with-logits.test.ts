import { describe, expect, test } from "vitest";
import "../setup.ts";
import { gradcheck, nn, tensor } from "../../src/index.ts";
import { REF_TOLERANCE, toTensor } from "../reference/reference.ts";
import { ops2 } from "../reference/ops2.ts";
import { GRADCHECK } from "../reference/ops.ts";

describe("bceWithLogits", () => {
  for (const c of ops2.losses.filter((c) => c.loss === "bceWithLogits")) {
    test(`${c.name} matches PyTorch: value and gradients`, () => {
      const logits = toTensor(c.pred, true), target = toTensor(c.target, true);
      const loss = nn.bceWithLogits(logits, target, { reduction: c.reduction });
      expect(loss).toBeAllclose(c.value, REF_TOLERANCE);
      loss.backward();
      expect(logits.grad).toBeAllclose(c.grads.pred, REF_TOLERANCE);
      expect(target.grad).toBeAllclose(c.grads.target as { shape: number[]; data: number[] }, REF_TOLERANCE);
    });
  }

  test("bceWithLogits(logits, target) equals binaryCrossEntropy(sigmoid(logits), target) where both are exact", () => {
    const z = tensor([-2, -0.5, 0, 1.5]), y = tensor([0, 1, 0.5, 1]);
    expect(nn.bceWithLogits(z, y)).toBeAllclose(nn.binaryCrossEntropy(z.sigmoid(), y), { rtol: 1e-5 });
  });

  test("bceWithLogits(logits, target) stays exact at logits of ±1000, where sigmoid saturates", () => {
    const loss = nn.bceWithLogits(tensor([1000, -1000]), tensor([0, 1]));
    expect(loss.item()).toBe(1000);
  });

  test("bceWithLogits(logits, target) passes gradcheck for logits and target", () => {
    const result = gradcheck((z, y) => nn.bceWithLogits(z, y), [tensor([[-1.5, 0.25], [2, -0.75]]), tensor([[0, 1], [0.3, 1]])], GRADCHECK);
    expect(result.ok, result.message).toBe(true);
  });

  test("bceWithLogits(logits, target) names both shapes when they differ", () => {
    expect(() => nn.bceWithLogits(tensor([[0.5], [1]]), tensor([1, 0]))).toThrow(
      "bceWithLogits: logits has shape [2,1] but target has shape [2]; they must match (e.g. target.reshape([2, 1]))",
    );
  });

  test("bceWithLogits(logits, target) reports a NaN loss, naming the loss and the index with reduction none", () => {
    expect(() => nn.bceWithLogits(tensor([0, NaN]), tensor([1, 0]))).toThrow("bceWithLogits: the loss is NaN");
    expect(() => nn.bceWithLogits(tensor([0, NaN]), tensor([1, 0]), { reduction: "none" })).toThrow(
      "bceWithLogits: the loss is NaN at index [1]",
    );
  });
});
