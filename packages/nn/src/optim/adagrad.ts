import type { Tensor } from "../tensor/tensor.ts";
import { checkNumber, Optimizer } from "./optimizer.ts";
import { addWeightDecay, stateOf } from "./moments.ts";

export interface AdagradOptions {
  /** Learning rate η (default 1e-2). */
  lr?: number;
  /** Decay of the rate with the step count, η_t = η / (1 + (t − 1)·lrDecay), ≥ 0 (default 0). */
  lrDecay?: number;
  /** Weight decay λ ≥ 0, added to the gradient as λθ (default 0). */
  weightDecay?: number;
  /** The starting value of every accumulator, ≥ 0 (default 0). */
  initialAccumulatorValue?: number;
  /** ε added to the denominator, > 0 (default 1e-10). */
  eps?: number;
}

interface AdagradState {
  step: number;
  sum: Float32Array;
}

/**
 * Adagrad, exactly as `torch.optim.Adagrad`: per parameter θ with gradient g, at step t,
 *   g ← g + λθ,  s ← s + g²                 (the sum of every squared gradient so far)
 *   θ ← θ − η_t · g / (√s + ε),  η_t = η / (1 + (t − 1)·lrDecay)
 * Each coordinate's step shrinks as its squared gradients pile up; nothing is ever forgotten,
 * which is what RMSprop's moving average changes. Chapter 6, Optimizers (Adagrad).
 */
export class Adagrad extends Optimizer {
  readonly lrDecay: number;
  readonly weightDecay: number;
  readonly initialAccumulatorValue: number;
  readonly eps: number;
  #state = new Map<Tensor, AdagradState>();

  constructor(params: Iterable<Tensor>, options: AdagradOptions = {}) {
    const { lr = 1e-2, lrDecay = 0, weightDecay = 0, initialAccumulatorValue = 0, eps = 1e-10 } = options ?? {};
    super("Adagrad", params, lr);
    this.lrDecay = checkNumber("Adagrad", "lrDecay", lrDecay, (v) => v >= 0, "a finite number >= 0");
    this.weightDecay = checkNumber("Adagrad", "weightDecay", weightDecay, (v) => v >= 0, "a finite number >= 0");
    this.initialAccumulatorValue = checkNumber(
      "Adagrad", "initialAccumulatorValue", initialAccumulatorValue, (v) => v >= 0, "a finite number >= 0",
    );
    this.eps = checkNumber("Adagrad", "eps", eps, (v) => v > 0, "a positive finite number");
  }

  step(): void {
    const { lr, lrDecay, eps, weightDecay: wd, initialAccumulatorValue: s0 } = this;
    for (const p of this.params) {
      if (p.grad === null) continue;
      const theta = p.data;
      const s = stateOf(this.#state, p, () => ({ step: 0, sum: new Float32Array(theta.length).fill(s0) }));
      s.step++;
      const g = addWeightDecay(p.grad.data, theta, wd);
      const rate = lr / (1 + (s.step - 1) * lrDecay);
      for (let i = 0; i < theta.length; i++) {
        s.sum[i] += g[i] * g[i];
        theta[i] -= (rate * g[i]) / (Math.sqrt(s.sum[i]) + eps);
      }
    }
  }
}
