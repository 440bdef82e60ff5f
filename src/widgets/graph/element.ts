// <nn-graph>: wires the model (model.ts) to its figure (draw.ts) and its panel (controls.ts):
// attributes in and out, the reader's typing and stepping, and the choice of layout for the width
// available. All state changes go through the model; this file only connects.
import { AttributeMirror } from "../kit/attribute-mirror.ts";
import { ATTRIBUTES, parseAttributes, toAttributes } from "./attributes.ts";
import { createControls, type Controls } from "./controls.ts";
import { html } from "../kit/dom.ts";
import { createFigure, type Figure } from "./draw.ts";
import { chooseOrientation, layout, type Orientation } from "./layout.ts";
import { createState, current, lastStep, setExpression, setStep, setValue, type GraphState } from "./model.ts";
import { STYLE } from "./styles.ts";
import { figureLabel, statusText } from "./text.ts";

let instances = 0;

export class GraphElement extends HTMLElement {
  static observedAttributes = [...ATTRIBUTES];

  #state: GraphState = createState(parseAttributes(() => null));
  #ui: { figure: Figure; controls: Controls } | null = null;
  #mirror = new AttributeMirror();
  #width = 0; // the width last laid out for
  #resize: ResizeObserver | null = null;

  connectedCallback(): void {
    if (!this.#ui) {
      this.#state = createState(parseAttributes((name) => this.getAttribute(name)));
      this.#ui = this.#build();
      this.#render();
    }
    this.classList.add("not-content"); // opt out of Starlight's prose spacing
    if ("ResizeObserver" in window) {
      this.#resize = new ResizeObserver(() => {
        const width = this.clientWidth;
        if (Math.abs(width - this.#width) > 1) this.#render();
      });
      this.#resize.observe(this);
    }
  }

  disconnectedCallback(): void {
    this.#resize?.disconnect();
    this.#resize = null;
  }

  attributeChangedCallback(_name: string, oldValue: string | null, newValue: string | null): void {
    if (this.#mirror.reflecting || !this.#ui || oldValue === newValue) return;
    // a page script or an embed reconfigured the widget; the attributes stay as written
    this.#state = createState(parseAttributes((name) => this.getAttribute(name)));
    this.#render();
  }

  /** The current model state, for scripts and tests. */
  get state(): GraphState {
    return this.#state;
  }

  #build(): { figure: Figure; controls: Controls } {
    const figure = createFigure();
    const controls = createControls(`nn-graph-${++instances}`, {
      expression: (text) => this.#commit(setExpression(this.#state, text)),
      value: (name, value) => this.#commit(setValue(this.#state, name, value)),
      step: (to) => {
        const s = this.#state.step;
        const target = to === "start" ? 0 : to === "back" ? s - 1 : to === "next" ? s + 1 : lastStep(this.#state);
        this.#commit(setStep(this.#state, target));
      },
    });
    const body = html("div", { class: "nng-body" });
    body.append(controls.inputs, figure.element, controls.stepper);
    this.replaceChildren(html("style", {}, STYLE), body); // drops the server-rendered fallback
    return { figure, controls };
  }

  // Applies a new state, redraws, and mirrors it into the attributes so it can be copied as a link.
  #commit(state: GraphState): void {
    if (state === this.#state) return;
    this.#state = state;
    this.#render();
    this.#mirror.write(this, toAttributes(state));
  }

  #render(): void {
    const ui = this.#ui;
    if (!ui) return;
    const s = this.#state;
    ui.controls.render(s);
    ui.figure.setStale(s.graph === null);
    const snap = current(s);
    if (!s.graph || !snap) {
      ui.controls.setStatus("No graph: fix the expression to draw it.");
      return;
    }
    this.#width = this.clientWidth;
    const orientation: Orientation = this.#width > 0 ? chooseOrientation(s.graph, this.#width) : "horizontal";
    ui.figure.draw(s.graph, layout(s.graph, orientation), snap, figureLabel(s.graph, s.expr));
    ui.controls.setStatus(statusText(s.graph, snap));
  }
}

if (typeof customElements !== "undefined" && !customElements.get("nn-graph")) {
  customElements.define("nn-graph", GraphElement);
}

declare global {
  interface HTMLElementTagNameMap {
    "nn-graph": GraphElement;
  }
}
