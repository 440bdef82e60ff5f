import { describe, expect, test } from "vitest";
import { data, manualSeed, randn } from "../../src/index.ts";

const labelsOf = (y: { data: Float32Array }) => [...y.data];
const count = (ys: number[], c: number) => ys.filter((v) => v === c).length;

describe("circles, moons, spiral, blobs", () => {
  test("circles(n, { noise: 0, factor }) puts ⌊n/2⌋ points on the unit circle (label 0) and the rest on radius factor (label 1)", () => {
    const { X, y } = data.circles(101, { noise: 0, factor: 0.3 });
    expect(X.shape).toEqual([101, 2]);
    expect(y.shape).toEqual([101]);
    const ys = labelsOf(y);
    expect([count(ys, 0), count(ys, 1)]).toEqual([50, 51]);
    ys.forEach((label, i) => expect(Math.hypot(X.data[2 * i], X.data[2 * i + 1])).toBeCloseTo(label === 0 ? 1 : 0.3, 5));
    expect(ys.slice(0, 10)).not.toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0]); // rows shuffled
  });

  test("moons(n, { noise: 0 }) puts label 0 on the upper arc (cos θ, sin θ) and label 1 on (1 − cos θ, ½ − sin θ)", () => {
    const { X, y } = data.moons(40, { noise: 0 });
    const ys = labelsOf(y);
    expect([count(ys, 0), count(ys, 1)]).toEqual([20, 20]);
    ys.forEach((label, i) => {
      const [a, b] = [X.data[2 * i], X.data[2 * i + 1]];
      expect(label === 0 ? Math.hypot(a, b) : Math.hypot(a - 1, b - 0.5)).toBeCloseTo(1, 5);
      expect(label === 0 ? b >= -1e-6 : b <= 0.5 + 1e-6).toBe(true);
    });
  });

  test("spiral(n, { classes: 4 }) splits n over the arms with radii in [0, 1]", () => {
    const { X, y } = data.spiral(102, { classes: 4 });
    const ys = labelsOf(y);
    expect([0, 1, 2, 3].map((c) => count(ys, c))).toEqual([26, 26, 25, 25]);
    for (let i = 0; i < 102; i++) expect(Math.hypot(X.data[2 * i], X.data[2 * i + 1])).toBeLessThanOrEqual(1 + 1e-6);
  });

  test("blobs(n, { centers, std }) scatters each class around its centre with that std", () => {
    const centers: Array<[number, number]> = [[-5, 0], [5, 0], [0, 8]];
    const { X, y } = data.blobs(3000, { centers, std: 0.5, seed: 2 });
    const ys = labelsOf(y);
    centers.forEach(([cx, cy], k) => {
      const idx = ys.flatMap((v, i) => (v === k ? [i] : []));
      expect(idx).toHaveLength(1000);
      const mx = idx.reduce((s, i) => s + X.data[2 * i], 0) / idx.length;
      const my = idx.reduce((s, i) => s + X.data[2 * i + 1], 0) / idx.length;
      const sd = Math.sqrt(idx.reduce((s, i) => s + (X.data[2 * i] - mx) ** 2, 0) / idx.length);
      expect(Math.abs(mx - cx)).toBeLessThan(0.1); // 4.5 standard errors of the mean
      expect(Math.abs(my - cy)).toBeLessThan(0.1);
      expect(sd).toBeGreaterThan(0.45);
      expect(sd).toBeLessThan(0.55);
    });
  });

  test("blobs(n, { centers: 4 }) draws 4 centres in [−10, 10]² and returns them", () => {
    const { y, centers } = data.blobs(10, { centers: 4, seed: 1 });
    expect(centers).toHaveLength(4);
    expect(centers.flat().every((v) => v >= -10 && v < 10)).toBe(true);
    expect([0, 1, 2, 3].map((c) => count(labelsOf(y), c))).toEqual([3, 3, 2, 2]);
  });

  test.each([
    ["circles", (seed: number) => data.circles(50, { seed })],
    ["moons", (seed: number) => data.moons(50, { seed })],
    ["spiral", (seed: number) => data.spiral(50, { seed })],
    ["blobs", (seed: number) => data.blobs(50, { seed })],
  ] as const)("%s(n, { seed }) is deterministic, differs across seeds and leaves the global generator alone", (_, make) => {
    manualSeed(0);
    const expected = [...randn(3).data];
    manualSeed(0);
    const a = make(4);
    expect([...randn(3).data]).toEqual(expected);
    const b = make(4);
    expect(b.X.data).toEqual(a.X.data);
    expect(b.y.data).toEqual(a.y.data);
    expect(make(5).X.data).not.toEqual(a.X.data);
  });

  test("the generators reject a bad n, negative noise, factor outside (0, 1) and fewer than 2 spiral arms", () => {
    expect(() => data.circles(0)).toThrow("circles: n must be a positive integer, got 0");
    expect(() => data.moons(10, { noise: -1 })).toThrow("moons: noise must be a finite number ≥ 0, got -1");
    expect(() => data.circles(10, { factor: 1 })).toThrow("circles: factor must be in (0, 1), got 1");
    expect(() => data.spiral(10, { classes: 1 })).toThrow("spiral: classes must be an integer ≥ 2, got 1");
    expect(() => data.blobs(10, { centers: 0 })).toThrow("blobs: centers must be a positive integer or a list of [x, y] points, got 0");
  });
});
