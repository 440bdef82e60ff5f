import { describe, expect, it } from "vitest";
import { boundary, halfPlanes, type Vec } from "./geometry.ts";
import { weightedSum } from "./model.ts";

const box: readonly [number, number] = [-1, 1];

function area(polygon: readonly Vec[]): number {
  let a = 0;
  for (let i = 0; i < polygon.length; i++) {
    const [x0, y0] = polygon[i];
    const [x1, y1] = polygon[(i + 1) % polygon.length];
    a += x0 * y1 - x1 * y0;
  }
  return Math.abs(a) / 2;
}

describe("boundary", () => {
  it("boundary(state, x, y) clips the diagonal x₂ = x₁ to opposite corners", () => {
    expect(boundary({ w1: 1, w2: -1, b: 0 }, box, box)).toEqual([[-1, -1], [1, 1]]);
  });

  it("boundary(state, x, y) gives a vertical segment when w₂ = 0", () => {
    expect(boundary({ w1: 2, w2: 0, b: -1 }, box, box)).toEqual([[0.5, -1], [0.5, 1]]);
  });

  it("boundary(state, x, y) gives a horizontal segment when w₁ = 0", () => {
    expect(boundary({ w1: 0, w2: 4, b: 1 }, [0, 3], box)).toEqual([[0, -0.25], [3, -0.25]]);
  });

  it("boundary(state, x, y) clips a steep line at the top and bottom edges", () => {
    const seg = boundary({ w1: 4, w2: -1, b: 1 }, box, box); // x₂ = 4x₁ + 1
    expect(seg).not.toBeNull();
    const [[ax, ay], [bx, by]] = seg ?? [[0, 0], [0, 0]];
    expect(ax).toBeCloseTo(-0.5, 12);
    expect(ay).toBe(-1);
    expect(bx).toBeCloseTo(0, 12);
    expect(by).toBe(1);
  });

  it("boundary(state, x, y) is null when w₁ = w₂ = 0 or the line misses the box", () => {
    expect(boundary({ w1: 0, w2: 0, b: 1 }, box, box)).toBeNull();
    expect(boundary({ w1: 1, w2: 1, b: 5 }, box, box)).toBeNull();
    expect(boundary({ w1: 1, w2: 1, b: 2 }, box, box)).toBeNull(); // touches a corner only
  });

  it("halfPlanes(state, x, y) splits the box into the z ≥ 0 and z < 0 regions", () => {
    const w = { w1: 1, w2: 2, b: 0.5 };
    const { positive, negative } = halfPlanes(w, box, box);
    expect(area(positive) + area(negative)).toBeCloseTo(4, 12);
    for (const p of positive) expect(weightedSum(w, { x1: p[0], x2: p[1] })).toBeGreaterThanOrEqual(-1e-12);
    for (const p of negative) expect(weightedSum(w, { x1: p[0], x2: p[1] })).toBeLessThanOrEqual(1e-12);
    // z ≥ 0 above x₂ = −x₁/2 − 1/4: the larger part of the box
    expect(area(positive)).toBeCloseTo(2.5, 12);
  });

  it("halfPlanes(state, x, y) gives the whole box to one class when the line misses it", () => {
    expect(halfPlanes({ w1: 0, w2: 0, b: -1 }, box, box)).toEqual({
      positive: [],
      negative: [[-1, -1], [1, -1], [1, 1], [-1, 1]],
    });
  });
});
