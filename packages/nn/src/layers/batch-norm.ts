import type { Tensor } from "../tensor/tensor.ts";
import { ones, zeros } from "../tensor/create.ts";
import { formatShape } from "../tensor/shape.ts";
import { accumulateGrad, opResult } from "../autograd/graph.ts";
import { Module } from "./module.ts";
import { floats } from "../tensor/precision.ts";

export interface BatchNorm1dOptions {
  /** ε added to the variance before the square root (default 1e-5). */
  eps?: number;
  /** Weight of the newest batch in the running averages, in [0, 1] (default 0.1). */
  momentum?: number;
  /** Learn a per-feature scale `weight` γ and shift `bias` β (default true). */
  affine?: boolean;
}

/**
 * Batch normalisation over a [batch, features] input, as `torch.nn.BatchNorm1d`. Per feature j:
 *   training: μ_j = mean_i x_ij,  σ²_j = mean_i (x_ij − μ_j)²  (the biased batch variance)
 *             running mean ← (1 − m)·running mean + m·μ_j,
 *             running var  ← (1 − m)·running var + m·σ²_j·N/(N − 1)  (the unbiased one)
 *   eval:     μ_j, σ²_j are the running statistics
 *   y_ij = γ_j (x_ij − μ_j) / √(σ²_j + ε) + β_j
 * Its backward is written out (the batch statistics depend on every row): with x̂ the normalised
 * input and ĝ = γ·∂L/∂y, ∂L/∂x = (ĝ − mean_i ĝ − x̂ · mean_i(ĝ x̂)) / √(σ² + ε) in training,
 * ∂L/∂γ = Σ_i ∂L/∂y · x̂, ∂L/∂β = Σ_i ∂L/∂y.
 * Chapter 5, Vanishing and exploding gradients (batch norm); Chapter 8, Regularization.
 */
export class BatchNorm1d extends Module {
  readonly numFeatures: number;
  readonly eps: number;
  readonly momentum: number;
  readonly affine: boolean;
  weight: Tensor | null;
  bias: Tensor | null;
  declare runningMean: Tensor;
  declare runningVar: Tensor;

  constructor(numFeatures: number, options: BatchNorm1dOptions = {}) {
    super();
    const { eps = 1e-5, momentum = 0.1, affine = true } = options;
    if (!Number.isInteger(numFeatures) || numFeatures < 1) {
      throw new Error(`BatchNorm1d: numFeatures must be a positive integer, got ${String(numFeatures)}`);
    }
    if (typeof eps !== "number" || !(eps > 0) || !Number.isFinite(eps)) {
      throw new Error(`BatchNorm1d: eps must be a positive finite number, got ${String(eps)}`);
    }
    if (typeof momentum !== "number" || !(momentum >= 0 && momentum <= 1)) {
      throw new Error(`BatchNorm1d: momentum must be a number in [0, 1], got ${String(momentum)}`);
    }
    this.numFeatures = numFeatures;
    this.eps = eps;
    this.momentum = momentum;
    this.affine = affine;
    this.weight = affine ? ones([numFeatures], { requiresGrad: true }) : null;
    this.bias = affine ? zeros([numFeatures], { requiresGrad: true }) : null;
    this.registerBuffer("runningMean", zeros([numFeatures]));
    this.registerBuffer("runningVar", ones([numFeatures]));
  }

  forward(x: Tensor): Tensor {
    const C = this.numFeatures;
    if (x.ndim !== 2 || x.shape[1] !== C) {
      throw new Error(`BatchNorm1d(${C}): expected input of shape [batch, ${C}], got ${formatShape(x.shape)}`);
    }
    const N = x.shape[0];
    if (this.training && N < 2) {
      throw new Error(`BatchNorm1d(${C}): training needs more than 1 value per feature, got input ${formatShape(x.shape)}`);
    }
    const xs = x.data;
    const mean = new Float64Array(C), invStd = new Float64Array(C);
    if (this.training) {
      for (let i = 0; i < N; i++) for (let j = 0; j < C; j++) mean[j] += xs[i * C + j];
      for (let j = 0; j < C; j++) mean[j] /= N;
      const rm = this.runningMean.data, rv = this.runningVar.data, m = this.momentum;
      for (let j = 0; j < C; j++) {
        let ss = 0;
        for (let i = 0; i < N; i++) ss += (xs[i * C + j] - mean[j]) ** 2;
        invStd[j] = 1 / Math.sqrt(ss / N + this.eps);
        rm[j] = (1 - m) * rm[j] + m * mean[j];
        rv[j] = (1 - m) * rv[j] + (m * ss) / (N - 1);
      }
    } else {
      const rm = this.runningMean.data, rv = this.runningVar.data;
      for (let j = 0; j < C; j++) [mean[j], invStd[j]] = [rm[j], 1 / Math.sqrt(rv[j] + this.eps)];
    }
    const gamma = this.weight?.data ?? null, beta = this.bias?.data ?? null;
    const xhat = floats(xs.length), y = floats(xs.length);
    for (let i = 0; i < N; i++) {
      for (let j = 0; j < C; j++) {
        const k = i * C + j;
        xhat[k] = (xs[k] - mean[j]) * invStd[j];
        y[k] = gamma === null || beta === null ? xhat[k] : gamma[j] * xhat[k] + beta[j];
      }
    }
    const training = this.training;
    const { weight, bias } = this;
    const inputs = weight !== null && bias !== null ? [x, weight, bias] : [x];
    return opResult("batchNorm1d", y, x.shape, inputs, (g) => {
      const gx = floats(g.length);
      const gGamma = floats(C), gBeta = floats(C);
      for (let j = 0; j < C; j++) {
        const scale = gamma === null ? 1 : gamma[j];
        let sumG = 0, sumGX = 0; // Σ_i ∂L/∂y and Σ_i ∂L/∂y·x̂
        for (let i = 0; i < N; i++) {
          sumG += g[i * C + j];
          sumGX += g[i * C + j] * xhat[i * C + j];
        }
        gGamma[j] = sumGX;
        gBeta[j] = sumG;
        for (let i = 0; i < N; i++) {
          const k = i * C + j;
          // in eval the statistics are constants; in training they carry gradient back to every row
          gx[k] = training
            ? scale * invStd[j] * (g[k] - sumG / N - (xhat[k] * sumGX) / N)
            : scale * invStd[j] * g[k];
        }
      }
      accumulateGrad(x, gx);
      if (weight !== null && bias !== null) {
        accumulateGrad(weight, gGamma);
        accumulateGrad(bias, gBeta);
      }
    });
  }

  override extraRepr(): string {
    return `${this.numFeatures}, eps=${this.eps}, momentum=${this.momentum}, affine=${this.affine}`;
  }
}
