// <nn-forward-pass>: wires the model in model.ts to its diagram (draw.ts), the arithmetic readout
// (readout.ts) and the panel (controls.ts) on the kit's element base: hover and focus, edits. All
// state changes go through the model; this file only connects. Nothing animates, so there is
// nothing to pause off screen; the diagram is re-laid out when the element's width changes.
import { WidgetElement, defineWidget } from "../kit/element.ts";
import { html } from "../kit/dom.ts";
import { ATTRIBUTES, parseAttributes, toAttributes } from "./attributes.ts";
import { createControls, type Controls } from "./controls.ts";
import { createFigure, type Figure } from "./draw.ts";
import {
  allParameters, forward, setActivation, setEdgeLabels, setInput, setOutput, setParameter,
  type Config, type Forward, type NeuronRef, type ParameterRef, type State,
} from "./model.ts";
import { createReadout, type Readout } from "./readout.ts";
import { STYLE } from "./styles.ts";
import { outputText } from "./text.ts";

interface Ui {
  figure: Figure;
  readout: Readout;
  controls: Controls;
}

export class ForwardPassElement extends WidgetElement<State> {
  static observedAttributes = [...ATTRIBUTES];
  protected readonly stylesheet = STYLE;

  #forward: Forward | null = null; // of the state last rendered
  #initial: Config | null = null; // what Reset returns to: the configured network
  #pinned: NeuronRef = { layer: 1, unit: 0 }; // shown unless the pointer is on another neuron
  #hovered: NeuronRef | null = null;
  #selected: ParameterRef = allParameters()[0];
  #ui: Ui | null = null;

  protected readState(): State {
    const config = parseAttributes((name) => this.getAttribute(name));
    this.#initial = config;
    return config;
  }

  protected toAttributes(state: State): Record<string, string> {
    return toAttributes(state);
  }

  protected reconfigure(name: string): void {
    // Someone (a page script, an embed route reading the URL) reconfigured the widget. A new seed
    // means new starting weights, so the weights it replaces are dropped first.
    const config = parseAttributes((a) => (name === "seed" && /^[wb][12]$/.test(a) ? null : this.getAttribute(a)));
    this.#initial = config;
    this.commit(config, name === "seed");
  }

  protected build(): Node[] {
    const figure = createFigure({
      hover: (n) => {
        this.#hovered = n;
        this.render();
      },
      pin: (n) => {
        if (this.#pinned.layer === n.layer && this.#pinned.unit === n.unit) return;
        this.#pinned = n;
        this.render();
      },
      select: (p) => {
        this.#selected = p;
        this.render();
        this.#ui?.controls.focusParameter();
      },
    });
    const readout = createReadout();
    const controls = createControls(this.uid, {
      input: (i, v) => this.commit(setInput(this.state, i, v)),
      activation: (name) => this.commit(setActivation(this.state, name)),
      output: (name) => this.commit(setOutput(this.state, name)),
      edges: (labels) => this.commit(setEdgeLabels(this.state, labels)),
      select: (p) => {
        this.#selected = p;
        this.render();
      },
      parameter: (p, v) => this.commit(setParameter(this.state, p, v)),
      reset: () => this.commit(this.#initial ?? this.state),
    });
    this.#ui = { figure, readout, controls };
    const top = html("div", { class: "nnf-top nnk-pinned" });
    top.append(figure.element, readout.element);
    figure.resize(figure.element.clientWidth || 600);
    this.watchResize(figure.element, () => figure.resize(figure.element.clientWidth));
    return [top, controls.element];
  }

  protected render(): void {
    const ui = this.#ui;
    if (!ui) return;
    const f = (this.#forward = forward(this.state));
    const shown = this.#hovered ?? this.#pinned;
    ui.figure.draw(this.state, f, { shown, selected: this.#selected });
    ui.readout.render(this.state, f, shown);
    ui.controls.render(this.state, this.#selected);
    ui.controls.setStatus(outputText(this.state, f));
  }
}

defineWidget("nn-forward-pass", ForwardPassElement);

declare global {
  interface HTMLElementTagNameMap {
    "nn-forward-pass": ForwardPassElement;
  }
}
