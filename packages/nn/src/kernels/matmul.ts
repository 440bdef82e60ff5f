/**
 * Float32 matrix-multiply kernels on flat row-major arrays: the engine's hot loop.
 *
 *   gemm(a, b, m, k, n)    C[m,n] = A[m,k] · B[k,n]
 *   gemmTN(a, b, m, k, n)  C[m,n] = Aᵀ · B   with a stored as [k,m]  (weight gradients)
 *   gemmNT(a, b, m, k, n)  C[m,n] = A · Bᵀ   with b stored as [n,k]  (input gradients, x Wᵀ)
 *
 * Each writes into `out` when given (it is overwritten) or a new array, and returns it.
 * Every C_ij is summed over p in order, in float32 as PyTorch does: each product and each sum
 * rounded to float32 (in float64 for gradcheck's float64 arrays). That fixes every bit of the
 * result, so the WebAssembly SIMD kernels (`wasm/gemm.ts`), which run where the platform has
 * them, give exactly what this JavaScript does; this file is their readable reference and the
 * fallback.
 *
 * How it is fast in plain JavaScript: cache blocking alone gains nothing here; what pays is
 * register tiling. B is packed into panels of 4 columns and A into panels of 4 rows, each stored
 * p-major (the 4 values for one p side by side) and as float64 (so the hot loop converts
 * nothing), and a 4×4 micro-kernel keeps its 16 sums in local variables while it reads both
 * panels strictly in order. Panels are zero-padded to a multiple of 4, so the micro-kernel
 * never branches; only the store is clipped. The transposed variants
 * differ only in how they pack, so no transpose is ever materialised.
 * Chapter 2, The forward pass (layers in matrix form).
 */
import { floats } from "../tensor/precision.ts";
import { wasmFor } from "./backend.ts";
import { gemmWasm } from "./wasm/matmul.ts";

/** Rows of A packed at a time, and the depth of one pass: a 64×256 block of A (128 KB) stays in
 * L2 and a 4×256 panel of B (8 KB) in L1 while the micro-kernel sweeps over them. */
const MC = 64;
const KC = 256;

let packA = new Float64Array(0);
let packB = new Float64Array(0);
let acc = new Float64Array(0);

/**
 * C = op(A) · op(B) where element (i, p) of op(A) is a[i·ars + p·acs] and element (p, j) of op(B)
 * is b[p·brs + j·bcs]: the strides select plain or transposed storage.
 */
function gemmStrided(
  a: Float32Array, ars: number, acs: number,
  b: Float32Array, brs: number, bcs: number,
  m: number, k: number, n: number, out: Float32Array | undefined, op: string,
): Float32Array {
  const c = out ?? floats(m * n);
  if (c.length < m * n) throw new Error(`${op}: out has ${c.length} values, need ${m * n}`);
  if (m === 0 || n === 0) return c;
  if (k === 0) {
    c.fill(0, 0, m * n);
    return c;
  }
  const wasm = wasmFor(c);
  if (wasm && a instanceof Float32Array && b instanceof Float32Array) {
    gemmWasm(wasm, a, acs !== 1, b, bcs !== 1, m, k, n, c);
    return c;
  }
  const round = c instanceof Float32Array ? Math.fround : same;
  const np = (n + 3) >> 2; // number of 4-column panels of B
  const kcMax = Math.min(KC, k);
  if (packB.length < np * 4 * kcMax) packB = new Float64Array(np * 4 * kcMax);
  if (packA.length < MC * kcMax) packA = new Float64Array(MC * kcMax);
  // Partial sums between depth passes, as float64 so float64 arrays lose nothing.
  if (k > KC && acc.length < m * n) acc = new Float64Array(m * n);
  const PA = packA, PB = packB, ACC = acc;

  for (let p0 = 0; p0 < k; p0 += KC) {
    const kc = Math.min(KC, k - p0);
    const first = p0 === 0, last = p0 + kc === k;
    // Pack B rows p0..p0+kc: panel jp holds columns 4jp..4jp+3, laid out [p][4].
    for (let jp = 0; jp < np; jp++) {
      const base = jp * 4 * kc;
      for (let jj = 0; jj < 4; jj++) {
        const j = jp * 4 + jj;
        if (j < n) {
          for (let p = 0, src = p0 * brs + j * bcs; p < kc; p++, src += brs) PB[base + p * 4 + jj] = b[src];
        } else {
          for (let p = 0; p < kc; p++) PB[base + p * 4 + jj] = 0;
        }
      }
    }
    for (let i0 = 0; i0 < m; i0 += MC) {
      const mp = (Math.min(MC, m - i0) + 3) >> 2;
      // Pack this block of A: panel ip holds rows i0+4ip..+3, laid out [p][4].
      for (let ip = 0; ip < mp; ip++) {
        const base = ip * 4 * kc;
        for (let ii = 0; ii < 4; ii++) {
          const i = i0 + ip * 4 + ii;
          if (i < m) {
            for (let p = 0, src = i * ars + p0 * acs; p < kc; p++, src += acs) PA[base + p * 4 + ii] = a[src];
          } else {
            for (let p = 0; p < kc; p++) PA[base + p * 4 + ii] = 0;
          }
        }
      }
      for (let jp = 0; jp < np; jp++) {
        const j = jp * 4;
        const cols = Math.min(4, n - j);
        for (let ip = 0; ip < mp; ip++) {
          const i = i0 + ip * 4;
          microKernel(PA, ip * 4 * kc, PB, jp * 4 * kc, kc, c, ACC, first, last, i, j, Math.min(4, m - i), cols, n, round);
        }
      }
    }
  }
  return c;
}

/**
 * The 4×4 register tile: 16 sums over one depth pass, continued from the partial sums of
 * earlier passes (unless first) and stored to them or, on the last pass, to C. `round` is
 * Math.fround for float32 output (every product and sum rounded as float32 arithmetic does).
 */
function microKernel(
  PA: Float64Array, pa: number, PB: Float64Array, pb: number, kc: number,
  c: Float32Array, ACC: Float64Array, first: boolean, last: boolean,
  i: number, j: number, rows: number, cols: number, n: number, round: (x: number) => number,
): void {
  const tile = TILE;
  if (first) tile.fill(0);
  else for (let r = 0; r < rows; r++) for (let s = 0; s < cols; s++) tile[r * 4 + s] = ACC[(i + r) * n + j + s];
  let c00 = tile[0], c01 = tile[1], c02 = tile[2], c03 = tile[3];
  let c10 = tile[4], c11 = tile[5], c12 = tile[6], c13 = tile[7];
  let c20 = tile[8], c21 = tile[9], c22 = tile[10], c23 = tile[11];
  let c30 = tile[12], c31 = tile[13], c32 = tile[14], c33 = tile[15];
  const R = round;
  const end = pa + 4 * kc;
  for (; pa < end; pa += 4, pb += 4) {
    const a0 = PA[pa], a1 = PA[pa + 1], a2 = PA[pa + 2], a3 = PA[pa + 3];
    const b0 = PB[pb], b1 = PB[pb + 1], b2 = PB[pb + 2], b3 = PB[pb + 3];
    c00 = R(c00 + R(a0 * b0)); c01 = R(c01 + R(a0 * b1)); c02 = R(c02 + R(a0 * b2)); c03 = R(c03 + R(a0 * b3));
    c10 = R(c10 + R(a1 * b0)); c11 = R(c11 + R(a1 * b1)); c12 = R(c12 + R(a1 * b2)); c13 = R(c13 + R(a1 * b3));
    c20 = R(c20 + R(a2 * b0)); c21 = R(c21 + R(a2 * b1)); c22 = R(c22 + R(a2 * b2)); c23 = R(c23 + R(a2 * b3));
    c30 = R(c30 + R(a3 * b0)); c31 = R(c31 + R(a3 * b1)); c32 = R(c32 + R(a3 * b2)); c33 = R(c33 + R(a3 * b3));
  }
  tile[0] = c00; tile[1] = c01; tile[2] = c02; tile[3] = c03;
  tile[4] = c10; tile[5] = c11; tile[6] = c12; tile[7] = c13;
  tile[8] = c20; tile[9] = c21; tile[10] = c22; tile[11] = c23;
  tile[12] = c30; tile[13] = c31; tile[14] = c32; tile[15] = c33;
  for (let r = 0; r < rows; r++) {
    const o = (i + r) * n + j;
    for (let s = 0; s < cols; s++) {
      if (last) c[o + s] = tile[r * 4 + s];
      else ACC[o + s] = tile[r * 4 + s];
    }
  }
}

const same = (x: number) => x;
const TILE = new Float64Array(16);

/** C[m,n] = A[m,k] · B[k,n]. */
export function gemm(a: Float32Array, b: Float32Array, m: number, k: number, n: number, out?: Float32Array): Float32Array {
  return gemmStrided(a, k, 1, b, n, 1, m, k, n, out, "gemm");
}

/** C[m,n] = Aᵀ · B, where `a` holds A as [k,m] and `b` holds B as [k,n]. */
export function gemmTN(a: Float32Array, b: Float32Array, m: number, k: number, n: number, out?: Float32Array): Float32Array {
  return gemmStrided(a, 1, m, b, n, 1, m, k, n, out, "gemmTN");
}

/** C[m,n] = A · Bᵀ, where `a` holds A as [m,k] and `b` holds B as [n,k]. */
export function gemmNT(a: Float32Array, b: Float32Array, m: number, k: number, n: number, out?: Float32Array): Float32Array {
  return gemmStrided(a, k, 1, b, 1, k, m, k, n, out, "gemmNT");
}
