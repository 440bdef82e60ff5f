import { describe, expect, test } from "vitest";
import "../setup.ts";
import { Generator } from "../../src/index.ts";
import { gemm, gemmNT, gemmTN } from "../../src/kernels/matmul.ts";

/** C = A·B in float64, the plain triple loop, as the independent answer. */
function naive(a: Float32Array, b: Float32Array, m: number, k: number, n: number): Float64Array {
  const c = new Float64Array(m * n);
  for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) {
    let s = 0;
    for (let p = 0; p < k; p++) s += a[i * k + p] * b[p * n + j];
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
    test(`gemm, gemmTN and gemmNT(a, b, ${m}, ${k}, ${n}) match the triple loop`, () => {
      const a = random(m * k), b = random(k * n);
      const expected = { shape: [m, n], data: naive(a, b, m, k, n) };
      const tol = { rtol: 1e-5, atol: 1e-5 };
      expect({ shape: [m, n], data: gemm(a, b, m, k, n) }).toBeAllclose(expected, tol);
      expect({ shape: [m, n], data: gemmTN(transposed(a, m, k), b, m, k, n) }).toBeAllclose(expected, tol);
      expect({ shape: [m, n], data: gemmNT(a, transposed(b, k, n), m, k, n) }).toBeAllclose(expected, tol);
    });
  }

  test("gemm(a, b, m, k, n, out) overwrites and returns out, leaving values past m·n alone", () => {
    const a = Float32Array.of(1, 2, 3, 4), b = Float32Array.of(5, 6, 7, 8);
    const out = new Float32Array(5).fill(9);
    expect(gemm(a, b, 2, 2, 2, out)).toBe(out);
    expect([...out]).toEqual([19, 22, 43, 50, 9]);
    expect(() => gemm(a, b, 2, 2, 2, new Float32Array(3))).toThrow("gemm: out has 3 values, need 4");
  });

  test("gemm(a, b, m, k, n) sums each entry in float64 across 256-deep passes and rounds once", () => {
    const k = 1000;
    const a = new Float32Array(k).fill(1e-8);
    a[0] = 1;
    const c = gemm(a, new Float32Array(k).fill(1), 1, k, 1);
    expect(c[0]).toBe(Math.fround(1 + 999e-8));
  });
});
