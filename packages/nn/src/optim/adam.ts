import type { Tensor } from "../tensor/tensor.ts";
import { checkNumber, Optimizer } from "./optimizer.ts";
import { addWeightDecay, stateOf } from "./moments.ts";
import { adamUpdate } from "../kernels/adam.ts";

export interface AdamOptions {
  /** Learning rate η (default 1e-3). */
  lr?: number;
  /** Decay rates [β₁, β₂] of the first and second moment averages, each in [0, 1) (default [0.9, 0.999]). */
  betas?: readonly [number, number];
  /** ε added to the denominator, > 0 (default 1e-8). */
  eps?: number;
  /** Weight decay λ ≥ 0 (Adam: added to the gradient as λθ; AdamW: θ ← θ(1 − ηλ)). */
  weightDecay?: number;
  /** Use the running maximum of v̂ in the denominator (AMSGrad). */
  amsgrad?: boolean;
}

interface AdamState {
  step: number;
  m: Float32Array;
  v: Float32Array;
  vMax: Float32Array | null;
}

/**
 * Adam and AdamW share everything but where the weight decay goes; `decoupled` picks it. Internal:
 * the public classes are `Adam` and `AdamW`.
 */
export abstract class AdamBase extends Optimizer {
  readonly betas: readonly [number, number];
  readonly eps: number;
  readonly weightDecay: number;
  readonly amsgrad: boolean;
  readonly #decoupled: boolean;
  #state = new Map<Tensor, AdamState>();

  constructor(name: string, params: Iterable<Tensor>, options: AdamOptions, decoupled: boolean, defaultWeightDecay: number) {
    const { lr = 1e-3, betas = [0.9, 0.999], eps = 1e-8, weightDecay = defaultWeightDecay, amsgrad = false } = options ?? {};
    super(name, params, lr);
    this.betas = checkBetas(name, betas);
    this.eps = checkNumber(name, "eps", eps, (v) => v > 0, "a positive finite number");
    this.weightDecay = checkNumber(name, "weightDecay", weightDecay, (v) => v >= 0, "a finite number >= 0");
    this.amsgrad = amsgrad;
    this.#decoupled = decoupled;
  }

  step(): void {
    const { lr, eps, weightDecay: wd, amsgrad } = this;
    const [beta1, beta2] = this.betas;
    for (const p of this.params) {
      if (p.grad === null) continue;
      const theta = p.data;
      const n = theta.length;
      const s = stateOf(this.#state, p, () => ({ step: 0, m: new Float32Array(n), v: new Float32Array(n), vMax: amsgrad ? new Float32Array(n) : null }));
      s.step++;
      if (this.#decoupled) for (let i = 0; i < n; i++) theta[i] *= 1 - lr * wd;
      const g = this.#decoupled ? p.grad.data : addWeightDecay(p.grad.data, theta, wd);
      // bias correction: m and v start at 0, so early averages are scaled down by 1 − β^t
      const stepSize = lr / (1 - beta1 ** s.step);
      const bc2Sqrt = Math.sqrt(1 - beta2 ** s.step);
      adamUpdate(theta, g, s, beta1, beta2, stepSize, bc2Sqrt, eps); // the moments and θ in one pass
    }
  }
}

/**
 * Adam, exactly as `torch.optim.Adam`: per parameter θ with gradient g, at step t,
 *   g ← g + λθ                          (weight decay, as an L2 penalty)
 *   m ← β₁m + (1 − β₁)g,  v ← β₂v + (1 − β₂)g²
 *   θ ← θ − η · (m / (1 − β₁ᵗ)) / (√v / √(1 − β₂ᵗ) + ε)
 * Chapter 6, Optimizers (Adam).
 */
export class Adam extends AdamBase {
  constructor(params: Iterable<Tensor>, options: AdamOptions = {}) {
    super("Adam", params, options, false, 0);
  }
}

/** [β₁, β₂] with each in [0, 1). */
export function checkBetas(op: string, betas: unknown): readonly [number, number] {
  const ok = Array.isArray(betas) && betas.length === 2 && betas.every((b) => typeof b === "number" && b >= 0 && b < 1);
  if (!ok) {
    const got = Array.isArray(betas) ? `[${betas.join(", ")}]` : String(betas);
    throw new Error(`${op}: betas must be two numbers in [0, 1), got ${got}`);
  }
  return [betas[0], betas[1]];
}
