import { describe, expect, test } from "vitest";
import "../setup.ts";
import { gradcheck, tensor } from "../../src/index.ts";
import { testOps2AgainstReference } from "../reference/ops2.ts";
import { GRADCHECK } from "../reference/ops.ts";

describe("softmax, logSoftmax", () => {
  testOps2AgainstReference("softmax", "logSoftmax");

  test("softmax(a) rows sum to 1 and are unchanged by adding a constant", () => {
    const a = tensor([[1, 2, 3], [-5, 0, 5]]);
    expect(a.softmax().sum(1)).toBeAllclose([1, 1], { rtol: 1e-6 });
    expect(a.add(100).softmax()).toBeAllclose(a.softmax(), { rtol: 1e-5, atol: 1e-7 });
  });

  test("logSoftmax(a) is finite where log(softmax(a)) underflows to -Infinity", () => {
    const a = tensor([0, -200]);
    expect(a.softmax().log().toArray()).toEqual([0, -Infinity]);
    expect(a.logSoftmax()).toBeAllclose([0, -200], { rtol: 1e-6 });
  });

  test("logSoftmax(a) equals log(softmax(a)) where both are finite", () => {
    const a = tensor([[0.3, -1.2, 2.5, 0], [1, 1, 1, 1]]);
    expect(a.logSoftmax()).toBeAllclose(a.softmax().log(), { rtol: 1e-5, atol: 1e-6 });
  });

  test("softmax(a, 1) then a loss through it passes gradcheck", () => {
    const result = gradcheck((a) => a.softmax(1).mul(tensor([[1, -2, 0.5]])).sum(), [tensor([[0.2, 1.5, -0.3], [2, -1, 0]])], GRADCHECK);
    expect(result.ok, result.message).toBe(true);
  });

  test("softmax(a, axis) names the axis and shape when the axis is out of range", () => {
    expect(() => tensor([1, 2, 3]).softmax(1)).toThrow("softmax: axis 1 is out of range for shape [3]");
    expect(() => tensor([1, 2, 3]).logSoftmax(-2)).toThrow("logSoftmax: axis -2 is out of range for shape [3]");
  });
});
