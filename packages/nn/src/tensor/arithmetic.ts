import { Tensor } from "./tensor.ts";
import { accumulateGrad, opResult } from "../autograd/graph.ts";
import { broadcastShapes, expandTo, reduceToShape } from "./broadcast.ts";
import { neg, pow } from "./unary.ts";
import { sizeOf } from "./shape.ts";
import { floats, floatsFrom } from "./precision.ts";

/** A number operand becomes a scalar tensor (shape `[]`), which broadcasts against anything. */
export function asTensor(op: string, x: Tensor | number): Tensor {
  if (x instanceof Tensor) return x;
  if (typeof x === "number") return new Tensor(floatsFrom([x]), []);
  throw new Error(`${op}: expected a Tensor or a number, got ${x === null ? "null" : typeof x}`);
}

/**
 * Elementwise sum with broadcasting, c_i = a_i + b_i. Backward: ∂c/∂a = ∂c/∂b = 1, and a
 * gradient is summed over the dimensions its input was broadcast along.
 * Chapter 2, The forward pass (z = Wx + b).
 */
export function add(a: Tensor, b: Tensor | number): Tensor {
  const B = asTensor("add", b);
  const shape = broadcastShapes("add", a.shape, B.shape);
  const x = expandTo(a.data, a.shape, shape);
  const y = expandTo(B.data, B.shape, shape);
  const out = floats(sizeOf(shape));
  for (let i = 0; i < out.length; i++) out[i] = x[i] + y[i];
  return opResult("add", out, shape, [a, B], (g) => {
    accumulateGrad(a, reduceToShape(g, shape, a.shape));
    accumulateGrad(B, reduceToShape(g, shape, B.shape));
  });
}

/**
 * Elementwise product with broadcasting, c_i = a_i b_i. Backward: ∂c/∂a = b, ∂c/∂b = a.
 * Chapter 1, The perceptron (w_i x_i).
 */
export function mul(a: Tensor, b: Tensor | number): Tensor {
  const B = asTensor("mul", b);
  const shape = broadcastShapes("mul", a.shape, B.shape);
  const x = expandTo(a.data, a.shape, shape);
  const y = expandTo(B.data, B.shape, shape);
  const out = floats(sizeOf(shape));
  for (let i = 0; i < out.length; i++) out[i] = x[i] * y[i];
  return opResult("mul", out, shape, [a, B], (g) => {
    if (a.requiresGrad) {
      const ga = floats(g.length);
      for (let i = 0; i < g.length; i++) ga[i] = g[i] * y[i];
      accumulateGrad(a, reduceToShape(ga, shape, a.shape));
    }
    if (B.requiresGrad) {
      const gb = floats(g.length);
      for (let i = 0; i < g.length; i++) gb[i] = g[i] * x[i];
      accumulateGrad(B, reduceToShape(gb, shape, B.shape));
    }
  });
}

/** a − b = a + (−b), built from primitives so its gradient comes for free. Chapter 3, Losses. */
export function sub(a: Tensor, b: Tensor | number): Tensor {
  const B = asTensor("sub", b);
  broadcastShapes("sub", a.shape, B.shape); // fail here, naming "sub", not "add"
  return typeof b === "number" ? add(a, -b) : add(a, neg(B));
}

/** a / b = a · b^{−1}, built from primitives so its gradient comes for free. Chapter 3, Losses. */
export function div(a: Tensor, b: Tensor | number): Tensor {
  const B = asTensor("div", b);
  broadcastShapes("div", a.shape, B.shape);
  return typeof b === "number" ? mul(a, 1 / b) : mul(a, pow(B, -1));
}
