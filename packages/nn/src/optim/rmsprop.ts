import type { Tensor } from "../tensor/tensor.ts";
import { checkNumber, Optimizer } from "./optimizer.ts";
import { addWeightDecay, emaInPlace, emaSquareInPlace, stateOf } from "./moments.ts";

export interface RMSpropOptions {
  /** Learning rate η (default 1e-2). */
  lr?: number;
  /** Decay α of the mean square, in [0, 1) (default 0.99). */
  alpha?: number;
  /** ε added to the denominator, > 0 (default 1e-8). */
  eps?: number;
  /** Momentum μ ≥ 0 (default 0). */
  momentum?: number;
  /** Weight decay λ ≥ 0, added to the gradient as λθ (default 0). */
  weightDecay?: number;
  /** Divide by the estimated standard deviation √(v − ḡ²) instead of the root mean square √v. */
  centered?: boolean;
}

interface RMSpropState {
  square: Float32Array;
  mean: Float32Array | null;
  momentum: Float32Array | null;
}

/**
 * RMSprop, exactly as `torch.optim.RMSprop`: per parameter θ with gradient g,
 *   g ← g + λθ,  v ← αv + (1 − α)g²
 *   d ← √v + ε, or if centered ḡ ← αḡ + (1 − α)g and d ← √(v − ḡ²) + ε
 *   θ ← θ − η g/d, or with momentum b ← μb + g/d and θ ← θ − ηb
 * Chapter 6, Optimizers (RMSprop).
 */
export class RMSprop extends Optimizer {
  readonly alpha: number;
  readonly eps: number;
  readonly momentum: number;
  readonly weightDecay: number;
  readonly centered: boolean;
  #state = new Map<Tensor, RMSpropState>();

  constructor(params: Iterable<Tensor>, options: RMSpropOptions = {}) {
    const { lr = 1e-2, alpha = 0.99, eps = 1e-8, momentum = 0, weightDecay = 0, centered = false } = options ?? {};
    super("RMSprop", params, lr);
    this.alpha = checkNumber("RMSprop", "alpha", alpha, (v) => v >= 0 && v < 1, "a number in [0, 1)");
    this.eps = checkNumber("RMSprop", "eps", eps, (v) => v > 0, "a positive finite number");
    this.momentum = checkNumber("RMSprop", "momentum", momentum, (v) => v >= 0, "a finite number >= 0");
    this.weightDecay = checkNumber("RMSprop", "weightDecay", weightDecay, (v) => v >= 0, "a finite number >= 0");
    this.centered = centered;
  }

  step(): void {
    const { lr, alpha, eps, momentum: mu, weightDecay: wd, centered } = this;
    for (const p of this.params) {
      if (p.grad === null) continue;
      const theta = p.data;
      const n = theta.length;
      const s = stateOf(this.#state, p, () => ({
        square: new Float32Array(n),
        mean: centered ? new Float32Array(n) : null,
        momentum: mu > 0 ? new Float32Array(n) : null,
      }));
      const g = addWeightDecay(p.grad.data, theta, wd);
      emaSquareInPlace(s.square, g, alpha);
      if (s.mean !== null) emaInPlace(s.mean, g, alpha);
      for (let i = 0; i < n; i++) {
        // v − ḡ² ≥ 0 in exact arithmetic; clamp float32 round-off so it cannot become NaN
        const variance = s.mean === null ? s.square[i] : Math.max(0, s.square[i] - s.mean[i] * s.mean[i]);
        const update = g[i] / (Math.sqrt(variance) + eps);
        if (s.momentum === null) theta[i] -= lr * update;
        else {
          s.momentum[i] = mu * s.momentum[i] + update;
          theta[i] -= lr * s.momentum[i];
        }
      }
    }
  }
}
