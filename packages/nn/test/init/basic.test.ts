import { describe, expect, test } from "vitest";
import { Generator, init, manualSeed, zeros } from "../../src/index.ts";

describe("init.uniform, init.normal, init.constant", () => {
  test("uniform(t, low, high) fills t in place within [low, high) and returns it", () => {
    const t = zeros(1000);
    expect(init.uniform(t, -2, 3)).toBe(t);
    const v = [...t.data];
    expect(Math.min(...v)).toBeGreaterThanOrEqual(-2);
    expect(Math.max(...v)).toBeLessThan(3);
    expect(Math.max(...v) - Math.min(...v)).toBeGreaterThan(4.9);
  });

  test("normal(t, mean, std) has the requested mean and spread", () => {
    const t = init.normal(zeros(20000), 5, 2, { generator: new Generator(1) });
    const v = [...t.data];
    const mean = v.reduce((a, b) => a + b) / v.length;
    const std = Math.sqrt(v.reduce((a, b) => a + (b - mean) ** 2, 0) / v.length);
    expect(Math.abs(mean - 5)).toBeLessThan(0.05);
    expect(Math.abs(std - 2)).toBeLessThan(0.05);
  });

  test("uniform(t) and normal(t) repeat after manualSeed", () => {
    manualSeed(4);
    const a = init.normal(zeros(5)).data.slice();
    manualSeed(4);
    expect(init.normal(zeros(5)).data).toEqual(a);
  });

  test("constant(t, v), zeros(t) and ones(t) fill every value", () => {
    expect(init.constant(zeros(3), 7).toArray()).toEqual([7, 7, 7]);
    expect(init.ones(zeros(2)).toArray()).toEqual([1, 1]);
    expect(init.zeros(init.ones(zeros(2))).toArray()).toEqual([0, 0]);
  });

  test("uniform(t, low, high) and normal(t, mean, std) reject reversed bounds and negative std", () => {
    expect(() => init.uniform(zeros(1), 1, 0)).toThrow("init.uniform: need low <= high, got 1 and 0");
    expect(() => init.normal(zeros(1), 0, -1)).toThrow("init.normal: std must be >= 0, got -1");
  });
});
