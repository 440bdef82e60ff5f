// <nn-forward-pass>: wires the model in model.ts to its diagram (draw.ts), the arithmetic readout
// (readout.ts) and the panel (controls.ts): attributes in and out, hover and focus, edits. All
// state changes go through the model; this file only connects. Nothing animates, so there is
// nothing to pause off screen; the diagram is re-laid out when the element's width changes.
import { AttributeMirror } from "../kit/attribute-mirror.ts";
import { ATTRIBUTES, parseAttributes, toAttributes } from "./attributes.ts";
import { createControls, type Controls } from "./controls.ts";
import { html } from "../kit/dom.ts";
import { createFigure, type Figure } from "./draw.ts";
import {
  allParameters,
  createState,
  forward,
  setActivation,
  setEdgeLabels,
  setInput,
  setOutput,
  setParameter,
  type Config,
  type Forward,
  type NeuronRef,
  type ParameterRef,
  type State,
} from "./model.ts";
import { createReadout, type Readout } from "./readout.ts";
import { STYLE } from "./styles.ts";
import { outputText } from "./text.ts";

let instances = 0;

interface Ui {
  figure: Figure;
  readout: Readout;
  controls: Controls;
}

export class ForwardPassElement extends HTMLElement {
  static observedAttributes = [...ATTRIBUTES];

  #state: State = createState();
  #forward: Forward = forward(this.#state);
  #initial: Config = this.#state; // what Reset returns to: the configured network
  #pinned: NeuronRef = { layer: 1, unit: 0 }; // shown unless the pointer is on another neuron
  #hovered: NeuronRef | null = null;
  #selected: ParameterRef = allParameters()[0];
  #ui: Ui | null = null;
  #mirror = new AttributeMirror();
  #resizer: ResizeObserver | null = null;

  connectedCallback(): void {
    if (!this.#ui) {
      this.#initial = this.#readConfig();
      this.#state = this.#initial;
      this.#forward = forward(this.#state);
      this.#ui = this.#build();
      this.#render();
    }
    this.classList.add("not-content"); // opt out of Starlight's prose spacing
    if ("ResizeObserver" in window && !this.#resizer) {
      const plot = this.#ui.figure.element;
      this.#resizer = new ResizeObserver(() => this.#ui?.figure.resize(plot.clientWidth));
      this.#resizer.observe(plot);
    }
  }

  disconnectedCallback(): void {
    this.#resizer?.disconnect();
    this.#resizer = null;
  }

  attributeChangedCallback(name: string, oldValue: string | null, newValue: string | null): void {
    if (this.#mirror.reflecting || !this.#ui || oldValue === newValue) return;
    // Someone (a page script, an embed route reading the URL) reconfigured the widget. A new seed
    // means new starting weights, so the weights it replaces are dropped first.
    const config = parseAttributes((a) => (name === "seed" && /^[wb][12]$/.test(a) ? null : this.getAttribute(a)));
    this.#initial = config;
    this.#edit(config, name === "seed");
  }

  /** The current model state, for scripts and tests. */
  get state(): State {
    return this.#state;
  }

  #readConfig(): Config {
    return parseAttributes((name) => this.getAttribute(name));
  }

  #build(): Ui {
    const figure = createFigure({
      hover: (n) => {
        this.#hovered = n;
        this.#render();
      },
      pin: (n) => {
        if (this.#pinned.layer === n.layer && this.#pinned.unit === n.unit) return;
        this.#pinned = n;
        this.#render();
      },
      select: (p) => {
        this.#selected = p;
        this.#render();
        this.#ui?.controls.focusParameter();
      },
    });
    const readout = createReadout();
    const controls = createControls(`nn-forward-pass-${++instances}`, {
      input: (i, v) => this.#edit(setInput(this.#state, i, v)),
      activation: (name) => this.#edit(setActivation(this.#state, name)),
      output: (name) => this.#edit(setOutput(this.#state, name)),
      edges: (labels) => this.#edit(setEdgeLabels(this.#state, labels)),
      select: (p) => {
        this.#selected = p;
        this.#render();
      },
      parameter: (p, v) => this.#edit(setParameter(this.#state, p, v)),
      reset: () => this.#edit(this.#initial),
    });
    const top = html("div", { class: "nnf-top" });
    top.append(figure.element, readout.element);
    this.replaceChildren(html("style", {}, STYLE), top, controls.element); // drops the server-rendered fallback
    figure.resize(figure.element.clientWidth || 600);
    return { figure, readout, controls };
  }

  // Applies a new state, redraws, and mirrors it into the attributes so it can be copied as a link.
  #edit(state: State, reflect = true): void {
    this.#state = state;
    this.#forward = forward(state);
    this.#render();
    if (!reflect) return;
    this.#mirror.write(this, toAttributes(state));
  }

  #render(): void {
    const ui = this.#ui;
    if (!ui) return;
    const shown = this.#hovered ?? this.#pinned;
    ui.figure.draw(this.#state, this.#forward, { shown, selected: this.#selected });
    ui.readout.render(this.#state, this.#forward, shown);
    ui.controls.render(this.#state, this.#selected);
    ui.controls.setStatus(outputText(this.#state, this.#forward));
  }
}

if (typeof customElements !== "undefined" && !customElements.get("nn-forward-pass")) {
  customElements.define("nn-forward-pass", ForwardPassElement);
}

declare global {
  interface HTMLElementTagNameMap {
    "nn-forward-pass": ForwardPassElement;
  }
}
