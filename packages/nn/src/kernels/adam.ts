/**
 * Adam's update of one parameter in one pass over memory (it sits in every training step, and
 * three separate loops read m, v and θ twice):
 *   m ← β₁m + (1 − β₁)g,  v ← β₂v + (1 − β₂)g²,  (AMSGrad: v̂max ← max(v̂max, v))
 *   θ ← θ − stepSize · m / (√v / bc2Sqrt + ε)
 * Every expression is evaluated as the separate loops did (in float64, stored as float32), so
 * the results are the same bits. Where WebAssembly SIMD runs, `wasm/adam.ts` does the same
 * (not for AMSGrad, rare enough to stay here). Chapter 6, Optimizers (Adam).
 */
import { wasmFor } from "./backend.ts";
import { heap } from "./wasm/module.ts";
export interface AdamMoments {
  m: Float32Array;
  v: Float32Array;
  vMax: Float32Array | null;
}

export function adamUpdate(
  theta: Float32Array, g: Float32Array, s: AdamMoments,
  beta1: number, beta2: number, stepSize: number, bc2Sqrt: number, eps: number,
): void {
  const { m, v, vMax } = s;
  const c1 = 1 - beta1, c2 = 1 - beta2;
  const wasm = wasmFor(theta);
  if (wasm && vMax === null && g instanceof Float32Array) {
    // theta, g, m, v side by side in the module's memory, each padded to an even length
    const n = theta.length, stride = Math.ceil((n + 1) / 4) * 4;
    const mem = heap(wasm, 4 * stride);
    [theta, g, m, v].forEach((a, k) => { mem.set(a, k * stride); mem[k * stride + n] = 0; });
    wasm.adam(0, 4 * stride, 8 * stride, 12 * stride, Math.ceil(n / 2), beta1, c1, beta2, c2, stepSize, bc2Sqrt, eps);
    theta.set(mem.subarray(0, n));
    m.set(mem.subarray(2 * stride, 2 * stride + n));
    v.set(mem.subarray(3 * stride, 3 * stride + n));
    return;
  }
  for (let i = 0; i < theta.length; i++) {
    const gi = g[i];
    // store, then read back: the float32 value, as the next step and the separate loops see it
    m[i] = beta1 * m[i] + c1 * gi;
    v[i] = beta2 * v[i] + c2 * gi * gi;
    let vi = v[i];
    if (vMax !== null) vi = vMax[i] = Math.max(vMax[i], vi);
    theta[i] -= (stepSize * m[i]) / (Math.sqrt(vi) / bc2Sqrt + eps);
  }
}
