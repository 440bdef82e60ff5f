import type { Tensor } from "../tensor/tensor.ts";
import { defaultGenerator, type Generator } from "../random.ts";

/** Options of the random initialisers. */
export interface InitOptions {
  /** Where the numbers come from; the global generator (see `manualSeed`) by default. */
  generator?: Generator;
}

/**
 * Fill `t` in place with values drawn uniformly from [low, high), and return it.
 * Like `torch.nn.init.uniform_`. Chapter 5, Vanishing gradients (initialisation).
 */
export function uniform(t: Tensor, low = 0, high = 1, options: InitOptions = {}): Tensor {
  if (!(low <= high)) throw new Error(`init.uniform: need low <= high, got ${low} and ${high}`);
  const gen = options.generator ?? defaultGenerator;
  const d = t.data;
  for (let i = 0; i < d.length; i++) d[i] = gen.uniform(low, high);
  return t;
}

/**
 * Fill `t` in place with values drawn from N(mean, std²), and return it.
 * Like `torch.nn.init.normal_`. Chapter 5, Vanishing gradients (initialisation).
 */
export function normal(t: Tensor, mean = 0, std = 1, options: InitOptions = {}): Tensor {
  if (!(std >= 0)) throw new Error(`init.normal: std must be >= 0, got ${std}`);
  const gen = options.generator ?? defaultGenerator;
  const d = t.data;
  for (let i = 0; i < d.length; i++) d[i] = gen.normal(mean, std);
  return t;
}

/** Fill `t` in place with `value` (t_i = value), and return it. Like `torch.nn.init.constant_`. Chapter 5, Vanishing gradients (initialisation). */
export function constant(t: Tensor, value: number): Tensor {
  t.data.fill(value);
  return t;
}

/** Fill `t` with zeros. Like `torch.nn.init.zeros_`. Chapter 5: why all-zero weights never break symmetry. */
export function zeros(t: Tensor): Tensor {
  return constant(t, 0);
}

/** Fill `t` with ones (t_i = 1). Like `torch.nn.init.ones_` (BatchNorm's starting scale). Chapter 5, Vanishing gradients. */
export function ones(t: Tensor): Tensor {
  return constant(t, 1);
}
