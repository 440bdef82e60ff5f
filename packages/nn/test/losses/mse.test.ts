import { describe, expect, test } from "vitest";
import "../setup.ts";
import { gradcheck, nn, tensor } from "../../src/index.ts";
import { reference, REF_TOLERANCE, toTensor } from "../reference/reference.ts";
import { GRADCHECK } from "../reference/ops.ts";

describe("mseLoss", () => {
  for (const c of reference.losses.filter((c) => c.loss === "mseLoss")) {
    test(`${c.name} matches PyTorch: value and gradients`, () => {
      const pred = toTensor(c.pred, true), target = toTensor(c.target, true);
      const loss = nn.mseLoss(pred, target, { reduction: c.reduction });
      expect(loss).toBeAllclose(c.value, REF_TOLERANCE);
      loss.backward();
      expect(pred.grad).toBeAllclose(c.grads.pred, REF_TOLERANCE);
      expect(target.grad).toBeAllclose(c.grads.target!, REF_TOLERANCE);
    });
  }

  test("mseLoss(pred, target) is the mean of squared differences", () => {
    expect(nn.mseLoss(tensor([1, 2, 3]), tensor([1, 4, 0])).item()).toBeCloseTo(13 / 3, 6);
  });

  test("mseLoss(pred, target, { reduction: 'none' }) keeps one value per element", () => {
    expect(nn.mseLoss(tensor([1, 2]), tensor([0, 0]), { reduction: "none" }).toArray()).toEqual([1, 4]);
    // @ts-expect-error: not a reduction
    expect(() => nn.mseLoss(tensor([1]), tensor([1]), { reduction: "max" })).toThrow('mseLoss: reduction must be "mean", "sum" or "none", got "max"');
  });

  test("mseLoss(pred, target) names both shapes instead of broadcasting [4,1] against [4]", () => {
    expect(() => nn.mseLoss(tensor([[1], [2], [3], [4]]), tensor([1, 2, 3, 4]))).toThrow(
      "mseLoss: pred has shape [4,1] but target has shape [4]; they must match (e.g. target.reshape([4, 1]))",
    );
  });

  test("mseLoss(pred, target) passes gradcheck", () => {
    const result = gradcheck((p, t) => nn.mseLoss(p, t), [tensor([[0.5, -1], [2, 0.25]]), tensor([[1, 0], [1.5, -0.5]])], GRADCHECK);
    expect(result.ok, result.message).toBe(true);
  });
});
