import type { Tensor } from "../tensor/tensor.ts";
import { classPairs } from "./classes.ts";

export interface ClassMetricOptions {
  /**
   * `"binary"` (default): the score of the class `positive` alone. `"macro"`: the unweighted mean
   * of every class's score, over the classes that appear in pred or y (as sklearn's `average="macro"`).
   */
  average?: "binary" | "macro";
  /** The positive class of a binary score. */
  positive?: number;
}

/** True positives, false positives and false negatives of one class. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** n / d, or 0 when d = 0 (sklearn's `zero_division=0`: no predictions of a class → precision 0). Internal. */
export function safeDivide(n: number, d: number): number {
  return d === 0 ? 0 : n / d;
}

/**
 * A per-class score from its counts, averaged as `options` ask. Internal: `precision`, `recall`
 * and `f1` are this with their own formula.
 */
export function classScore(op: string, pred: Tensor, y: Tensor, options: ClassMetricOptions, score: (c: Counts) => number): number {
  const { average = "binary", positive = 1 } = options;
  const { p, t } = classPairs(op, pred, y);
  const counts = (c: number): Counts => {
    const out = { tp: 0, fp: 0, fn: 0 };
    for (let i = 0; i < t.length; i++) {
      if (p[i] === c && t[i] === c) out.tp++;
      else if (p[i] === c) out.fp++;
      else if (t[i] === c) out.fn++;
    }
    return out;
  };
  if (average === "binary") {
    const classes = new Set([...p, ...t]);
    if (classes.size > 2) {
      throw new Error(`${op}: ${classes.size} classes (${[...classes].sort((a, b) => a - b).join(", ")}) — binary scores need 2; pass { average: "macro" }`);
    }
    if (!Number.isInteger(positive) || positive < 0) throw new Error(`${op}: positive must be a class index, got ${positive}`);
    return score(counts(positive));
  }
  if (average === "macro") {
    const classes = [...new Set([...p, ...t])];
    return classes.reduce((s, c) => s + score(counts(c)), 0) / classes.length;
  }
  throw new Error(`${op}: average must be "binary" or "macro", got ${JSON.stringify(average)}`);
}
