import type { Tensor } from "../tensor/tensor.ts";
import { zeros } from "../tensor/create.ts";
import { formatShape } from "../tensor/shape.ts";
import { uniform } from "../init/basic.ts";
import type { Generator } from "../random.ts";
import { Module } from "./module.ts";

/**
 * A fully connected layer, y = x W^T + b, with `weight` W of shape [outFeatures, inFeatures] and
 * `bias` b of shape [outFeatures], as in PyTorch. x is [batch, inFeatures] or [inFeatures].
 * Both start uniform in ±1/√inFeatures (PyTorch's default), drawn from the seeded generator.
 * Chapter 2, The forward pass (layers in matrix form).
 */
export class Linear extends Module {
  readonly inFeatures: number;
  readonly outFeatures: number;
  weight: Tensor;
  bias: Tensor | null;

  constructor(inFeatures: number, outFeatures: number, options: { bias?: boolean; generator?: Generator } = {}) {
    super();
    for (const [name, n] of [["inFeatures", inFeatures], ["outFeatures", outFeatures]] as const) {
      if (!Number.isInteger(n) || n < 1) throw new Error(`Linear: ${name} must be a positive integer, got ${n}`);
    }
    this.inFeatures = inFeatures;
    this.outFeatures = outFeatures;
    const bound = 1 / Math.sqrt(inFeatures);
    const init = { generator: options.generator };
    this.weight = uniform(zeros([outFeatures, inFeatures], { requiresGrad: true }), -bound, bound, init);
    this.bias = options.bias === false ? null : uniform(zeros([outFeatures], { requiresGrad: true }), -bound, bound, init);
  }

  forward(x: Tensor): Tensor {
    if ((x.ndim !== 1 && x.ndim !== 2) || x.shape[x.ndim - 1] !== this.inFeatures) {
      throw new Error(
        `Linear(${this.inFeatures}, ${this.outFeatures}): expected input of shape [batch, ${this.inFeatures}] ` +
          `or [${this.inFeatures}], got ${formatShape(x.shape)}`,
      );
    }
    const y = x.matmul(this.weight.transpose());
    return this.bias === null ? y : y.add(this.bias);
  }

  override extraRepr(): string {
    return `inFeatures=${this.inFeatures}, outFeatures=${this.outFeatures}, bias=${this.bias !== null}`;
  }
}
