import { describe, expect, test } from "vitest";
import "../setup.ts";
import { gradcheck, nn, tensor, Tensor } from "../../src/index.ts";
import { REF_TOLERANCE, toTensor } from "../reference/reference.ts";
import { ops2 } from "../reference/ops2.ts";
import { GRADCHECK } from "../reference/ops.ts";

describe("l1Penalty, l2Penalty", () => {
  for (const c of ops2.penalties) {
    test(`${c.name} matches PyTorch: value and gradients`, () => {
      const params = c.params.map((p) => toTensor(p, true));
      const value = nn[c.penalty](params);
      expect(value).toBeAllclose(c.value, REF_TOLERANCE);
      value.backward();
      params.forEach((p, i) => expect(p.grad).toBeAllclose(c.grads[i], REF_TOLERANCE));
    });
  }

  test("l2Penalty(params) is Σw² with no ½, so (λ/2)·l2Penalty has gradient λw, PyTorch's weightDecay", () => {
    const w = tensor([3, -4], { requiresGrad: true });
    const lambda = 0.1;
    const penalty = nn.l2Penalty([w]);
    expect(penalty.item()).toBe(25);
    penalty.mul(lambda / 2).backward();
    expect(w.grad).toBeAllclose([0.3, -0.4], { rtol: 1e-6 });
  });

  test("l1Penalty(params) and l2Penalty(params) pass gradcheck", () => {
    const inputs = [tensor([[0.5, -1.25], [2, -0.75]]), tensor([0.25, -3])];
    for (const fn of [nn.l1Penalty, nn.l2Penalty]) {
      const result = gradcheck((...ps: Tensor[]) => fn(ps), inputs, GRADCHECK);
      expect(result.ok, result.message).toBe(true);
    }
  });

  test("l2Penalty(params) rejects an empty list and says what to pass", () => {
    expect(() => nn.l2Penalty([])).toThrow(
      "l2Penalty: params must be a non-empty array of tensors (e.g. model.parameters()), got an empty array",
    );
    expect(() => nn.l1Penalty([tensor([1]), 2 as unknown as Tensor])).toThrow("l1Penalty: params[1] is not a Tensor");
  });

  test("l2Penalty(params) reports an overflow to Infinity", () => {
    expect(() => nn.l2Penalty([tensor([1e30])])).toThrow("l2Penalty: the loss is Infinity");
  });
});
