import type { Tensor } from "../tensor/tensor.ts";
import { resolveDim, type DimOptions } from "../tensor/dim.ts";
import { Module } from "./module.ts";

/** A layer that works along one dimension, given as `dim` (PyTorch's name) or `axis` (its alias). */
abstract class AlongDim extends Module {
  /** The dimension, as given (−1 is the last). */
  readonly axis: number;

  constructor(name: string, dim: number | DimOptions) {
    super();
    const d = resolveDim(name, dim) ?? -1;
    if (!Number.isInteger(d)) throw new Error(`${name}: axis must be an integer, got ${String(d)}`);
    this.axis = d;
  }

  /** PyTorch's name for `axis`. */
  get dim(): number {
    return this.axis;
  }

  override extraRepr(): string {
    return `axis=${this.axis}`;
  }
}

/**
 * softmax along `dim` as a layer: turns a row of scores into probabilities that sum to 1.
 * Train with `crossEntropy` on the logits *before* it (the loss has the softmax built in), and
 * put it at the end only to read out probabilities. Like `torch.nn.Softmax(dim)`.
 * Chapter 3, Losses (softmax).
 */
export class Softmax extends AlongDim {
  constructor(dim: number | DimOptions = -1) {
    super("Softmax", dim);
  }

  forward(x: Tensor): Tensor {
    return x.softmax(this.axis);
  }
}

/** log softmax along `dim` as a layer. Like `torch.nn.LogSoftmax(dim)`. Chapter 3, Losses. */
export class LogSoftmax extends AlongDim {
  constructor(dim: number | DimOptions = -1) {
    super("LogSoftmax", dim);
  }

  forward(x: Tensor): Tensor {
    return x.logSoftmax(this.axis);
  }
}
