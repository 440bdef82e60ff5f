import type { Tensor } from "../tensor/tensor.ts";
import { formatShape } from "../tensor/shape.ts";
import { accumulateGrad, opResult } from "../autograd/graph.ts";
import { convOutSize, maxPool } from "../kernels/conv.ts";
import { Module } from "./module.ts";
import { floats } from "../tensor/precision.ts";

/**
 * Max pooling over k×k windows moved by `stride` (default k) on NCHW input, no padding:
 *   y[n, c, i, j] = max_{u,v < k} x[n, c, i·s + u, j·s + v],
 * output [N, C, ⌊(H − k)/s⌋ + 1, ⌊(W − k)/s⌋ + 1]. Backward sends each output's gradient to the
 * one input that won its window (the first on ties); overlapping windows add up.
 * Like `torch.nn.functional.max_pool2d`.
 * Chapter 9, Convolutional networks (pooling).
 */
export function maxPool2d(x: Tensor, kernelSize: number, options: { stride?: number } = {}): Tensor {
  const { stride = kernelSize } = options;
  if (!Number.isInteger(kernelSize) || kernelSize < 1) throw new Error(`maxPool2d: kernelSize must be a positive integer, got ${kernelSize}`);
  if (!Number.isInteger(stride) || stride < 1) throw new Error(`maxPool2d: stride must be a positive integer, got ${stride}`);
  if (x.ndim !== 4) throw new Error(`maxPool2d: expected input [batch, channels, height, width], got ${formatShape(x.shape)}`);
  const [N, C, H, W] = x.shape;
  if (kernelSize > H || kernelSize > W) {
    throw new Error(`maxPool2d: kernel ${kernelSize}×${kernelSize} is larger than the input ${H}×${W}`);
  }
  const OH = convOutSize(H, kernelSize, stride, 0), OW = convOutSize(W, kernelSize, stride, 0);
  const out = floats(N * C * OH * OW);
  const argmax = new Int32Array(out.length);
  // batch and channels are alike here: pool N·C planes
  const geo = { channels: N * C, height: H, width: W, kernel: kernelSize, stride, padding: 0, outHeight: OH, outWidth: OW };
  maxPool(x.data, 0, geo, out, 0, argmax);
  return opResult("maxPool2d", out, [N, C, OH, OW], [x], (g) => {
    const dx = floats(x.size);
    for (let i = 0; i < g.length; i++) dx[argmax[i]] += g[i];
    accumulateGrad(x, dx);
  });
}

/** The layer form of `maxPool2d`: `new nn.MaxPool2d(2)` halves height and width. Chapter 9. */
export class MaxPool2d extends Module {
  readonly kernelSize: number;
  readonly stride: number;

  constructor(kernelSize: number, options: { stride?: number } = {}) {
    super();
    const { stride = kernelSize } = options;
    if (!Number.isInteger(kernelSize) || kernelSize < 1) throw new Error(`MaxPool2d: kernelSize must be a positive integer, got ${kernelSize}`);
    if (!Number.isInteger(stride) || stride < 1) throw new Error(`MaxPool2d: stride must be a positive integer, got ${stride}`);
    this.kernelSize = kernelSize;
    this.stride = stride;
  }

  forward(x: Tensor): Tensor {
    return maxPool2d(x, this.kernelSize, { stride: this.stride });
  }

  override extraRepr(): string {
    return `kernelSize=${this.kernelSize}, stride=${this.stride}`;
  }
}
