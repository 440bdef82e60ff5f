// <nn-backprop-steps>: wires the model in model.ts to the diagram (draw.ts), the lit equations
// (equations.ts), the loss chart (history.ts) and the controls (controls.ts) on the kit's element
// base. All state changes go through the model; this file only connects. Nothing animates, so
// there is nothing to pause off screen or to soften for reduced motion.
import { WidgetElement, defineWidget } from "../kit/element.ts";
import { html } from "../kit/dom.ts";
import { createLegend } from "../kit/legend.ts";
import { ATTRIBUTES, stateFromAttributes, toAttributes } from "./attributes.ts";
import { createControls, type Controls } from "./controls.ts";
import { createDiagram, type Diagram } from "./draw.ts";
import { createEquations, type Equations } from "./equations.ts";
import { createLossChart, type LossChart } from "./history.ts";
import { createState, next, previous, setLearningRate, type BackpropState } from "./model.ts";
import { STYLE } from "./styles.ts";
import { statusText } from "./text.ts";

interface Ui {
  diagram: Diagram;
  equations: Equations;
  chart: LossChart;
  controls: Controls;
}

export class BackpropStepsElement extends WidgetElement<BackpropState> {
  static observedAttributes = [...ATTRIBUTES];
  protected readonly stylesheet = STYLE;
  #initial: BackpropState = createState(); // what Reset returns to: the configured state
  #ui: Ui | null = null;

  protected readState(): BackpropState {
    this.#initial = stateFromAttributes((name) => this.getAttribute(name));
    return this.#initial;
  }

  protected toAttributes(state: BackpropState): Record<string, string> {
    return toAttributes(state);
  }

  protected build(): Node[] {
    const diagram = createDiagram();
    const equations = createEquations(this.querySelector<HTMLOListElement>("ol.nnbs-steps"));
    const chart = createLossChart();
    const controls = createControls(this.uid, {
      next: () => this.commit(next(this.state)),
      previous: () => this.commit(previous(this.state)),
      // back to the configured weights; the learning rate stays the reader's
      reset: () => this.commit(setLearningRate(this.#initial, this.state.config.lr)),
      learningRate: (lr) => this.commit(setLearningRate(this.state, lr)),
    });
    this.#ui = { diagram, equations, chart, controls };
    const figure = html("div", { class: "nnbs-figure nnk-pinned" });
    figure.append(diagram.element, legend());
    const steps = html("div", { class: "nnbs-equations" });
    steps.append(html("p", { class: "nnbs-equations-title", id: `${this.uid}-eqs` }, "One training step"), equations.element);
    equations.element.setAttribute("aria-labelledby", `${this.uid}-eqs`);
    const footer = html("div", { class: "nnbs-footer" });
    footer.append(controls.settings, chart.element);
    const body = html("div", { class: "nnbs-body" });
    body.append(figure, controls.element, steps, footer);
    return [body];
  }

  protected render(): void {
    const ui = this.#ui;
    if (!ui) return;
    ui.diagram.draw(this.state);
    ui.equations.render(this.state);
    ui.chart.draw(this.state);
    ui.controls.render(this.state);
    ui.controls.setStatus(statusText(this.state));
  }
}

// The key to the diagram's colours; hidden from assistive technology, which reads the figure's label.
function legend(): HTMLUListElement {
  return createLegend([
    { mark: { swatch: "nnbs-swatch nnbs-swatch--forward" }, text: "forward: activations" },
    { mark: { swatch: "nnbs-swatch nnbs-swatch--backward" }, text: "backward: δ and gradients (∂ = ∂𝓛/∂w)" },
    { mark: { swatch: "nnbs-swatch nnbs-swatch--new" }, text: "updated weight" },
  ]);
}

defineWidget("nn-backprop-steps", BackpropStepsElement);

declare global {
  interface HTMLElementTagNameMap {
    "nn-backprop-steps": BackpropStepsElement;
  }
}
