import { describe, expect, test } from "vitest";
import { arange, manualSeed, ones, rand, randn, tensor, Generator, zeros } from "../../src/index.ts";

describe("tensor, zeros, ones, rand, randn, arange", () => {
  test("tensor(nested) infers the shape and stores float32 row-major", () => {
    const t = tensor([[1, 2, 3], [4, 5, 6]]);
    expect(t.shape).toEqual([2, 3]);
    expect(t.data).toBeInstanceOf(Float32Array);
    expect([...t.data]).toEqual([1, 2, 3, 4, 5, 6]);
    expect(tensor([[0.1]]).data[0]).toBe(Math.fround(0.1));
  });

  test("tensor(number) is a scalar of shape []", () => {
    const t = tensor(3.5);
    expect(t.shape).toEqual([]);
    expect(t.size).toBe(1);
    expect(t.item()).toBe(3.5);
  });

  test("tensor(Float32Array, { shape }) takes flat data and copies it", () => {
    const flat = new Float32Array(784).fill(0.5);
    const img = tensor(flat, { shape: [1, 1, 28, 28] });
    expect(img.shape).toEqual([1, 1, 28, 28]);
    flat[0] = 9;
    expect(img.data[0]).toBe(0.5);
  });

  test("tensor(values, { shape }) names both sizes when they do not fit", () => {
    expect(() => tensor(new Float32Array(784), { shape: [1, 1, 28, 27] })).toThrow(
      "tensor: 784 values do not fit shape [1,1,28,27] (756 values)",
    );
  });

  test("tensor(nested) says where a ragged array goes wrong", () => {
    expect(() => tensor([[1, 2], [3]])).toThrow("tensor: ragged nested array — [1] has 1 values, expected 2 as in the first row");
    expect(() => tensor([[1, 2], 3] as number[][])).toThrow("[1] has a number, expected 2");
    expect(() => tensor([[1, "a"]] as unknown as number[][])).toThrow("tensor: expected a number at [0][1], got string");
  });

  test("tensor(values, { requiresGrad }) marks a leaf for autograd", () => {
    const t = tensor([1, 2], { requiresGrad: true });
    expect(t.requiresGrad).toBe(true);
    expect(t.isLeaf).toBe(true);
    expect(tensor([1]).requiresGrad).toBe(false);
  });

  test("zeros(2, 3), zeros([2, 3]) and ones(4) take PyTorch's shape forms", () => {
    expect(zeros(2, 3).shape).toEqual([2, 3]);
    expect(zeros([2, 3], { requiresGrad: true }).requiresGrad).toBe(true);
    expect([...zeros([2, 3]).data]).toEqual([0, 0, 0, 0, 0, 0]);
    expect(ones(4).toArray()).toEqual([1, 1, 1, 1]);
    expect(zeros([]).shape).toEqual([]);
    expect(() => zeros(2, -1)).toThrow("zeros: shape sizes must be non-negative integers, got [2,-1]");
  });

  test("rand(shape) is uniform in [0, 1) from the global generator", () => {
    manualSeed(0);
    const r = rand(10000);
    const values = [...r.data];
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    expect(Math.abs(values.reduce((a, b) => a + b) / values.length - 0.5)).toBeLessThan(0.01);
  });

  test("randn(shape, { generator }) draws from the given generator only", () => {
    manualSeed(0);
    const global = [...randn(3).data];
    manualSeed(0);
    const a = randn([3], { generator: new Generator(5) });
    expect(a.data).toEqual(randn([3], { generator: new Generator(5) }).data);
    expect([...randn(3).data]).toEqual(global);
  });

  test("arange(n), arange(start, end) and arange(start, end, step) follow PyTorch", () => {
    expect(arange(4).toArray()).toEqual([0, 1, 2, 3]);
    expect(arange(1, 4).toArray()).toEqual([1, 2, 3]);
    expect(arange(0, 1, 0.25).toArray()).toEqual([0, 0.25, 0.5, 0.75]);
    expect(arange(3, 0, -1).toArray()).toEqual([3, 2, 1]);
    expect(arange(2, 2).shape).toEqual([0]);
    expect(() => arange(0, 1, 0)).toThrow("arange: start, end and step must be finite numbers and step non-zero");
  });
});
