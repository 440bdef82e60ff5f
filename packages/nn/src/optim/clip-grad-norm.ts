import { Tensor } from "../tensor/tensor.ts";
import { checkNumber } from "./optimizer.ts";

export interface ClipGradNormOptions {
  /** Which p-norm: a number ≥ 1 or `Infinity` (the largest |g|); default 2. */
  normType?: number;
  /** Throw when the total norm is NaN or infinite, instead of scaling by it (default false, as PyTorch 1.13). */
  errorIfNonfinite?: boolean;
}

/**
 * Gradient clipping by the total norm, as `torch.nn.utils.clip_grad_norm_`: treat every
 * parameter's gradient as one long vector g, take ‖g‖ (L2 by default), and when it exceeds
 * `maxNorm` scale all gradients in place by maxNorm / (‖g‖ + 10⁻⁶). Returns ‖g‖ before clipping.
 * Parameters without a gradient are skipped. Call it between `backward()` and `opt.step()`.
 * Chapter 5, Vanishing and exploding gradients (clipping).
 */
export function clipGradNorm(params: Iterable<Tensor> | Tensor, maxNorm: number, options: ClipGradNormOptions = {}): number {
  checkNumber("clipGradNorm", "maxNorm", maxNorm, (v) => v > 0, "a positive finite number");
  const { normType = 2, errorIfNonfinite = false } = options;
  if (typeof normType !== "number" || !(normType >= 1)) {
    throw new Error(`clipGradNorm: normType must be a number >= 1 or Infinity, got ${String(normType)}`);
  }
  const list = params instanceof Tensor ? [params] : [...params];
  list.forEach((p, i) => {
    if (!(p instanceof Tensor)) throw new Error(`clipGradNorm: parameter ${i} is not a Tensor (got ${typeof p})`);
  });
  const grads = list.flatMap((p) => (p.grad === null ? [] : [p.grad.data]));
  let total = 0;
  for (const g of grads) {
    for (let i = 0; i < g.length; i++) {
      const a = Math.abs(g[i]);
      total = normType === Infinity ? Math.max(total, a) : total + a ** normType;
    }
  }
  if (normType !== Infinity) total = total ** (1 / normType);
  if (errorIfNonfinite && !Number.isFinite(total)) {
    throw new Error(`clipGradNorm: the total norm of the gradients is ${total}, so they cannot be clipped`);
  }
  const coef = maxNorm / (total + 1e-6);
  if (!(coef >= 1)) {
    // as PyTorch: a NaN or infinite norm (without errorIfNonfinite) spreads into the gradients
    for (const g of grads) for (let i = 0; i < g.length; i++) g[i] *= coef;
  }
  return total;
}
