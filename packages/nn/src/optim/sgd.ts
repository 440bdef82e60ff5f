import type { Tensor } from "../tensor/tensor.ts";
import { checkNumber, Optimizer } from "./optimizer.ts";

export interface SGDOptions {
  /** Learning rate η. */
  lr: number;
  /** Momentum μ (0: plain gradient descent). */
  momentum?: number;
  /** Dampening τ of the gradient added to the momentum buffer. */
  dampening?: number;
  /** Use Nesterov momentum (needs momentum > 0 and dampening 0). */
  nesterov?: boolean;
  /** L2 penalty λ, added to the gradient as λθ. */
  weightDecay?: number;
}

/**
 * Stochastic gradient descent with PyTorch's exact update, per parameter θ with gradient g:
 *   g ← g + λθ                       (weight decay)
 *   b ← g on the first step, else μb + (1 − τ)g   (momentum buffer)
 *   g ← g + μb if Nesterov, else g ← b
 *   θ ← θ − ηg
 * Chapter 6, Optimizers (SGD, momentum, Nesterov); Chapter 8, Regularization (weight decay).
 */
export class SGD extends Optimizer {
  readonly momentum: number;
  readonly dampening: number;
  readonly nesterov: boolean;
  readonly weightDecay: number;
  #buffers = new Map<Tensor, Float32Array>();

  constructor(params: Iterable<Tensor>, options: SGDOptions) {
    super("SGD", params, options?.lr);
    const { momentum = 0, dampening = 0, nesterov = false, weightDecay = 0 } = options;
    this.momentum = checkNumber("SGD", "momentum", momentum, (v) => v >= 0, "a finite number >= 0");
    this.dampening = checkNumber("SGD", "dampening", dampening, () => true, "a finite number");
    this.weightDecay = checkNumber("SGD", "weightDecay", weightDecay, (v) => v >= 0, "a finite number >= 0");
    if (nesterov && (momentum <= 0 || dampening !== 0)) {
      throw new Error("SGD: nesterov needs momentum > 0 and dampening 0");
    }
    this.nesterov = nesterov;
  }

  step(): void {
    const { lr, momentum: mu, dampening, nesterov, weightDecay: wd } = this;
    for (const p of this.params) {
      if (p.grad === null) continue;
      const theta = p.data, grad = p.grad.data;
      let buf = this.#buffers.get(p);
      const first = buf === undefined;
      if (mu !== 0 && buf === undefined) this.#buffers.set(p, (buf = new Float32Array(theta.length)));
      for (let i = 0; i < theta.length; i++) {
        let g = grad[i] + wd * theta[i];
        if (buf !== undefined) {
          buf[i] = first ? g : mu * buf[i] + (1 - dampening) * g;
          g = nesterov ? g + mu * buf[i] : buf[i];
        }
        theta[i] -= lr * g;
      }
    }
  }
}
