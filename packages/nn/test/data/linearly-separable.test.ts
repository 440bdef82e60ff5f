import { describe, expect, test } from "vitest";
import { data, manualSeed, randn } from "../../src/index.ts";

describe("linearlySeparable", () => {
  test("linearlySeparable(n) gives X [n,2] in [-1,1]² and balanced 0/1 labels y [n]", () => {
    const { X, y } = data.linearlySeparable(40);
    expect(X.shape).toEqual([40, 2]);
    expect(y.shape).toEqual([40]);
    expect([...X.data].every((v) => v >= -1 && v <= 1)).toBe(true);
    expect([...y.data].filter((v) => v === 1)).toHaveLength(20);
    expect([...y.data].every((v) => v === 0 || v === 1)).toBe(true);
  });

  test.each([0, 1, 2, 42])("linearlySeparable(40, { seed: %i }) is separated by its boundary line with the margin", (seed) => {
    const { X, y, boundary } = data.linearlySeparable(40, { seed, margin: 0.3 });
    const [w1, w2] = boundary.w;
    for (let i = 0; i < 40; i++) {
      const d = w1 * X.data[2 * i] + w2 * X.data[2 * i + 1] + boundary.b;
      expect(d > 0 ? 1 : 0).toBe(y.data[i]);
      expect(Math.abs(d)).toBeGreaterThanOrEqual(0.3 - 1e-6); // float32 storage moves points by ~1e-7
    }
  });

  test("linearlySeparable(n) is separable by a line the perceptron rule finds on its own", () => {
    // Independent of `boundary`: the perceptron converges iff the data are separable, within (R/γ)² updates.
    const { X, y } = data.linearlySeparable(60, { seed: 5, margin: 0.2 });
    let w = [0, 0, 0]; // bias, w1, w2
    let converged = false;
    for (let epoch = 0; epoch < 1000 && !converged; epoch++) {
      converged = true;
      for (let i = 0; i < 60; i++) {
        const x = [1, X.data[2 * i], X.data[2 * i + 1]];
        const target = y.data[i] === 1 ? 1 : -1;
        if (target * (w[0] * x[0] + w[1] * x[1] + w[2] * x[2]) <= 0) {
          w = w.map((wi, k) => wi + target * x[k]);
          converged = false;
        }
      }
    }
    expect(converged).toBe(true);
  });

  test("linearlySeparable(n, { seed }) is deterministic and leaves the global generator alone", () => {
    manualSeed(0);
    const expected = [...randn(3).data];
    manualSeed(0);
    const a = data.linearlySeparable(20, { seed: 9 });
    expect([...randn(3).data]).toEqual(expected);
    const b = data.linearlySeparable(20, { seed: 9 });
    expect(b.X.data).toEqual(a.X.data);
    expect(b.y.data).toEqual(a.y.data);
    expect(data.linearlySeparable(20, { seed: 10 }).X.data).not.toEqual(a.X.data);
  });

  test("linearlySeparable(n, { margin }) rejects a bad n or a margin outside [0, 0.7]", () => {
    expect(() => data.linearlySeparable(0)).toThrow("linearlySeparable: n must be a positive integer, got 0");
    expect(() => data.linearlySeparable(10, { margin: 0.8 })).toThrow("linearlySeparable: margin must be in [0, 0.7], got 0.8");
  });
});
