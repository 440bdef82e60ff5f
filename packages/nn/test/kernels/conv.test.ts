import { describe, expect, test } from "vitest";
import "../setup.ts";
import { Generator } from "../../src/index.ts";
import { col2im, convOutSize, im2col, type ConvGeometry } from "../../src/kernels/conv.ts";

function geometry(C: number, H: number, W: number, k: number, stride: number, padding: number): ConvGeometry {
  return { channels: C, height: H, width: W, kernel: k, stride, padding,
    outHeight: convOutSize(H, k, stride, padding), outWidth: convOutSize(W, k, stride, padding) };
}

describe("kernels/conv", () => {
  test("convOutSize(n, k, stride, padding) is ⌊(n + 2p − k)/s⌋ + 1", () => {
    expect(convOutSize(28, 3, 1, 0)).toBe(26);
    expect(convOutSize(28, 3, 1, 1)).toBe(28);
    expect(convOutSize(7, 3, 2, 0)).toBe(3);
    expect(convOutSize(8, 2, 2, 1)).toBe(5);
  });

  test("im2col(x, 0, geometry, cols) lays each window out as a column, zero in the padding", () => {
    // one 3×3 channel, 2×2 kernel, stride 1, padding 0: four windows
    const x = Float32Array.of(1, 2, 3, 4, 5, 6, 7, 8, 9);
    const cols = new Float32Array(4 * 4).fill(NaN);
    im2col(x, 0, geometry(1, 3, 3, 2, 1, 0), cols);
    expect([...cols]).toEqual([1, 2, 4, 5, 2, 3, 5, 6, 4, 5, 7, 8, 5, 6, 8, 9]);
    // a 1×1 image with padding 1 is [[0,0,0],[0,7,0],[0,0,0]]: 2×2 kernel, four windows
    const padded = new Float32Array(4 * 4).fill(NaN);
    im2col(Float32Array.of(7), 0, geometry(1, 1, 1, 2, 1, 1), padded);
    expect([...padded]).toEqual([0, 0, 0, 7, 0, 0, 7, 0, 0, 7, 0, 0, 7, 0, 0, 0]);
  });

  for (const [C, H, W, k, s, p] of [[2, 5, 4, 3, 1, 1], [3, 7, 6, 3, 2, 0], [1, 6, 9, 2, 2, 1], [2, 9, 8, 5, 2, 2]]) {
    test(`col2im is the adjoint of im2col: ⟨im2col(x), c⟩ = ⟨x, col2im(c)⟩ for C=${C}, ${H}×${W}, k=${k}, s=${s}, p=${p}`, () => {
      const g = geometry(C, H, W, k, s, p);
      const gen = new Generator(11);
      const x = Float32Array.from({ length: C * H * W }, () => gen.normal());
      const c = Float32Array.from({ length: C * k * k * g.outHeight * g.outWidth }, () => gen.normal());
      const cols = new Float32Array(c.length);
      im2col(x, 0, g, cols);
      const back = new Float32Array(x.length);
      col2im(c, g, back, 0);
      let left = 0, right = 0;
      for (let i = 0; i < c.length; i++) left += cols[i] * c[i];
      for (let i = 0; i < x.length; i++) right += x[i] * back[i];
      expect(left).toBeCloseTo(right, 3);
    });
  }
});
