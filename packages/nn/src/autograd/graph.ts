import { Tensor } from "../tensor/tensor.ts";
import type { Shape } from "../tensor/shape.ts";
import { isGradEnabled } from "./grad-mode.ts";
import { floatsFrom } from "../tensor/precision.ts";

/**
 * How a tensor was computed: the node of the computational graph that `backward()` walks.
 * Chapter 4, Backpropagation (computational graphs).
 */
export interface GradFn {
  /** The op that made the tensor, e.g. `"mul"`, for reading and drawing the graph. */
  readonly op: string;
  /** The tensors the op read. */
  readonly inputs: readonly Tensor[];
  /** Given the gradient of the loss with respect to the output, add into each input's `grad`. */
  backward(grad: Float32Array): void;
}

/**
 * Wrap an op's output and, when any input requires grad (and `noGrad` is not active), record the
 * closure that carries the output's gradient back to the inputs. Every op goes through here, so
 * its forward and backward sit side by side (the micrograd style).
 */
export function opResult(
  op: string,
  data: Float32Array,
  shape: Shape,
  inputs: readonly Tensor[],
  backward: (grad: Float32Array) => void,
): Tensor {
  const out = new Tensor(data, shape);
  if (isGradEnabled() && inputs.some((t) => t.requiresGrad)) {
    out.requiresGrad = true;
    out.gradFn = { op, inputs, backward };
  }
  return out;
}

/** Add `grad` (same size as `t`) into `t.grad`, creating it on first use. */
export function accumulateGrad(t: Tensor, grad: Float32Array): void {
  if (!t.requiresGrad) return;
  if (t.grad === null) {
    t.grad = new Tensor(floatsFrom(grad), t.shape);
    return;
  }
  const g = t.grad.data;
  for (let i = 0; i < g.length; i++) g[i] += grad[i];
}
