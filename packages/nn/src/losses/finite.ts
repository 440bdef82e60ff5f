import type { Tensor } from "../tensor/tensor.ts";
import { unravelIndex } from "../tensor/shape.ts";

/**
 * Throw if a loss came out NaN or ±Infinity. A training loop that diverged (a learning rate too
 * large, an input that was already NaN) then stops at the step where it happened, with a message
 * naming the loss, instead of plotting NaN for the rest of the run. Catch the error to keep going.
 * Chapter 10, Practice (debugging a network).
 */
export function checkFinite(op: string, loss: Tensor): Tensor {
  const v = loss.data;
  for (let i = 0; i < v.length; i++) {
    if (!Number.isFinite(v[i])) {
      const what = Number.isNaN(v[i]) ? "NaN" : v[i] > 0 ? "Infinity" : "-Infinity";
      const where = loss.ndim > 0 ? ` at index [${unravelIndex(i, loss.shape).join(",")}]` : "";
      throw new Error(`${op}: the loss is ${what}${where} — check the inputs for NaN/Infinity, or lower the learning rate`);
    }
  }
  return loss;
}
