import { describe, expect, test } from "vitest";
import { arange, ones, tensor, Tensor, zeros } from "../../src/index.ts";

describe("Tensor", () => {
  test("new Tensor(data, shape) checks that the data fits the shape", () => {
    expect(new Tensor(new Float32Array(6), [2, 3]).size).toBe(6);
    expect(() => new Tensor(new Float32Array(5), [2, 3])).toThrow("Tensor: 5 values do not fit shape [2,3] (6 values)");
  });

  test("shape is frozen, size and ndim follow it", () => {
    const t = zeros(2, 3, 4);
    expect(t.size).toBe(24);
    expect(t.ndim).toBe(3);
    expect(() => (t.shape as number[]).push(1)).toThrow();
  });

  test("p.data = Float32Array sets the values; a wrong size names both sizes", () => {
    const p = zeros(2, 2);
    p.data = new Float32Array([1, 2, 3, 4]);
    expect(p.toArray()).toEqual([[1, 2], [3, 4]]);
    p.data = [5, 6, 7, 8] as unknown as Float32Array;
    expect(p.data).toBeInstanceOf(Float32Array);
    expect(p.toArray()).toEqual([[5, 6], [7, 8]]);
    expect(() => (p.data = new Float32Array(3))).toThrow("data: expected 4 values for shape [2,2], got 3");
  });

  test("item() returns the single value, and names the shape when there are several", () => {
    expect(tensor([[2.5]]).item()).toBe(2.5);
    expect(() => zeros(2, 3).item()).toThrow("item: tensor has 6 values (shape [2,3]); item() needs exactly one");
  });

  test("toArray() returns nested arrays, or a number for a scalar", () => {
    expect(arange(6).reshape([3, 1, 2]).toArray()).toEqual([[[0, 1]], [[2, 3]], [[4, 5]]]);
    expect(tensor(7).toArray()).toBe(7);
  });

  test("detach() shares the values but leaves the graph", () => {
    const a = tensor([1, 2], { requiresGrad: true });
    const b = a.mul(2);
    const d = b.detach();
    expect(d.requiresGrad).toBe(false);
    expect(d.gradFn).toBeNull();
    expect(d.data).toBe(b.data);
  });

  test("toString() prints values, rounded, and the shape", () => {
    expect(String(tensor([[1, 2], [3, 4]]))).toBe("tensor([[1, 2], [3, 4]], shape=[2,2])");
    expect(String(tensor([0.1, 1 / 3, -2]))).toBe("tensor([0.1, 0.3333, -2], shape=[3])");
    expect(String(tensor(5))).toBe("tensor(5, shape=[])");
    expect(String(tensor([1e-7, 12345678.5]))).toBe("tensor([1e-7, 1.235e+7], shape=[2])");
    expect(String(tensor([1], { requiresGrad: true }))).toBe("tensor([1], shape=[1], requiresGrad=true)");
    expect(String(tensor([1], { requiresGrad: true }).mul(2))).toBe("tensor([2], shape=[1], gradFn=mul)");
  });

  test("toString() puts long rows on their own lines and elides tensors above 1000 values", () => {
    const long = String(ones(3, 20));
    expect(long.split("\n")).toHaveLength(3);
    expect(long.split("\n")[1].startsWith("        [1, 1")).toBe(true);
    const big = String(arange(2000));
    expect(big).toBe("tensor([0, 1, 2, ..., 1997, 1998, 1999], shape=[2000])");
  });
});
