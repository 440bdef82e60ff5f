import { Tensor } from "../tensor/tensor.ts";
import { formatShape } from "../tensor/shape.ts";

/**
 * Predicted classes from what a model outputs. Internal; the metrics' shared reading of `pred`:
 *   [n, k], k ≥ 2  scores per class (probabilities or logits) → the argmax of each row (first on ties)
 *   [n, 1]         probability of class 1 (a sigmoid output) → 1 where p > 0.5, else 0
 *   [n]            class indices already (integers)
 */
export function predictedClasses(op: string, pred: Tensor): number[] {
  if (!(pred instanceof Tensor)) throw new Error(`${op}: pred must be a Tensor, got ${pred === null ? "null" : typeof pred}`);
  const d = pred.data;
  if (pred.ndim === 2 && pred.shape[1] >= 2) {
    const [n, k] = pred.shape;
    return Array.from({ length: n }, (_, i) => {
      let best = 0;
      for (let j = 1; j < k; j++) if (d[i * k + j] > d[i * k + best]) best = j;
      return best;
    });
  }
  if (pred.ndim === 2 && pred.shape[1] === 1) return Array.from(d, (p) => (p > 0.5 ? 1 : 0));
  if (pred.ndim === 1) return indices(op, "pred", pred, "pass probabilities as [n, 1] or scores as [n, k]");
  throw new Error(`${op}: pred must be class indices [n], probabilities [n, 1] or scores [n, k], got ${formatShape(pred.shape)}`);
}

/** True classes from labels [n] or [n, 1] of class indices. Internal. */
export function trueClasses(op: string, y: Tensor): number[] {
  if (!(y instanceof Tensor)) throw new Error(`${op}: y must be a Tensor, got ${y === null ? "null" : typeof y}`);
  if (!(y.ndim === 1 || (y.ndim === 2 && y.shape[1] === 1))) {
    throw new Error(`${op}: y must hold class indices, shape [n] or [n, 1], got ${formatShape(y.shape)}`);
  }
  return indices(op, "y", y, "labels are class indices 0, 1, …");
}

function indices(op: string, name: string, t: Tensor, hint: string): number[] {
  return Array.from(t.data, (v, i) => {
    if (!Number.isInteger(v) || v < 0) throw new Error(`${op}: ${name} must hold class indices (integers ≥ 0), got ${v} at ${i} — ${hint}`);
    return v;
  });
}

/** Both readings, checked to cover the same examples. Internal. */
export function classPairs(op: string, pred: Tensor, y: Tensor): { p: number[]; t: number[] } {
  const p = predictedClasses(op, pred), t = trueClasses(op, y);
  if (p.length !== t.length) {
    throw new Error(`${op}: pred ${formatShape(pred.shape)} and y ${formatShape(y.shape)} hold different numbers of examples (${p.length} and ${t.length})`);
  }
  if (t.length === 0) throw new Error(`${op}: no examples (empty pred and y)`);
  return { p, t };
}
