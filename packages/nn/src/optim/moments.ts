import type { Tensor } from "../tensor/tensor.ts";

/**
 * The small pieces Adam and RMSprop are built from (after optax's gradient transformations), each
 * acting on one parameter's flat values. Chapter 6, Optimizers.
 */

/** g + λθ, the L2 penalty's gradient added to the loss's (coupled weight decay); `grad` itself when λ = 0. */
export function addWeightDecay(grad: Float32Array, theta: Float32Array, weightDecay: number): Float32Array {
  if (weightDecay === 0) return grad;
  const out = new Float32Array(grad.length);
  for (let i = 0; i < grad.length; i++) out[i] = grad[i] + weightDecay * theta[i];
  return out;
}

/** Exponential moving average in place: m ← βm + (1 − β)g (Adam's first moment, centered RMSprop's mean). */
export function emaInPlace(avg: Float32Array, g: Float32Array, beta: number): void {
  for (let i = 0; i < avg.length; i++) avg[i] = beta * avg[i] + (1 - beta) * g[i];
}

/** Exponential moving average of squares in place: v ← βv + (1 − β)g² (Adam's second moment, RMSprop's mean square). */
export function emaSquareInPlace(avg: Float32Array, g: Float32Array, beta: number): void {
  for (let i = 0; i < avg.length; i++) avg[i] = beta * avg[i] + (1 - beta) * g[i] * g[i];
}

/** The optimizer state of parameter `p`, made by `init` on first use. */
export function stateOf<S>(states: Map<Tensor, S>, p: Tensor, init: () => S): S {
  let s = states.get(p);
  if (s === undefined) states.set(p, (s = init()));
  return s;
}
