import { Tensor } from "../tensor/tensor.ts";
import { accumulateGrad, opResult } from "../autograd/graph.ts";
import { formatShape } from "../tensor/shape.ts";
import { forEachLane, logSumExp } from "../tensor/softmax.ts";
import { reduce, type LossOptions } from "./reduction.ts";
import { checkFinite } from "./finite.ts";
import { floats } from "../tensor/precision.ts";

/**
 * Cross-entropy of raw scores (logits) z, shape [batch, classes], against class indices y,
 * shape [batch]: L = \frac{1}{N} \sum_n (\log \sum_c e^{z_{nc}} − z_{n,y_n}), the negative log
 * of the softmax probability of the right class. The log-sum-exp is shifted by the row's max,
 * so logits of ±1000 give an exact finite loss. Fused backward:
 * ∂L/∂z_{nc} = (softmax(z_n)_c − [c = y_n]) / N. Labels get no gradient.
 * Like `torch.nn.functional.cross_entropy` (no softmax before it: it is built in).
 * Chapter 3, Losses (categorical cross-entropy).
 */
export function crossEntropy(logits: Tensor, labels: Tensor | readonly number[], options: LossOptions = {}): Tensor {
  const y = checkLabels(logits, labels);
  const [batch, classes] = logits.shape;
  const z = logits.data;
  const lanes = { axis: 1, outer: batch, n: classes, inner: 1 };
  const lse = new Float64Array(batch);
  const losses = floats(batch);
  let n = 0;
  forEachLane(lanes, (at) => {
    lse[n] = logSumExp(z, classes, at);
    losses[n] = lse[n] - z[n * classes + y[n]];
    n++;
  });
  const perExample = opResult("crossEntropy", losses, [batch], [logits], (g) => {
    const gz = floats(z.length);
    for (let r = 0; r < batch; r++) {
      for (let c = 0; c < classes; c++) {
        const i = r * classes + c;
        gz[i] = g[r] * (Math.exp(z[i] - lse[r]) - (c === y[r] ? 1 : 0));
      }
    }
    accumulateGrad(logits, gz);
  });
  return checkFinite("crossEntropy", reduce("crossEntropy", perExample, options.reduction));
}

/** Labels: one integer class index in [0, classes) per row of logits [batch, classes]. */
function checkLabels(logits: Tensor, labels: Tensor | readonly number[]): number[] {
  if (!(logits instanceof Tensor)) throw new Error("crossEntropy: logits must be a Tensor of shape [batch, classes]");
  if (logits.ndim !== 2) {
    throw new Error(`crossEntropy: logits must have shape [batch, classes], got ${formatShape(logits.shape)}` +
      (logits.ndim === 1 ? " (for one example use logits.reshape([1, -1]))" : ""));
  }
  let y: number[];
  if (labels instanceof Tensor) {
    if (labels.ndim !== 1) {
      throw new Error(`crossEntropy: labels must have shape [batch] (class indices, not one-hot), got ${formatShape(labels.shape)}`);
    }
    y = Array.from(labels.data);
  } else if (Array.isArray(labels)) y = labels.slice();
  else throw new Error("crossEntropy: labels must be a Tensor or an array of class indices");
  const [batch, classes] = logits.shape;
  if (y.length !== batch) {
    throw new Error(`crossEntropy: logits ${formatShape(logits.shape)} have ${batch} rows but labels have ${y.length} values`);
  }
  y.forEach((label, i) => {
    if (typeof label !== "number" || !Number.isInteger(label)) {
      throw new Error(`crossEntropy: label ${String(label)} at index ${i} is not an integer class index`);
    }
    if (label < 0 || label >= classes) {
      throw new Error(`crossEntropy: label ${label} at index ${i} is out of range for ${classes} classes`);
    }
  });
  return y;
}
