/**
 * `kernels/adam.ts`'s update as WebAssembly SIMD, two values at a time in float64 lanes: each
 * float32 input is widened, every expression is evaluated in float64 in the same order as the
 * JavaScript, and each result is rounded to float32 once as the JavaScript's store does, so the
 * bits are the same. Memory-bound, so float64 lanes cost nothing here.
 * Parameters: theta, g, m, v (byte addresses), pairs (n/2 rounded up), then the float64
 * scalars β₁, 1 − β₁, β₂, 1 − β₂, stepSize, bc2Sqrt, ε.
 */
import { Code } from "./assembler.ts";

export function adamKernel(): Code {
  const f = new Code(["i32", "i32", "i32", "i32", "i32", "f64", "f64", "f64", "f64", "f64", "f64", "f64"]);
  const [theta, g, m, v, pairs] = [0, 1, 2, 3, 4];
  const scalars = [5, 6, 7, 8, 9, 10, 11];
  const [b1, c1, b2, c2, step, bc2, eps] = scalars.map((s) => {
    const l = f.local("v128");
    f.get(s).f64x2_splat().set(l);
    return l;
  });
  const i = f.local("i32"), gi = f.local("v128"), mi = f.local("v128"), vi = f.local("v128");
  f.i32(0).set(i);
  f.doWhile(i, pairs, () => {
    f.get(g).f64x2_load_f32x2().set(gi);
    // m ← β₁m + (1 − β₁)g, stored as float32 and read back as the float32 value
    f.get(m).get(b1).get(m).f64x2_load_f32x2().f64x2_mul().get(c1).get(gi).f64x2_mul().f64x2_add().f64x2_store_f32x2();
    f.get(m).f64x2_load_f32x2().set(mi);
    // v ← β₂v + ((1 − β₂)g)g
    f.get(v).get(b2).get(v).f64x2_load_f32x2().f64x2_mul().get(c2).get(gi).f64x2_mul().get(gi).f64x2_mul().f64x2_add().f64x2_store_f32x2();
    f.get(v).f64x2_load_f32x2().set(vi);
    // θ ← θ − (stepSize·m) / (√v / bc2Sqrt + ε)
    f.get(theta).get(theta).f64x2_load_f32x2().get(step).get(mi).f64x2_mul()
      .get(vi).f64x2_sqrt().get(bc2).f64x2_div().get(eps).f64x2_add().f64x2_div().f64x2_sub().f64x2_store_f32x2();
    for (const p of [theta, g, m, v]) f.addTo(p, 8, true);
  });
  return f;
}
