import { Tensor } from "../tensor/tensor.ts";
import { formatShape, sameShape } from "../tensor/shape.ts";
import { accumulateGrad } from "./graph.ts";
import { floatsFrom } from "../tensor/precision.ts";
import { topologicalOrder as graphOrder } from "./topological-order.ts";

/**
 * Reverse-mode differentiation: visit the graph below `root` in reverse topological order, so
 * each node's gradient is complete before it is passed on (the chain rule, summed over paths):
 * \bar{x} = \sum_{y \in children(x)} \bar{y} \, \partial y / \partial x.
 * Chapter 4, Backpropagation.
 *
 * Leaves (tensors made by the user) accumulate into `grad`, as in PyTorch, so call `zeroGrad`
 * between steps. Intermediate results keep this pass's gradient in `grad` too, for inspection.
 */
export function backward(root: Tensor, grad?: Tensor): void {
  if (!root.requiresGrad) {
    throw new Error("backward: this tensor does not require grad (no input had requiresGrad: true, or it was made inside noGrad)");
  }
  let seed: Float32Array;
  if (grad === undefined) {
    if (root.size !== 1) {
      throw new Error(
        `backward: output has shape ${formatShape(root.shape)}; pass a gradient of that shape, ` +
          "or reduce it to one value first (e.g. .sum() or .mean())",
      );
    }
    seed = floatsFrom([1]);
  } else {
    if (!(grad instanceof Tensor) || !sameShape(grad.shape, root.shape)) {
      const got = grad instanceof Tensor ? formatShape(grad.shape) : typeof grad;
      throw new Error(`backward: gradient must be a tensor of shape ${formatShape(root.shape)}, got ${got}`);
    }
    seed = grad.data;
  }
  const order = topologicalOrder(root);
  // Intermediate gradients restart from zero on every pass; only leaves accumulate.
  for (const t of order) if (t.gradFn !== null) t.grad = null;
  accumulateGrad(root, seed);
  for (let i = order.length - 1; i >= 0; i--) {
    const t = order[i];
    if (t.gradFn !== null && t.grad !== null) t.gradFn.backward(t.grad.data);
  }
}

/** Every tensor `root` depends on that requires grad, each after all of its inputs. */
export function topologicalOrder(root: Tensor): Tensor[] {
  return graphOrder(root, (t) => (t.gradFn?.inputs ?? []).filter((input) => input.requiresGrad));
}
