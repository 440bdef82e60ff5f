// What the widget says: its status lines, its read-outs and the descriptions of its figures.
import type { BinaryReading, LossExplorerState, SoftmaxReading } from "./model.ts";

import { minus } from "../kit/format.ts";

export { minus };

/** n to a number of significant-looking digits, with a typographic minus and no "−0.000". */
export function show(n: number, digits = 3): string {
  if (!Number.isFinite(n)) return n > 0 ? "∞" : n < 0 ? "−∞" : "NaN";
  const text = Math.abs(n) >= 1e4 ? n.toExponential(1) : n.toFixed(digits);
  return minus(text).replace(/^−(0(?:\.0+)?)$/, "$1");
}

/** A probability: 3 decimals, or a power of ten when it is too small for them (3.7e−44). */
export function probability(q: number): string {
  return q > 0 && q < 0.0005 ? q.toExponential(1).replace("e-", "e−") : show(q);
}

/** A value that sits on a slider step, written short: 0.05, 1, 0.35. */
export function short(n: number): string {
  return minus(String(Number(n.toFixed(4))));
}

/** "ŷ = 0.05, y = 1: MSE 0.902, BCE 2.996; slope in z: MSE −0.090, BCE −0.950" */
export function binaryStatus(r: BinaryReading): string {
  return (
    `ŷ = ${short(r.p)}, y = ${short(r.y)}: MSE ${show(r.mse)}, BCE ${show(r.bce)}; ` +
    `slope in z: MSE ${show(r.mseGradZ)}, BCE ${show(r.bceGradZ)}`
  );
}

/** The class names the widget shows, counting from 1. */
export function className(k: number): string {
  return `class ${k + 1}`;
}

/** "True class 2: probability 0.237, cross-entropy −log 0.237 = 1.440 at T = 1" */
export function softmaxStatus(s: LossExplorerState, r: SoftmaxReading): string {
  const q = probability(r.probabilities[s.trueClass]);
  return (
    `True ${className(s.trueClass)}: probability ${q}, ` +
    `cross-entropy −log ${q} = ${show(r.loss)} at T = ${short(s.temperature)}`
  );
}

/** The loss plot's accessible name. */
export function lossFigureLabel(r: BinaryReading): string {
  return (
    `Plot of the squared error and the binary cross-entropy against the predicted probability ŷ ` +
    `from 0 to 1, for the target y = ${short(r.y)}. At ŷ = ${short(r.p)} the squared error is ` +
    `${show(r.mse)} with slope ${show(r.mseGradP)}, and the cross-entropy is ${show(r.bce)} with slope ${show(r.bceGradP)}.`
  );
}

/** The gradient bars' accessible name. */
export function gradientFigureLabel(r: BinaryReading): string {
  return (
    `Bar chart of the gradient with respect to the logit z, where ŷ = σ(z): ` +
    `${show(r.mseGradZ)} for the squared error and ${show(r.bceGradZ)} for the cross-entropy.`
  );
}

/** The softmax bars' accessible name. */
export function softmaxFigureLabel(s: LossExplorerState, r: SoftmaxReading): string {
  const bars = r.probabilities.map((q, k) => `${className(k)} ${show(q)}`).join(", ");
  return `Bar chart of softmax(z / T) at T = ${short(s.temperature)}: ${bars}. The true class is ${className(s.trueClass)}.`;
}
