import { Tensor } from "./tensor/tensor.ts";
import { noGrad } from "./autograd/grad-mode.ts";
import { formatShape, unravelIndex } from "./tensor/shape.ts";
import { Generator } from "./random.ts";
import { floatsFrom, inFloat64 } from "./tensor/precision.ts";

export interface GradcheckOptions {
  /** Step of the finite difference. */
  eps?: number;
  /** Absolute tolerance. */
  atol?: number;
  /** Relative tolerance, times |numeric gradient|. */
  rtol?: number;
}

export interface GradcheckResult {
  /** True when every |analytic − numeric| ≤ atol + rtol·|numeric|. */
  ok: boolean;
  /** The largest |analytic − numeric| over all inputs and elements. */
  maxError: number;
  /** Where the check was furthest from passing (null when there is nothing to compare). */
  worst: { input: number; index: number[]; analytic: number; numeric: number } | null;
  /** Per input: the gradient from `backward()` and from finite differences (both in float64). */
  analytic: Float64Array[];
  numeric: Float64Array[];
  /** One sentence saying what passed or what failed and where. */
  message: string;
}

/**
 * Compare `backward()` with central finite differences,
 * ∂L/∂x_i ≈ (L(x + h e_i) − L(x − h e_i)) / 2h, for every element of every input.
 * A non-scalar output f is reduced to L = Σ_j v_j f_j with fixed pseudo-random weights v (the
 * vector–Jacobian product that backward computes), so one pass checks every output.
 *
 * Like `torch.autograd.gradcheck` on double tensors, it runs in float64: the inputs are copied
 * into float64 tensors and every tensor `fn` makes while the check runs is float64, so the
 * difference quotient is accurate to about h² + ulp(L)/h and the defaults (h = `eps` = 1e-6,
 * atol = 1e-5, rtol = 1e-3) are PyTorch's. Tensors `fn` closes over keep their float32 values,
 * which float64 represents exactly.
 * Inputs are copied, so their `grad` is left alone.
 * Chapter 4, Backpropagation (gradient checks).
 */
export function gradcheck(
  fn: (...inputs: Tensor[]) => Tensor,
  inputs: readonly Tensor[],
  options: GradcheckOptions = {},
): GradcheckResult {
  const { eps = 1e-6, atol = 1e-5, rtol = 1e-3 } = options;
  if (!(eps > 0) || !(atol >= 0) || !(rtol >= 0)) {
    throw new Error(`gradcheck: need eps > 0, atol >= 0, rtol >= 0, got ${eps}, ${atol}, ${rtol}`);
  }
  inputs.forEach((t, i) => {
    if (!(t instanceof Tensor)) throw new Error(`gradcheck: input ${i} is not a Tensor`);
  });
  return inFloat64(() => check(fn, inputs, eps, atol, rtol));
}

function check(fn: (...inputs: Tensor[]) => Tensor, inputs: readonly Tensor[], eps: number, atol: number, rtol: number): GradcheckResult {
  const leaves = inputs.map((t) => new Tensor(floatsFrom(t.data), t.shape, { requiresGrad: true }));
  const out = fn(...leaves);
  if (!(out instanceof Tensor)) throw new Error("gradcheck: fn must return a Tensor");
  const gen = new Generator(0);
  const v = out.size === 1 ? floatsFrom([1]) : floatsFrom({ length: out.size }, () => gen.uniform(0.5, 1.5) * (gen.random() < 0.5 ? -1 : 1));
  if (out.requiresGrad) out.backward(new Tensor(v, out.shape));
  const L = () => {
    const f = fn(...leaves).data;
    let s = 0;
    for (let j = 0; j < f.length; j++) s += v[j] * f[j];
    return s;
  };
  const analytic = leaves.map((t) => (t.grad ? Float64Array.from(t.grad.data) : new Float64Array(t.size)));
  const numeric = leaves.map((t) => new Float64Array(t.size));
  let ok = true, maxError = 0, worstExcess = -Infinity;
  let worst: GradcheckResult["worst"] = null;
  noGrad(() => {
    leaves.forEach((t, k) => {
      const x = t.data;
      for (let i = 0; i < x.length; i++) {
        const x0 = x[i];
        x[i] = x0 + eps;
        const up = x[i], lUp = L();
        x[i] = x0 - eps;
        const down = x[i], lDown = L();
        x[i] = x0;
        const num = (numeric[k][i] = (lUp - lDown) / (up - down));
        const a = analytic[k][i];
        const err = Math.abs(a - num);
        const excess = Number.isNaN(err) ? Infinity : err - (atol + rtol * Math.abs(num));
        if (excess > 0 && !(a === num)) ok = false; // a === num covers matching infinities
        if (err > maxError) maxError = err;
        if (excess > worstExcess) {
          worstExcess = excess;
          worst = { input: k, index: unravelIndex(i, t.shape), analytic: a, numeric: num };
        }
      }
    });
  });
  const w = worst as GradcheckResult["worst"];
  const where = w ? `input ${w.input} at ${formatShape(w.index)}: backward ${w.analytic}, finite differences ${w.numeric}` : "";
  const message = w === null
    ? "gradcheck: no input elements to check"
    : ok
      ? `gradcheck passed (max error ${maxError.toExponential(2)}; closest to failing: ${where})`
      : `gradcheck failed: ${where} (error ${Math.abs(w.analytic - w.numeric).toExponential(2)} > ${atol} + ${rtol}·|numeric|)`;
  return { ok, maxError, worst, analytic, numeric, message };
}
