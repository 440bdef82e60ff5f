import { describe, expect, test } from "vitest";
import "../setup.ts";
import { Generator } from "../../src/index.ts";
import { gemm, gemmNT, gemmTN } from "../../src/kernels/matmul.ts";

/** C = A·B by the plain triple loop, summing in float32 in order (the kernels' contract). */
function naive(a: Float32Array, b: Float32Array, m: number, k: number, n: number): Float32Array {
  const c = new Float32Array(m * n);
  for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) {
    let s = 0;
    for (let p = 0; p < k; p++) s = Math.fround(s + Math.fround(a[i * k + p] * b[p * n + j]));
    c[i * n + j] = s;
  }
  return c;
}

function transposed(x: Float32Array, rows: number, cols: number): Float32Array {
  const out = new Float32Array(x.length);
  for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) out[j * rows + i] = x[i * cols + j];
  return out;
}

const gen = new Generator(7);
const random = (n: number) => Float32Array.from({ length: n }, () => gen.normal());

// sizes that are not multiples of the 4×4 tile, span several 64-row blocks and 256-deep passes
const SIZES: Array<[number, number, number]> = [[1, 1, 1], [3, 5, 2], [7, 9, 6], [13, 300, 17], [70, 257, 5], [130, 520, 66], [4, 0, 4]];

describe("kernels/matmul", () => {
  for (const [m, k, n] of SIZES) {
    test(`gemm, gemmTN and gemmNT(a, b, ${m}, ${k}, ${n}) equal the float32 triple loop bit for bit`, () => {
      const a = random(m * k), b = random(k * n);
      const expected = [...naive(a, b, m, k, n)];
      expect([...gemm(a, b, m, k, n)]).toEqual(expected);
      expect([...gemmTN(transposed(a, m, k), b, m, k, n)]).toEqual(expected);
      expect([...gemmNT(a, transposed(b, k, n), m, k, n)]).toEqual(expected);
    });
  }

  test("gemm(a, b, m, k, n, out) overwrites and returns out, leaving values past m·n alone", () => {
    const a = Float32Array.of(1, 2, 3, 4), b = Float32Array.of(5, 6, 7, 8);
    const out = new Float32Array(5).fill(9);
    expect(gemm(a, b, 2, 2, 2, out)).toBe(out);
    expect([...out]).toEqual([19, 22, 43, 50, 9]);
    expect(() => gemm(a, b, 2, 2, 2, new Float32Array(3))).toThrow("gemm: out has 3 values, need 4");
  });

  test("gemm(a, b, m, k, n) sums each entry in float32, in order, across 256-deep passes", () => {
    // 1 then 999 terms of 1e-8: each is below half an ulp of 1, so an in-order float32 sum stays 1;
    // 2^-12 ones after 1e-8s show the passes continue the same running sum.
    const k = 1000;
    const a = new Float32Array(k).fill(1e-8);
    a[0] = 1;
    a[600] = 2 ** -12;
    const c = gemm(a, new Float32Array(k).fill(1), 1, k, 1);
    expect(c[0]).toBe(1 + 2 ** -12);
  });

  test("gemm(a, b, m, k, n) on float64 arrays sums in float64 (gradcheck's precision)", () => {
    const k = 1000;
    const a = new Float64Array(k).fill(1e-8);
    a[0] = 1;
    const c = gemm(a as unknown as Float32Array, new Float64Array(k).fill(1) as unknown as Float32Array, 1, k, 1,
      new Float64Array(1) as unknown as Float32Array);
    expect(c[0]).toBeCloseTo(1 + 999e-8, 12);
  });
});
