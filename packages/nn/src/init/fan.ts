import type { Tensor } from "../tensor/tensor.ts";
import { formatShape } from "../tensor/shape.ts";
import { normal, uniform, type InitOptions } from "./basic.ts";

/**
 * fanIn and fanOut of a weight: for `[out, in]` (Linear) they are `in` and `out`; for
 * `[out, in, k, k]` (Conv2d) each is multiplied by the k·k receptive field, as in PyTorch:
 * fanIn = in·k², fanOut = out·k². The He and Xavier scales are built from them.
 * Chapter 5, Vanishing gradients (He and Xavier initialisation).
 */
export function calculateFans(t: Tensor): { fanIn: number; fanOut: number } {
  if (t.ndim < 2) {
    throw new Error(`init: fan in and fan out need a weight with at least 2 dimensions, got shape ${formatShape(t.shape)}`);
  }
  const receptive = t.shape.slice(2).reduce((a, b) => a * b, 1);
  return { fanIn: t.shape[1] * receptive, fanOut: t.shape[0] * receptive };
}

/**
 * Xavier/Glorot uniform: U(−a, a) with a = gain · √(6 / (fanIn + fanOut)), which keeps the
 * variance of activations and gradients about equal across tanh/sigmoid layers.
 * Chapter 5, Vanishing gradients.
 */
export function xavierUniform(t: Tensor, options: InitOptions & { gain?: number } = {}): Tensor {
  const { fanIn, fanOut } = calculateFans(t);
  const a = (options.gain ?? 1) * Math.sqrt(6 / (fanIn + fanOut));
  return uniform(t, -a, a, options);
}

/** Xavier/Glorot normal: N(0, σ²) with σ = gain · √(2 / (fanIn + fanOut)). Chapter 5, Vanishing gradients. */
export function xavierNormal(t: Tensor, options: InitOptions & { gain?: number } = {}): Tensor {
  const { fanIn, fanOut } = calculateFans(t);
  return normal(t, 0, (options.gain ?? 1) * Math.sqrt(2 / (fanIn + fanOut)), options);
}

/**
 * He/Kaiming uniform for ReLU layers: U(−a, a) with a = √(6 / fanIn) (gain √2).
 * Like `kaiming_uniform_(t, nonlinearity="relu")`. Chapter 5, Vanishing gradients.
 */
export function heUniform(t: Tensor, options: InitOptions = {}): Tensor {
  const a = Math.sqrt(6 / calculateFans(t).fanIn);
  return uniform(t, -a, a, options);
}

/**
 * He/Kaiming normal for ReLU layers: N(0, σ²) with σ = √(2 / fanIn).
 * Like `kaiming_normal_(t, nonlinearity="relu")`. Chapter 5, Vanishing gradients.
 */
export function heNormal(t: Tensor, options: InitOptions = {}): Tensor {
  return normal(t, 0, Math.sqrt(2 / calculateFans(t).fanIn), options);
}
