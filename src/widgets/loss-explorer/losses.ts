// The losses the widget plots, with their derivatives, in plain float64 arithmetic: the widget
// evaluates them hundreds of times per redraw. losses.test.ts checks every one against the
// engine's nn.mseLoss, nn.binaryCrossEntropy, nn.bceWithLogits and nn.crossEntropy with autograd.

/** σ(z), the kit's stable one. */
export { sigmoid } from "../kit/activations.ts";

/** The logit of a probability: the z with σ(z) = p. */
export function logit(p: number): number {
  return Math.log(p / (1 - p));
}

/** Squared error of one prediction, (p − y)², as nn.mseLoss for a single value. */
export function mse(p: number, y: number): number {
  return (p - y) ** 2;
}

/** ∂/∂p of (p − y)²: 2(p − y). */
export function mseGradP(p: number, y: number): number {
  return 2 * (p - y);
}

// nn.binaryCrossEntropy clamps each log at −100, as PyTorch does, so p = 0 or 1 stays finite.
const LOG_MIN = -100;

/** Binary cross-entropy of one probability, −[y log p + (1 − y) log(1 − p)], logs clamped at −100. */
export function bce(p: number, y: number): number {
  return -(y * Math.max(Math.log(p), LOG_MIN) + (1 - y) * Math.max(Math.log1p(-p), LOG_MIN));
}

/** ∂/∂p of the binary cross-entropy: (p − y) / (p(1 − p)), its denominator floored at 1e−12 as the engine does. */
export function bceGradP(p: number, y: number): number {
  return (p - y) / Math.max(p * (1 - p), 1e-12);
}

/** With p = σ(z): ∂(p − y)²/∂z = 2(p − y) · σ′(z) = 2(p − y) p(1 − p). */
export function mseGradZ(p: number, y: number): number {
  return mseGradP(p, y) * p * (1 - p);
}

/** With p = σ(z): ∂BCE/∂z = p − y, σ′(z) cancels. */
export function bceGradZ(p: number, y: number): number {
  return p - y;
}

/** log Σ e^{v_i}, shifted by the largest v so that no exponential overflows. */
export function logSumExp(v: readonly number[]): number {
  const max = Math.max(...v);
  if (!Number.isFinite(max)) return max;
  let sum = 0;
  for (const x of v) sum += Math.exp(x - max);
  return max + Math.log(sum);
}

/** softmax(z / T): the probabilities for logits z at temperature T > 0. */
export function softmax(z: readonly number[], temperature = 1): number[] {
  const scaled = z.map((x) => x / temperature);
  const lse = logSumExp(scaled);
  return scaled.map((x) => Math.exp(x - lse));
}

/** Cross-entropy of softmax(z / T) for the true class c: −log softmax(z / T)_c = logsumexp(z / T) − z_c / T. */
export function crossEntropy(z: readonly number[], c: number, temperature = 1): number {
  const scaled = z.map((x) => x / temperature);
  return logSumExp(scaled) - scaled[c];
}

/** ∂/∂z_k of crossEntropy(z, c, T): (softmax(z / T)_k − [k = c]) / T. */
export function crossEntropyGrad(z: readonly number[], c: number, temperature = 1): number[] {
  return softmax(z, temperature).map((s, k) => (s - (k === c ? 1 : 0)) / temperature);
}
