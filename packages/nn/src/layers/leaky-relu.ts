import type { Tensor } from "../tensor/tensor.ts";
import { Module } from "./module.ts";

/**
 * LeakyReLU(x) = x for x > 0, else slope·x: a small slope for negative inputs, so a unit never
 * stops passing gradient (no "dead" ReLUs). As `torch.nn.LeakyReLU` (default slope 0.01).
 * Chapter 5, Vanishing and exploding gradients.
 */
export class LeakyReLU extends Module {
  readonly negativeSlope: number;

  constructor(negativeSlope = 0.01) {
    super();
    if (typeof negativeSlope !== "number" || !Number.isFinite(negativeSlope)) {
      throw new Error(`LeakyReLU: slope must be a finite number, got ${String(negativeSlope)}`);
    }
    this.negativeSlope = negativeSlope;
  }

  forward(x: Tensor): Tensor {
    return x.leakyRelu(this.negativeSlope);
  }

  override extraRepr(): string {
    return `negativeSlope=${this.negativeSlope}`;
  }
}
