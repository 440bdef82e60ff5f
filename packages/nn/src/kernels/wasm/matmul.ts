/**
 * The three GEMM variants on the WebAssembly kernels of `gemm.ts`: copy A and B into the
 * module's memory (B transposed for A·Bᵀ, so every variant reads B's rows), run the 4×8-tile
 * kernel over C padded to whole tiles, copy C out. The rows and columns of padding compute
 * from zeros and are dropped. Depth is split into passes of KC and rows into blocks of MC, so
 * a kc×8 panel of B stays in L1 and an MC×kc block of A in L2 (the sums carry over in C).
 */
import { heap, type Simd } from "./module.ts";
import { TILE_COLS, TILE_ROWS } from "./gemm.ts";

const KC = 256;
const MC = 64;

const up = (x: number, to: number) => Math.ceil(x / to) * to;

/**
 * C[m,n] = op(A)·op(B) on `s`, op(A)(i,p) = a[i·k + p] (or a[p·m + i] when `aT`), op(B)(p,j) =
 * b[p·n + j] (or b[j·k + p] when `bT`).
 */
export function gemmWasm(
  s: Simd, a: Float32Array, aT: boolean, b: Float32Array, bT: boolean,
  m: number, k: number, n: number, c: Float32Array,
): void {
  const mPad = up(m, TILE_ROWS), nPad = up(n, TILE_COLS);
  // Float offsets of A, B and C; A and B get room for the padding rows/columns the tiles read.
  const A = 0;
  const B = up(A + (aT ? k * m + mPad : mPad * k), 4);
  const C = up(B + k * n + nPad, 4);
  const mem = heap(s, C + mPad * nPad);
  mem.set(a.subarray(0, m * k), A);
  mem.fill(0, A + m * k, B);
  if (bT) {
    for (let j = 0; j < n; j++) for (let p = 0, src = j * k, dst = B + j; p < k; p++, src++, dst += n) mem[dst] = b[src];
  } else {
    mem.set(b.subarray(0, k * n), B);
  }
  mem.fill(0, B + k * n, C);

  const kernel = aT ? s.gemmCols : s.gemmRows;
  const stride = 4 * (aT ? m : k);
  for (let p0 = 0; p0 < k; p0 += KC) {
    const kc = Math.min(KC, k - p0);
    for (let i0 = 0; i0 < mPad; i0 += MC) {
      const aAt = aT ? A + p0 * m + i0 : A + i0 * k + p0;
      kernel(4 * aAt, stride, 4 * (B + p0 * n), 4 * n, 4 * (C + i0 * nPad), 4 * nPad,
        Math.min(MC, mPad - i0) / TILE_ROWS, nPad / TILE_COLS, kc, p0 === 0 ? 1 : 0);
    }
  }
  if (n === nPad) c.set(mem.subarray(C, C + m * n));
  else for (let i = 0; i < m; i++) c.set(mem.subarray(C + i * nPad, C + i * nPad + n), i * n);
}
