import { describe, expect, test } from "vitest";
import "../setup.ts";
import { tensor } from "../../src/index.ts";
import { testOpsAgainstReference } from "../reference/ops.ts";

describe("add, sub, mul, div", () => {
  testOpsAgainstReference("add", "sub", "mul", "div");

  test("add(a, b) names the op and both shapes when they cannot broadcast", () => {
    expect(() => tensor([[1, 2, 3], [4, 5, 6]]).add(tensor([1, 2, 3, 4]))).toThrow("add: cannot broadcast [2,3] with [4]");
  });

  test("sub(a, b) and div(a, b) name themselves, not the primitives they are built from", () => {
    const a = tensor([[1, 2, 3], [4, 5, 6]]), b = tensor([1, 2]);
    expect(() => a.sub(b)).toThrow("sub: cannot broadcast [2,3] with [2]");
    expect(() => a.div(b)).toThrow("div: cannot broadcast [2,3] with [2]");
    expect(() => a.mul(b)).toThrow("mul: cannot broadcast [2,3] with [2]");
  });

  test("add(a, b) broadcasts to the larger rank", () => {
    const c = tensor([[[1], [2]]]).add(tensor([10, 20, 30])); // [1,2,1] + [3]
    expect(c.shape).toEqual([1, 2, 3]);
    expect(c.toArray()).toEqual([[[11, 21, 31], [12, 22, 32]]]);
  });

  test("add(a, b) accumulates into an input used twice", () => {
    const a = tensor([1, 2], { requiresGrad: true });
    a.add(a).sum().backward();
    expect(a.grad?.toArray()).toEqual([2, 2]);
  });

  test("mul(a, b) gives no grad to an input that does not require it", () => {
    const a = tensor([1, 2], { requiresGrad: true }), b = tensor([3, 4]);
    a.mul(b).sum().backward();
    expect(a.grad?.toArray()).toEqual([3, 4]);
    expect(b.grad).toBeNull();
  });

  test("div(a, 0) gives Infinity and 0/0 NaN, as in IEEE arithmetic", () => {
    expect([...tensor([1, -1, 0]).div(0).data]).toEqual([Infinity, -Infinity, NaN]);
  });

  test("add(a, x) rejects what is neither a tensor nor a number", () => {
    // @ts-expect-error: a string is a type error in TypeScript, and a clear error at run time
    expect(() => tensor([1]).add("2")).toThrow("add: expected a Tensor or a number, got string");
  });
});
