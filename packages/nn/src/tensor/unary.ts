import type { Tensor } from "./tensor.ts";
import { accumulateGrad, opResult } from "../autograd/graph.ts";
import { floats } from "./precision.ts";

/**
 * An elementwise op y = f(x) with its derivative dy/dx = df(x, y) (given y too, since
 * e.g. d/dx e^x = e^x is cheapest from the output). Backward: \bar{x}_i = \bar{y}_i · df(x_i, y_i).
 */
export function unary(
  op: string,
  a: Tensor,
  f: (x: number) => number,
  df: (x: number, y: number) => number,
): Tensor {
  const x = a.data;
  const y = floats(x.length);
  for (let i = 0; i < x.length; i++) y[i] = f(x[i]);
  return opResult(op, y, a.shape, [a], (g) => {
    const ga = floats(g.length);
    for (let i = 0; i < g.length; i++) ga[i] = g[i] * df(x[i], y[i]);
    accumulateGrad(a, ga);
  });
}

/** −x; d/dx = −1. Chapter 4, Backpropagation. */
export function neg(a: Tensor): Tensor {
  return unary("neg", a, (x) => -x, () => -1);
}

/** x^p for a number p; d/dx = p x^{p−1}. Chapter 3, Losses (the square in MSE). */
export function pow(a: Tensor, p: number): Tensor {
  if (typeof p !== "number") throw new Error(`pow: exponent must be a number, got ${typeof p}`);
  return unary("pow", a, (x) => x ** p, (x) => (p === 0 ? 0 : p * x ** (p - 1)));
}

/** e^x; d/dx = e^x. Chapter 3, Losses (softmax). */
export function exp(a: Tensor): Tensor {
  return unary("exp", a, Math.exp, (_x, y) => y);
}

/** ln x; d/dx = 1/x. Chapter 3, Losses (cross-entropy). */
export function log(a: Tensor): Tensor {
  return unary("log", a, Math.log, (x) => 1 / x);
}

/** √x; d/dx = 1 / (2√x). Chapter 6, Optimizers (Adam's denominator). */
export function sqrt(a: Tensor): Tensor {
  return unary("sqrt", a, Math.sqrt, (_x, y) => 0.5 / y);
}

/** |x|; d/dx = sign(x), taken as 0 at 0 (as PyTorch does). Chapter 8, Regularization (L1). */
export function abs(a: Tensor): Tensor {
  return unary("abs", a, Math.abs, (x) => (x > 0 ? 1 : x < 0 ? -1 : 0));
}
