import { describe, expect, test } from "vitest";
import "../setup.ts";
import { arange, tensor, zeros } from "../../src/index.ts";
import { testOpsAgainstReference } from "../reference/ops.ts";

describe("sum, mean", () => {
  testOpsAgainstReference("sum", "mean");

  test("sum() of everything is a scalar of shape []", () => {
    const s = arange(6).reshape([2, 3]).sum();
    expect(s.shape).toEqual([]);
    expect(s.item()).toBe(15);
  });

  test("sum(axis, keepDims) drops or keeps the reduced dimension", () => {
    const a = arange(6).reshape([2, 3]);
    expect(a.sum(0).toArray()).toEqual([3, 5, 7]);
    expect(a.sum(1, true).toArray()).toEqual([[3], [12]]);
    expect(a.sum([0, 1]).shape).toEqual([]);
    expect(a.mean(-1).toArray()).toEqual([1, 4]);
  });

  test("sum(axis) names the shape when the axis is out of range or repeated", () => {
    expect(() => zeros(2, 3).sum(2)).toThrow("sum: axis 2 is out of range for shape [2,3]");
    expect(() => zeros(2, 3).mean(-3)).toThrow("sum: axis -3 is out of range for shape [2,3]");
    expect(() => zeros(2, 3).sum([1, -1])).toThrow("sum: axis 1,-1 repeats a dimension");
  });

  test("sum() accumulates in float64: 2^24 + 1 + 1 is not lost to float32 rounding", () => {
    // float32 cannot hold 2^24 + 1, so a float32 running sum would return 2^24.
    expect(tensor([16777216, 1, 1]).sum().item()).toBe(16777218);
  });

  test("mean(axis) backward spreads 1/n to every element", () => {
    const a = tensor([[1, 2], [3, 4]], { requiresGrad: true });
    a.mean().backward();
    expect(a.grad?.toArray()).toEqual([[0.25, 0.25], [0.25, 0.25]]);
  });
});
