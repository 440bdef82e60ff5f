/**
 * Adam's update of one parameter in one pass over memory (it sits in every training step, and
 * three separate loops read m, v and θ twice):
 *   m ← β₁m + (1 − β₁)g,  v ← β₂v + (1 − β₂)g²,  (AMSGrad: v̂max ← max(v̂max, v))
 *   θ ← θ − stepSize · m / (√v / bc2Sqrt + ε)
 * Every expression is evaluated as the separate loops did (in float64, stored as float32), so
 * the results are the same bits. Chapter 6, Optimizers (Adam).
 */
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
