import type { Tensor } from "../tensor/tensor.ts";
import { accumulateGrad, opResult } from "../autograd/graph.ts";
import { defaultGenerator, type Generator } from "../random.ts";
import { Module } from "./module.ts";
import { floats } from "../tensor/precision.ts";

/**
 * Dropout: in training, each value is kept with probability 1 − p and scaled by 1/(1 − p), or
 * zeroed, y_i = m_i x_i / (1 − p) with m_i ~ Bernoulli(1 − p); in eval mode y = x.
 * Inverted dropout: scale at train time so eval is the identity and E[y] = x.
 * Masks come from the seeded generator (`manualSeed`), so a run repeats. As `torch.nn.Dropout`.
 * Chapter 8, Regularization (dropout).
 */
export class Dropout extends Module {
  readonly p: number;
  readonly #generator: Generator | undefined;

  constructor(p = 0.5, options: { generator?: Generator } = {}) {
    super();
    if (typeof p !== "number" || !(p >= 0 && p < 1)) {
      throw new Error(`Dropout: p must be a probability in [0, 1), got ${String(p)}`);
    }
    this.p = p;
    this.#generator = options.generator;
  }

  forward(x: Tensor): Tensor {
    if (!this.training || this.p === 0) return x;
    const gen = this.#generator ?? defaultGenerator;
    const keep = 1 - this.p, scale = 1 / keep;
    const mask = floats(x.size);
    for (let i = 0; i < mask.length; i++) mask[i] = gen.random() < keep ? scale : 0;
    const xs = x.data;
    const y = floats(x.size);
    for (let i = 0; i < y.length; i++) y[i] = xs[i] * mask[i];
    return opResult("dropout", y, x.shape, [x], (g) => {
      const gx = floats(g.length);
      for (let i = 0; i < g.length; i++) gx[i] = g[i] * mask[i];
      accumulateGrad(x, gx);
    });
  }

  override extraRepr(): string {
    return `p=${this.p}`;
  }
}
