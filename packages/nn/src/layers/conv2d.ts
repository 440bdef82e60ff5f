import type { Tensor } from "../tensor/tensor.ts";
import { zeros } from "../tensor/create.ts";
import { formatShape } from "../tensor/shape.ts";
import { accumulateGrad, opResult } from "../autograd/graph.ts";
import { uniform } from "../init/basic.ts";
import { gemm, gemmNT, gemmTN } from "../kernels/matmul.ts";
import { col2im, convOutSize, im2col, type ConvGeometry } from "../kernels/conv.ts";
import type { Generator } from "../random.ts";
import { Module } from "./module.ts";
import { floats } from "../tensor/precision.ts";

export interface Conv2dOptions {
  /** Step of the window, in pixels (default 1). */
  stride?: number;
  /** Zeros added on every side of the image (default 0). */
  padding?: number;
}

/**
 * 2-D convolution (cross-correlation, as in every framework) of an NCHW batch x [N, C, H, W] with
 * weight [O, C, k, k] and optional bias [O]:
 *   y[n, o, i, j] = b_o + Σ_{c,u,v} W[o, c, u, v] · x[n, c, i·s − p + u, j·s − p + v],
 * output [N, O, ⌊(H + 2p − k)/s⌋ + 1, ⌊(W + 2p − k)/s⌋ + 1]. Computed per image as
 * W [O, C·k²] · im2col(x) [C·k², OH·OW]. Backward: ∂W = Σ_n ḡ_n · colsᵀ, ∂x = col2im(Wᵀ · ḡ_n),
 * ∂b = Σ ḡ over batch and pixels. Like `torch.nn.functional.conv2d`.
 * Chapter 9, Convolutional networks (convolution, padding and stride).
 */
export function conv2d(x: Tensor, weight: Tensor, bias: Tensor | null = null, options: Conv2dOptions = {}): Tensor {
  const { stride = 1, padding = 0 } = options;
  if (!Number.isInteger(stride) || stride < 1) throw new Error(`conv2d: stride must be a positive integer, got ${stride}`);
  if (!Number.isInteger(padding) || padding < 0) throw new Error(`conv2d: padding must be a non-negative integer, got ${padding}`);
  if (x.ndim !== 4) throw new Error(`conv2d: expected input [batch, channels, height, width], got ${formatShape(x.shape)}`);
  if (weight.ndim !== 4 || weight.shape[2] !== weight.shape[3]) {
    throw new Error(`conv2d: expected weight [outChannels, inChannels, k, k], got ${formatShape(weight.shape)}`);
  }
  const [N, C, H, W] = x.shape;
  const [O, Cw, k] = weight.shape;
  if (C !== Cw) {
    throw new Error(`conv2d: input ${formatShape(x.shape)} has ${C} channels but weight ${formatShape(weight.shape)} expects ${Cw}`);
  }
  if (bias !== null && (bias.ndim !== 1 || bias.shape[0] !== O)) {
    throw new Error(`conv2d: expected bias [${O}], got ${formatShape(bias.shape)}`);
  }
  if (k > H + 2 * padding || k > W + 2 * padding) {
    throw new Error(`conv2d: kernel ${k}×${k} is larger than the padded input ${H + 2 * padding}×${W + 2 * padding} (input ${H}×${W}, padding ${padding})`);
  }
  const OH = convOutSize(H, k, stride, padding), OW = convOutSize(W, k, stride, padding);
  const geo: ConvGeometry = { channels: C, height: H, width: W, kernel: k, stride, padding, outHeight: OH, outWidth: OW };
  const K = C * k * k, L = OH * OW;
  const X = x.data, Wt = weight.data;
  const cols = floats(N * K * L); // kept for the weight gradient
  const out = floats(N * O * L);
  for (let n = 0; n < N; n++) {
    const col = cols.subarray(n * K * L, (n + 1) * K * L);
    im2col(X, n * C * H * W, geo, col);
    gemm(Wt, col, O, K, L, out.subarray(n * O * L, (n + 1) * O * L));
  }
  if (bias !== null) addBias(out, bias.data, N, O, L);
  const inputs = bias === null ? [x, weight] : [x, weight, bias];
  return opResult("conv2d", out, [N, O, OH, OW], inputs, (g) => {
    if (weight.requiresGrad) {
      const dW = floats(O * K), part = floats(O * K);
      for (let n = 0; n < N; n++) {
        gemmNT(g.subarray(n * O * L, (n + 1) * O * L), cols.subarray(n * K * L, (n + 1) * K * L), O, L, K, part);
        for (let i = 0; i < dW.length; i++) dW[i] += part[i];
      }
      accumulateGrad(weight, dW);
    }
    if (bias !== null && bias.requiresGrad) {
      const db = floats(O);
      for (let n = 0; n < N; n++) {
        for (let o = 0; o < O; o++) {
          let s = 0;
          for (let i = (n * O + o) * L, end = i + L; i < end; i++) s += g[i];
          db[o] += s;
        }
      }
      accumulateGrad(bias, db);
    }
    if (x.requiresGrad) {
      const dx = floats(N * C * H * W), dcol = floats(K * L);
      for (let n = 0; n < N; n++) {
        gemmTN(Wt, g.subarray(n * O * L, (n + 1) * O * L), K, O, L, dcol);
        col2im(dcol, geo, dx, n * C * H * W);
      }
      accumulateGrad(x, dx);
    }
  });
}

function addBias(out: Float32Array, B: Float32Array, N: number, O: number, L: number): void {
  for (let n = 0; n < N; n++) {
    for (let o = 0; o < O; o++) {
      const b = B[o];
      for (let i = (n * O + o) * L, end = i + L; i < end; i++) out[i] += b;
    }
  }
}

/**
 * A 2-D convolution layer on NCHW input: `weight` [outChannels, inChannels, k, k] and `bias`
 * [outChannels], both uniform in ±1/√(inChannels·k²) as PyTorch's default (Kaiming-uniform with
 * a = √5), from the seeded generator. See `conv2d` for the formula.
 * Chapter 9, Convolutional networks.
 */
export class Conv2d extends Module {
  readonly inChannels: number;
  readonly outChannels: number;
  readonly kernelSize: number;
  readonly stride: number;
  readonly padding: number;
  weight: Tensor;
  bias: Tensor | null;

  constructor(
    inChannels: number, outChannels: number, kernelSize: number,
    options: Conv2dOptions & { bias?: boolean; generator?: Generator } = {},
  ) {
    super();
    const sizes = [["inChannels", inChannels], ["outChannels", outChannels], ["kernelSize", kernelSize]] as const;
    for (const [name, n] of sizes) {
      if (!Number.isInteger(n) || n < 1) throw new Error(`Conv2d: ${name} must be a positive integer, got ${n}`);
    }
    const { stride = 1, padding = 0 } = options;
    if (!Number.isInteger(stride) || stride < 1) throw new Error(`Conv2d: stride must be a positive integer, got ${stride}`);
    if (!Number.isInteger(padding) || padding < 0) throw new Error(`Conv2d: padding must be a non-negative integer, got ${padding}`);
    this.inChannels = inChannels;
    this.outChannels = outChannels;
    this.kernelSize = kernelSize;
    this.stride = stride;
    this.padding = padding;
    const bound = 1 / Math.sqrt(inChannels * kernelSize * kernelSize);
    const init = { generator: options.generator };
    this.weight = uniform(zeros([outChannels, inChannels, kernelSize, kernelSize], { requiresGrad: true }), -bound, bound, init);
    this.bias = options.bias === false ? null : uniform(zeros([outChannels], { requiresGrad: true }), -bound, bound, init);
  }

  forward(x: Tensor): Tensor {
    return conv2d(x, this.weight, this.bias, { stride: this.stride, padding: this.padding });
  }

  override extraRepr(): string {
    return `${this.inChannels}, ${this.outChannels}, kernelSize=${this.kernelSize}, stride=${this.stride}, padding=${this.padding}, bias=${this.bias !== null}`;
  }
}
