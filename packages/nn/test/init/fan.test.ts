import { describe, expect, test } from "vitest";
import { Generator, init, zeros } from "../../src/index.ts";

const std = (v: Float32Array) => Math.sqrt(v.reduce((a, b) => a + b * b, 0) / v.length);

describe("Xavier and He initialisation", () => {
  test("calculateFans(t) is [out, in] for a linear weight and multiplies by the kernel for conv", () => {
    expect(init.calculateFans(zeros(8, 3))).toEqual({ fanIn: 3, fanOut: 8 });
    expect(init.calculateFans(zeros(16, 3, 5, 5))).toEqual({ fanIn: 75, fanOut: 400 });
    expect(() => init.calculateFans(zeros(4))).toThrow("init: fan in and fan out need a weight with at least 2 dimensions, got shape [4]");
  });

  test("xavierUniform(t) stays within ±√(6/(fanIn+fanOut)) and xavierNormal(t) has std √(2/(fanIn+fanOut))", () => {
    const g = new Generator(2);
    const u = init.xavierUniform(zeros(200, 100), { generator: g }).data;
    const bound = Math.sqrt(6 / 300);
    expect(Math.max(...u.map(Math.abs))).toBeLessThanOrEqual(bound);
    expect(Math.max(...u.map(Math.abs))).toBeGreaterThan(0.99 * bound);
    expect(std(init.xavierNormal(zeros(200, 100), { generator: g }).data)).toBeCloseTo(Math.sqrt(2 / 300), 2);
  });

  test("heNormal(t) has std √(2/fanIn) and heUniform(t) bound √(6/fanIn)", () => {
    const g = new Generator(3);
    expect(std(init.heNormal(zeros(300, 50), { generator: g }).data)).toBeCloseTo(Math.sqrt(2 / 50), 2);
    const u = init.heUniform(zeros(300, 50), { generator: g }).data;
    expect(Math.max(...u.map(Math.abs))).toBeLessThanOrEqual(Math.sqrt(6 / 50));
    expect(Math.max(...u.map(Math.abs))).toBeGreaterThan(0.99 * Math.sqrt(6 / 50));
  });
});
