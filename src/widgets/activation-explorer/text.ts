// What the widget says: its read-out, its status line and the description of its figure.
import { show as showDigits } from "../kit/format.ts";
import { ACTIVATIONS, read, type ActivationName, type ExplorerState } from "./model.ts";

const NAMES: Record<ActivationName, string> = { sigmoid: "σ", tanh: "tanh", relu: "ReLU", "leaky-relu": "LeakyReLU", linear: "f" };

/** The function's symbol in the read-out: "σ", "tanh", "ReLU", "LeakyReLU", "f". */
export function nameOf(fn: ActivationName): string {
  return NAMES[fn];
}

/** n to a fixed number of digits (3 unless said), with a typographic minus and no "−0.000". */
export function show(n: number, digits = 3): string {
  return showDigits(n, digits);
}

/** "f(1.0) = 0.731, f′(1.0) = 0.197" with the function's own name. */
export function readingText(state: ExplorerState): string {
  const { y, slope, kink } = read(state);
  const name = nameOf(state.fn);
  const at = show(state.x, 1);
  const tail = kink ? " (a kink: no derivative at 0; this is the value backward() uses)" : "";
  return `${name}(${at}) = ${show(y)}, ${name}′(${at}) = ${show(slope)}${tail}`;
}

/** The status line: which function, and its value and slope at x. */
export function statusText(state: ExplorerState): string {
  return `${ACTIVATIONS[state.fn].label}: ${readingText(state)}`;
}

/** The figure's accessible name. */
export function figureLabel(state: ExplorerState): string {
  const a = ACTIVATIONS[state.fn];
  return (
    `Two plots over x from −5 to 5. Above, the ${a.label} function, range ${a.range}, with the tangent ` +
    `line at x = ${show(state.x, 1)}. Below, its derivative. ${readingText(state)}.`
  );
}
