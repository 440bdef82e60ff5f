import type { Tensor } from "../tensor/tensor.ts";
import { zeros } from "../tensor/create.ts";
import { formatShape } from "../tensor/shape.ts";
import { accumulateGrad, opResult } from "../autograd/graph.ts";
import { gemm, gemmNT, gemmTN } from "../kernels/matmul.ts";
import { uniform } from "../init/basic.ts";
import type { Generator } from "../random.ts";
import { Module } from "./module.ts";
import { floats } from "../tensor/precision.ts";

/**
 * The fused fully connected op, y = x Wᵀ + b, y_{ij} = b_j + Σ_p x_{ip} W_{jp}, for x [batch, in]
 * (or one example [in] → [out]), weight W [out, in] and optional bias b [out]; like
 * `torch.nn.functional.linear`. Forward and backward in one place, on the gemm kernels, so Wᵀ is
 * never copied: y = gemmNT(x, W); backward x̄ = ȳ W, W̄ = ȳᵀ x (gemmTN), b̄_j = Σ_i ȳ_{ij}.
 * Chapter 2, The forward pass (layers in matrix form); Chapter 4, Backpropagation (matrix backprop).
 */
export function linear(x: Tensor, weight: Tensor, bias: Tensor | null = null): Tensor {
  if (weight.ndim !== 2) throw new Error(`linear: expected weight [out, in], got ${formatShape(weight.shape)}`);
  const [O, I] = weight.shape;
  if ((x.ndim !== 1 && x.ndim !== 2) || x.shape[x.ndim - 1] !== I) {
    throw new Error(`linear: input ${formatShape(x.shape)} does not fit weight ${formatShape(weight.shape)} — expected [batch, ${I}] or [${I}]`);
  }
  if (bias !== null && (bias.ndim !== 1 || bias.shape[0] !== O)) {
    throw new Error(`linear: expected bias [${O}] for weight ${formatShape(weight.shape)}, got ${formatShape(bias.shape)}`);
  }
  const N = x.ndim === 2 ? x.shape[0] : 1;
  const X = x.data, Wt = weight.data;
  const out = gemmNT(X, Wt, N, I, O); // x Wᵀ with W read in place
  if (bias !== null) {
    const B = bias.data;
    for (let i = 0, r = 0; i < N; i++, r += O) for (let j = 0; j < O; j++) out[r + j] += B[j];
  }
  const inputs = bias === null ? [x, weight] : [x, weight, bias];
  return opResult("linear", out, x.ndim === 2 ? [N, O] : [O], inputs, (g) => {
    if (x.requiresGrad) accumulateGrad(x, gemm(g, Wt, N, O, I)); // ȳ W
    if (weight.requiresGrad) accumulateGrad(weight, gemmTN(g, X, O, N, I)); // ȳᵀ x
    if (bias !== null && bias.requiresGrad) {
      const db = floats(O);
      for (let j = 0; j < O; j++) {
        let s = 0; // summed in float64, rounded once
        for (let i = j; i < g.length; i += O) s += g[i];
        db[j] = s;
      }
      accumulateGrad(bias, db);
    }
  });
}

/**
 * A fully connected layer, y = x W^T + b, with `weight` W of shape [outFeatures, inFeatures] and
 * `bias` b of shape [outFeatures], as in PyTorch. x is [batch, inFeatures] or [inFeatures].
 * Both start uniform in ±1/√inFeatures (PyTorch's default), drawn from the seeded generator.
 * Forward and backward are the fused `linear` op above (x̄ = ȳ W, W̄ = ȳᵀ x, b̄ = Σ_batch ȳ).
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
    return linear(x, this.weight, this.bias);
  }

  override extraRepr(): string {
    return `inFeatures=${this.inFeatures}, outFeatures=${this.outFeatures}, bias=${this.bias !== null}`;
  }
}
