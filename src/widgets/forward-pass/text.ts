// What the widget says: neuron and parameter names, a neuron's arithmetic, the status line and
// the figure's description. Plain Unicode (subscripts, ⁽¹⁾), no DOM.
import { ACTIVATION_SYMBOLS, LEAKY_SLOPE, type HiddenActivation, type OutputActivation } from "./activations.ts";
import type { Forward, NeuronRef, ParameterRef, State } from "./model.ts";

import { minus, show } from "../kit/format.ts";

export { minus, show };

/** n to at most 3 decimals, without trailing zeros: "2", "−0.5", "0.125". */
export function short(n: number): string {
  return minus(String(Number(n.toFixed(3)) || 0));
}

// A factor in a product: negative numbers in parentheses, "0.560 · (−0.5)".
const factor = (s: string) => (s.startsWith("−") ? `(${s})` : s);

// " + 0.120" or " − 0.120": a term added at the end of a sum.
const plusTerm = (s: string) => (s.startsWith("−") ? ` − ${s.slice(1)}` : ` + ${s}`);

const SUB = "₀₁₂₃₄₅₆₇₈₉";
export const sub = (n: number) => String(n).replace(/\d/g, (d) => SUB[Number(d)]);
const sup = (l: number) => `⁽${"⁰¹²³⁴⁵⁶⁷⁸⁹"[l]}⁾`;

/** "x₁", "h₂", "ŷ₁": inputs, hidden units and outputs, counting from 1 as the formulas do. */
export function neuronName(n: NeuronRef): string {
  return `${["x", "h", "ŷ"][n.layer]}${sub(n.unit + 1)}`;
}

/** "input x₁", "hidden unit h₂", "output ŷ₁" */
export function neuronTitle(n: NeuronRef): string {
  return `${["Input", "Hidden unit", "Output"][n.layer]} ${neuronName(n)}`;
}

/** "w₂₁⁽¹⁾" or "b₂⁽¹⁾" */
export function parameterName(p: ParameterRef): string {
  return p.col === null ? `b${sub(p.row + 1)}${sup(p.layer)}` : `w${sub(p.row + 1)}${sub(p.col + 1)}${sup(p.layer)}`;
}

/** "w₂₁⁽¹⁾ (x₁ → h₂)" or "b₂⁽¹⁾ (bias of h₂)", for the parameter picker. */
export function parameterLabel(p: ParameterRef): string {
  const to = neuronName({ layer: p.layer, unit: p.row });
  if (p.col === null) return `${parameterName(p)} (bias of ${to})`;
  return `${parameterName(p)} (${neuronName({ layer: (p.layer - 1) as 0 | 1, unit: p.col })} → ${to})`;
}

/** What a neuron computes, as lines of arithmetic with the current numbers. */
export function arithmetic(state: State, f: Forward, n: NeuronRef): string[] {
  const name = neuronName(n);
  if (n.layer === 0) return [`${name} = ${short(state.x[n.unit])}, an input: set it with the ${name} slider.`];
  const l = n.layer;
  const k = n.unit;
  const layer = state.layers[l - 1];
  const prev = f.activations[l - 1];
  const inputs = prev.map((_, i) => neuronName({ layer: (l - 1) as 0 | 1, unit: i }));
  const z = `z${sub(k + 1)}${sup(l)}`;
  // parameters and computed values to 3 decimals; inputs as the reader set them
  const value = (v: number) => (l === 1 ? short(v) : show(v, 3));
  const symbolic = layer.weight[k].map((_, i) => `w${sub(k + 1)}${sub(i + 1)}${sup(l)}${inputs[i]}`).join(" + ");
  const numeric = layer.weight[k].map((w, i) => `${factor(show(w, 3))} · ${factor(value(prev[i]))}`).join(" + ");
  const zValue = f.preActivations[l - 1][k];
  const lines = [
    `${z} = ${symbolic} + b${sub(k + 1)}${sup(l)}`,
    `= ${numeric}${plusTerm(show(layer.bias[k], 3))} = ${show(zValue, 3)}`,
  ];
  const a = show(f.activations[l][k], 3);
  const fn = l === 1 ? state.activation : state.output;
  if (fn === "linear") lines.push(`${name} = ${z} = ${a} (linear: no activation)`);
  else if (fn === "softmax") {
    const zs = f.preActivations[1];
    const denom = zs.map((v) => `exp(${show(v, 3)})`).join(" + ");
    lines.push(`${name} = softmax(z${sup(2)})${sub(k + 1)} = exp(${show(zValue, 3)}) / (${denom}) = ${a}`);
  } else {
    const detail = fn === "leaky-relu" ? ` (slope ${LEAKY_SLOPE} below 0)` : "";
    lines.push(`${name} = ${ACTIVATION_SYMBOLS[fn]}(${z}) = ${ACTIVATION_SYMBOLS[fn]}(${show(zValue, 3)}) = ${a}${detail}`);
  }
  return lines;
}

/** "ŷ = (0.623, 0.377) for x = (1.00, −0.50)" */
export function outputText(state: State, f: Forward): string {
  const y = f.activations[2].map((v) => show(v, 3)).join(", ");
  const x = state.x.map(short).join(", ");
  const note = state.output === "softmax" ? " (probabilities)" : "";
  return `Output ŷ = (${y})${note} for x = (${x})`;
}

/** An activation's name in a sentence: "ReLU", "leaky ReLU", "linear", … */
export function functionName(name: HiddenActivation | OutputActivation): string {
  return { sigmoid: "sigmoid", tanh: "tanh", relu: "ReLU", "leaky-relu": "leaky ReLU", linear: "linear", softmax: "softmax" }[name];
}

/** "a network with 2 inputs, 3 hidden units (ReLU) and 2 outputs (linear)" */
export function networkText(state: State): string {
  return `a network with 2 inputs, 3 hidden units (${functionName(state.activation)}) and 2 outputs (${functionName(state.output)})`;
}

/** The figure's accessible name: what it shows, for a reader who cannot see it. */
export function figureLabel(state: State, f: Forward): string {
  const list = (values: readonly number[]) => values.map((v) => show(v, 2)).join(", ");
  return (
    `Network diagram: 2 inputs, 3 hidden units with ${functionName(state.activation)} activation, 2 outputs ` +
    `(${functionName(state.output)}); each edge is labelled with its ${state.edges === "weight" ? "weight" : "weight times its input"}. ` +
    `x = (${state.x.map(short).join(", ")}), ` +
    `h = (${list(f.activations[1])}), ŷ = (${list(f.activations[2])}). ` +
    `Focus a unit to read its arithmetic.`
  );
}
