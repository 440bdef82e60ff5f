import type { Tensor } from "../tensor/tensor.ts";
import { Module } from "./module.ts";

/**
 * softmax along `axis` as a layer: turns a row of scores into probabilities that sum to 1.
 * Train with `crossEntropy` on the logits *before* it (the loss has the softmax built in), and
 * put it at the end only to read out probabilities. Like `torch.nn.Softmax(dim)`.
 * Chapter 3, Losses (softmax).
 */
export class Softmax extends Module {
  readonly axis: number;

  constructor(axis = -1) {
    super();
    if (!Number.isInteger(axis)) throw new Error(`Softmax: axis must be an integer, got ${String(axis)}`);
    this.axis = axis;
  }

  forward(x: Tensor): Tensor {
    return x.softmax(this.axis);
  }

  override extraRepr(): string {
    return `axis=${this.axis}`;
  }
}

/** log softmax along `axis` as a layer. Like `torch.nn.LogSoftmax(dim)`. Chapter 3, Losses. */
export class LogSoftmax extends Module {
  readonly axis: number;

  constructor(axis = -1) {
    super();
    if (!Number.isInteger(axis)) throw new Error(`LogSoftmax: axis must be an integer, got ${String(axis)}`);
    this.axis = axis;
  }

  forward(x: Tensor): Tensor {
    return x.logSoftmax(this.axis);
  }

  override extraRepr(): string {
    return `axis=${this.axis}`;
  }
}
