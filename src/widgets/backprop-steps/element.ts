// <nn-backprop-steps>: wires the model in model.ts to the diagram (draw.ts), the lit equations
// (equations.ts), the loss chart (history.ts) and the controls (controls.ts): attributes in and
// out, and the reader's input. All state changes go through the model; this file only connects.
// Nothing animates, so there is nothing to pause off screen or to soften for reduced motion.
import { AttributeMirror } from "../kit/attribute-mirror.ts";
import { ATTRIBUTES, stateFromAttributes, toAttributes } from "./attributes.ts";
import { createControls, type Controls } from "./controls.ts";
import { html } from "../kit/dom.ts";
import { createDiagram, type Diagram } from "./draw.ts";
import { createEquations, type Equations } from "./equations.ts";
import { createLossChart, type LossChart } from "./history.ts";
import { createState, next, previous, setLearningRate, type BackpropState } from "./model.ts";
import { STYLE } from "./styles.ts";
import { statusText } from "./text.ts";

let instances = 0;

interface Ui {
  diagram: Diagram;
  equations: Equations;
  chart: LossChart;
  controls: Controls;
}

export class BackpropStepsElement extends HTMLElement {
  static observedAttributes = [...ATTRIBUTES];

  #state: BackpropState = createState();
  #initial: BackpropState = this.#state; // what Reset returns to: the configured state
  #ui: Ui | null = null;
  #mirror = new AttributeMirror();

  connectedCallback(): void {
    if (!this.#ui) {
      this.#initial = this.#readState();
      this.#state = this.#initial;
      this.#ui = this.#build();
      this.#render();
    }
    this.classList.add("not-content"); // opt out of Starlight's prose spacing
  }

  attributeChangedCallback(_name: string, oldValue: string | null, newValue: string | null): void {
    if (this.#mirror.reflecting || !this.#ui || oldValue === newValue) return;
    // Someone (a page script, a link's parameters) reconfigured the widget: start over from the
    // attributes, which are left as they were written.
    this.#initial = this.#readState();
    this.#commit(this.#initial, false);
  }

  /** The current model state, for scripts and tests. */
  get state(): BackpropState {
    return this.#state;
  }

  #readState(): BackpropState {
    return stateFromAttributes((name) => this.getAttribute(name));
  }

  #build(): Ui {
    const diagram = createDiagram();
    const equations = createEquations(this.querySelector<HTMLOListElement>("ol.nnbs-steps"));
    const chart = createLossChart();
    const controls = createControls(`nn-backprop-steps-${++instances}`, {
      next: () => this.#commit(next(this.#state)),
      previous: () => this.#commit(previous(this.#state)),
      // back to the configured weights; the learning rate stays the reader's
      reset: () => this.#commit(setLearningRate(this.#initial, this.#state.config.lr)),
      learningRate: (lr) => this.#commit(setLearningRate(this.#state, lr)),
    });
    const figure = html("div", { class: "nnbs-figure" });
    figure.append(diagram.element, legend());
    const steps = html("div", { class: "nnbs-equations" });
    steps.append(html("p", { class: "nnbs-equations-title", id: `nn-backprop-steps-${instances}-eqs` }, "One training step"), equations.element);
    equations.element.setAttribute("aria-labelledby", `nn-backprop-steps-${instances}-eqs`);
    const footer = html("div", { class: "nnbs-footer" });
    footer.append(controls.settings, chart.element);
    const body = html("div", { class: "nnbs-body" });
    body.append(figure, controls.element, steps, footer);
    this.replaceChildren(html("style", {}, STYLE), body); // drops the server-rendered description
    return { diagram, equations, chart, controls };
  }

  // Applies a new state, redraws, and mirrors it into the attributes so it can be copied as a link.
  #commit(state: BackpropState, reflect = true): void {
    this.#state = state;
    this.#render();
    if (!reflect) return;
    this.#mirror.write(this, toAttributes(state));
  }

  #render(): void {
    const ui = this.#ui;
    if (!ui) return;
    ui.diagram.draw(this.#state);
    ui.equations.render(this.#state);
    ui.chart.draw(this.#state);
    ui.controls.render(this.#state);
    ui.controls.setStatus(statusText(this.#state));
  }
}

// The key to the diagram's colours; hidden from assistive technology, which reads the figure's label.
function legend(): HTMLUListElement {
  const ul = html("ul", { class: "nnbs-legend", "aria-hidden": "true" });
  ul.innerHTML =
    `<li><span class="nnbs-swatch nnbs-swatch--forward"></span>forward: activations</li>` +
    `<li><span class="nnbs-swatch nnbs-swatch--backward"></span>backward: δ and gradients (∂ = ∂𝓛/∂w)</li>` +
    `<li><span class="nnbs-swatch nnbs-swatch--new"></span>updated weight</li>`;
  return ul;
}

if (typeof customElements !== "undefined" && !customElements.get("nn-backprop-steps")) {
  customElements.define("nn-backprop-steps", BackpropStepsElement);
}

declare global {
  interface HTMLElementTagNameMap {
    "nn-backprop-steps": BackpropStepsElement;
  }
}
