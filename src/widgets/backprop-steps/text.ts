// What the widget says: numbers, the current step's equations with its numbers substituted, the
// status line and the description of the figure.
import { show as showDigits } from "../kit/format.ts";
import { LAST_STEP, currentParams, currentTrace, iterationNumber, stepId, type BackpropState } from "./model.ts";
import { STEP_TEXT } from "./steps.ts";

/** n to 3 decimals, with a typographic minus and no "−0.000". */
export function show(n: number, digits = 3): string {
  return showDigits(n, digits);
}

/** A configured number (an input, a label, η) as short as it is: 1, 0.5, −0.25. */
export function short(n: number): string {
  return show(Number(n.toFixed(3)), 3).replace(/\.?0+$/, "");
}

/** A factor in a product: negative numbers in parentheses. */
const factor = (n: number, fmt = show) => (n < 0 && fmt(n) !== fmt(0) ? `(${fmt(n)})` : fmt(n));

/** "(0.384, 0.632)" */
export function vector(values: readonly number[], fmt = show): string {
  return `(${values.map((v) => fmt(v)).join(", ")})`;
}

/** "a × b + c × d + e", with each later term's sign written as the operator. */
function weightedSum(weights: readonly number[], inputs: readonly number[], bias: number, fmtInput = show): string {
  const signed = (n: number) => (show(n).startsWith("−") ? ` − ${show(-n)}` : ` + ${show(n)}`);
  const terms = weights.map((w, i) => `${i === 0 ? show(w) : signed(w)} × ${factor(inputs[i], fmtInput)}`);
  return `${terms.join("")}${signed(bias)}`;
}

const SUB = ["₁", "₂"];
const rowOf = (m: readonly number[], k: number) => m.slice(2 * k, 2 * k + 2);

/** The current step's equations with the numbers put in, one line each. */
export function numbersText(state: BackpropState): string[] {
  const p = currentParams(state);
  const t = currentTrace(state);
  const { x, y } = state.config.example;
  const eta = short(state.config.lr);
  switch (stepId(state)) {
    case "start":
      return [`x = ${vector(x, short)}, y = ${short(y)}`];
    case "forward1":
      return [
        ...[0, 1].map((k) => `z${SUB[k]}⁽¹⁾ = ${weightedSum(rowOf(p.W1, k), x, p.b1[k], short)} = ${show(t.z1[k])}`),
        `a⁽¹⁾ = σ(z⁽¹⁾) = ${vector(t.a1)}`,
      ];
    case "forward2":
      return [`z⁽²⁾ = ${weightedSum(p.W2, t.a1, p.b2[0])} = ${show(t.z2)}`, `ŷ = a⁽²⁾ = σ(${show(t.z2)}) = ${show(t.a2)}`];
    case "loss":
      return [`𝓛 = −[${short(y)} × log ${show(t.a2)} + ${short(1 - y)} × log ${show(1 - t.a2)}] = ${show(t.loss)}`];
    case "delta2":
      return [`δ⁽²⁾ = ${show(t.a2)} − ${short(y)} = ${show(t.delta2)}`];
    case "grad2":
      return [`∂𝓛/∂W⁽²⁾ = ${factor(t.delta2)} × ${vector(t.a1)} = ${vector(t.gradW2)}`, `∂𝓛/∂b⁽²⁾ = ${show(t.gradB2)}`];
    case "delta1":
      return [0, 1].map(
        (k) =>
          `δ${SUB[k]}⁽¹⁾ = ${factor(p.W2[k])} × ${factor(t.delta2)} × ${show(t.a1[k])} × (1 − ${show(t.a1[k])}) = ${show(t.delta1[k])}`,
      );
    case "grad1":
      return [
        ...[0, 1].map((k) => `∂𝓛/∂W⁽¹⁾, row ${k + 1} = ${factor(t.delta1[k])} × ${vector(x, short)} = ${vector(rowOf(t.gradW1, k))}`),
        `∂𝓛/∂b⁽¹⁾ = ${vector(t.gradB1)}`,
      ];
    case "update": {
      const n = t.next;
      const rule = (name: string, before: readonly number[], grad: readonly number[], after: readonly number[]) =>
        `${name} ← ${vector(before)} − ${eta} × ${vector(grad)} = ${vector(after)}`;
      return [
        rule("W⁽²⁾", p.W2, t.gradW2, n.W2),
        `b⁽²⁾ ← ${show(p.b2[0])} − ${eta} × ${factor(t.gradB2)} = ${show(n.b2[0])}`,
        ...[0, 1].map((k) => rule(`W⁽¹⁾, row ${k + 1}`, rowOf(p.W1, k), rowOf(t.gradW1, k), rowOf(n.W1, k))),
        rule("b⁽¹⁾", p.b1, t.gradB1, n.b1),
      ];
    }
  }
}

/** The one thing a step computes, for the status line. */
function result(state: BackpropState): string {
  const t = currentTrace(state);
  switch (stepId(state)) {
    case "start": {
      const { x, y } = state.config.example;
      return `ready, x = ${vector(x, short)} and y = ${short(y)}; Next step runs the forward pass.`;
    }
    case "forward1": return `a⁽¹⁾ = ${vector(t.a1)}.`;
    case "forward2": return `ŷ = a⁽²⁾ = ${show(t.a2)}.`;
    case "loss": return `loss 𝓛 = ${show(t.loss)}.`;
    case "delta2": return `δ⁽²⁾ = ${show(t.delta2)}.`;
    case "grad2": return `∂𝓛/∂W⁽²⁾ = ${vector(t.gradW2)}, ∂𝓛/∂b⁽²⁾ = ${show(t.gradB2)}.`;
    case "delta1": return `δ⁽¹⁾ = ${vector(t.delta1)}.`;
    case "grad1": return `∂𝓛/∂W⁽¹⁾ = (${vector(t.gradW1.slice(0, 2))}, ${vector(t.gradW1.slice(2))}), ∂𝓛/∂b⁽¹⁾ = ${vector(t.gradB1)}.`;
    case "update": return `weights updated with η = ${short(state.config.lr)}; Next step starts iteration ${iterationNumber(state) + 1}.`;
  }
}

/** "Iteration 1 · step 3 of 8 · Loss (cross-entropy): loss 𝓛 = 0.855." */
export function statusText(state: BackpropState): string {
  const n = iterationNumber(state);
  if (state.step === 0) return `Iteration ${n}: ${result(state)}`;
  return `Iteration ${n} · step ${state.step} of ${LAST_STEP} · ${STEP_TEXT[stepId(state)].title}: ${result(state)}`;
}

/** The diagram's accessible name. */
export function figureLabel(state: BackpropState): string {
  const { x, y } = state.config.example;
  return (
    `Network diagram: inputs x₁ and x₂ (the example x = ${vector(x, short)}, label y = ${short(y)}), ` +
    `two sigmoid hidden units, one sigmoid output ŷ, each edge labelled with its weight and, once ` +
    `computed, its gradient. ${statusText(state)}`
  );
}
