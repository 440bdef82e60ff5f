import { describe, test, expect } from "vitest";
import { summarizeTensor, imageGrid, heatmap, stats, MAX_SIDE, MAX_TABLE } from "./tensor-display.ts";

describe("imageGrid(shape)", () => {
  test("an MNIST digit [1, 1, 28, 28] and a [28, 28] grid are one image", () => {
    expect(imageGrid([1, 1, 28, 28])).toEqual({ count: 1, rows: 28, cols: 28 });
    expect(imageGrid([28, 28])).toEqual({ count: 1, rows: 28, cols: 28 });
  });
  test("a batch [16, 1, 28, 28] is 16 images", () => {
    expect(imageGrid([16, 1, 28, 28])).toEqual({ count: 16, rows: 28, cols: 28 });
  });
  test("small matrices, vectors and tall data tables stay tables", () => {
    expect(imageGrid([3, 3])).toBeNull();
    expect(imageGrid([10, 10])).toBeNull(); // 100 values: still a table
    expect(imageGrid([100, 3])).toBeNull();
    expect(imageGrid([784])).toBeNull();
  });
});

describe("summarizeTensor(shape, data)", () => {
  test("sends at most MAX_TABLE values and a summary of all of them", () => {
    const data = Float32Array.from({ length: 10_000 }, (_, i) => i);
    const s = summarizeTensor([10_000], data);
    expect(s.values.length).toBe(MAX_TABLE);
    expect(s.stats).toEqual({ min: 0, max: 9999, mean: 4999.5, nonFinite: 0 });
    expect(s.images).toBeUndefined();
  });
  test("a big matrix is block-averaged to at most MAX_SIDE a side: a summary, not megabytes", () => {
    const s = summarizeTensor([1000, 1000], new Float32Array(1_000_000).fill(0.5));
    const image = s.images![0];
    expect(image.block).toBe(5);
    expect([image.rows, image.cols]).toEqual([MAX_SIDE, MAX_SIDE]);
    expect(image.values.length).toBe(MAX_SIDE * MAX_SIDE);
    expect(image.values.every((v) => v === 0.5)).toBe(true);
  });
  test("a batch shows its first 8 images", () => {
    expect(summarizeTensor([20, 1, 28, 28], new Float32Array(20 * 784)).images).toHaveLength(8);
  });
});

describe("heatmap(data, rows, cols) and stats(data)", () => {
  test("averages blocks and keeps NaN visible", () => {
    const data = Float32Array.from({ length: 400 * 2 }, (_, i) => (i % 400 === 0 ? 1 : 0));
    data[799] = NaN;
    const map = heatmap(data, 2, 400);
    expect(map).toMatchObject({ rows: 1, cols: 200, block: 2 });
    expect(map.values[0]).toBe(0.5); // column 0 is 1, column 1 is 0: (1 + 0 + 1 + 0) / 4
    expect(map.values[199]).toBeNaN();
  });
  test("counts non-finite values and ignores them in min, max and mean", () => {
    expect(stats([1, NaN, 3, Infinity])).toEqual({ min: 1, max: 3, mean: 2, nonFinite: 2 });
    expect(stats([NaN]).nonFinite).toBe(1);
  });
});
