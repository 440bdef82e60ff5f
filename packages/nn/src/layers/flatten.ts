import type { Tensor } from "../tensor/tensor.ts";
import { Module } from "./module.ts";

/**
 * Merge dimensions `startDim` … `endDim` into one, keeping the batch dimension by default:
 * [N, C, H, W] → [N, C·H·W], between a CNN's convolutions and its dense layers. A reshape, so the
 * gradient is reshaped back. As `torch.nn.Flatten`. Chapter 9, CNNs.
 */
export class Flatten extends Module {
  readonly startDim: number;
  readonly endDim: number;

  constructor(startDim = 1, endDim = -1) {
    super();
    for (const [name, d] of [["startDim", startDim], ["endDim", endDim]] as const) {
      if (!Number.isInteger(d)) throw new Error(`Flatten: ${name} must be an integer, got ${String(d)}`);
    }
    this.startDim = startDim;
    this.endDim = endDim;
  }

  forward(x: Tensor): Tensor {
    return x.flatten(this.startDim, this.endDim);
  }

  override extraRepr(): string {
    return `startDim=${this.startDim}, endDim=${this.endDim}`;
  }
}
