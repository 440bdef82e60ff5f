import { describe, expect, test } from "vitest";
import "../setup.ts";
import { tensor } from "../../src/index.ts";
import { testOpsAgainstReference } from "../reference/ops.ts";

describe("neg, pow, exp, log, sqrt, abs", () => {
  testOpsAgainstReference("neg", "pow", "exp", "log", "sqrt", "abs");

  test("abs(a) has gradient 0 at 0, as PyTorch", () => {
    const a = tensor([-2, 0, 3], { requiresGrad: true });
    a.abs().sum().backward();
    expect(a.grad?.toArray()).toEqual([-1, 0, 1]);
  });

  test("pow(a, 0) is 1 with gradient 0, even at 0", () => {
    const a = tensor([0, 2], { requiresGrad: true });
    const y = a.pow(0);
    y.sum().backward();
    expect(y.toArray()).toEqual([1, 1]);
    expect(a.grad?.toArray()).toEqual([0, 0]);
  });

  test("log(a) is -Infinity at 0 and NaN below, as in PyTorch", () => {
    expect([...tensor([0, -1]).log().data]).toEqual([-Infinity, NaN]);
  });

  test("pow(a, p) rejects a tensor exponent", () => {
    // @ts-expect-error: only number exponents for now
    expect(() => tensor([1]).pow(tensor([2]))).toThrow("pow: exponent must be a number, got object");
  });
});
