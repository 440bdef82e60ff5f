// The arithmetic of the neuron being looked at: its name, then z = Σ w·a + b with the numbers,
// then a = φ(z). Screen readers get the same text from the neuron's own label when it is focused.
import { html } from "../kit/dom.ts";
import type { Forward, NeuronRef, State } from "./model.ts";
import { arithmetic, neuronTitle } from "./text.ts";

export interface Readout {
  readonly element: HTMLDivElement;
  render(state: State, f: Forward, n: NeuronRef): void;
}

export function createReadout(): Readout {
  const title = html("p", { class: "nnf-readout-title" });
  const lines = html("div", { class: "nnf-readout-lines" });
  const element = html("div", { class: "nnf-readout", "data-testid": "arithmetic" });
  element.append(title, lines);
  return {
    element,
    render(state, f, n) {
      title.textContent = neuronTitle(n);
      lines.replaceChildren(...arithmetic(state, f, n).map((line) => html("p", {}, line)));
    },
  };
}
