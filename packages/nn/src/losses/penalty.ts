import { Tensor } from "../tensor/tensor.ts";
import { checkFinite } from "./finite.ts";

/**
 * L1 penalty Σ_w |w| over every value of every tensor in `params` (e.g. `model.parameters()`),
 * as a scalar tensor with gradient sign(w) (0 at 0). Add λ · l1Penalty(params) to the loss to
 * push weights to exactly zero. Chapter 8, Regularization (L1).
 */
export function l1Penalty(params: readonly Tensor[]): Tensor {
  return penalty("l1Penalty", params, (p) => p.abs().sum());
}

/**
 * L2 penalty Σ_w w² over every value of every tensor in `params`, with no ½: its gradient is 2w.
 * PyTorch's `weightDecay: λ` adds λw to the gradient, which is the same as adding
 * (λ/2) · l2Penalty(params) to the loss. Chapter 8, Regularization (L2, weight decay).
 */
export function l2Penalty(params: readonly Tensor[]): Tensor {
  return penalty("l2Penalty", params, (p) => p.pow(2).sum());
}

function penalty(op: string, params: readonly Tensor[], term: (p: Tensor) => Tensor): Tensor {
  if (!Array.isArray(params) || params.length === 0) {
    const got = Array.isArray(params) ? "an empty array" : params === null ? "null" : typeof params;
    throw new Error(`${op}: params must be a non-empty array of tensors (e.g. model.parameters()), got ${got}`);
  }
  params.forEach((p, i) => {
    if (!(p instanceof Tensor)) throw new Error(`${op}: params[${i}] is not a Tensor`);
  });
  let total = term(params[0]);
  for (let i = 1; i < params.length; i++) total = total.add(term(params[i]));
  return checkFinite(op, total);
}
