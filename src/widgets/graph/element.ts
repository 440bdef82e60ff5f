// <nn-graph>: wires the model (model.ts) to its figure (draw.ts) and its panel (controls.ts) on the
// kit's element base: the reader's typing and stepping, and the choice of layout for the width
// available. All state changes go through the model; this file only connects.
import { WidgetElement, defineWidget } from "../kit/element.ts";
import { html } from "../kit/dom.ts";
import { ATTRIBUTES, parseAttributes, toAttributes } from "./attributes.ts";
import { createControls, type Controls } from "./controls.ts";
import { createFigure, type Figure } from "./draw.ts";
import { chooseOrientation, layout, type Orientation } from "./layout.ts";
import { createState, current, lastStep, setExpression, setStep, setValue, type GraphState } from "./model.ts";
import { STYLE } from "./styles.ts";
import { figureLabel, statusText } from "./text.ts";

export class GraphElement extends WidgetElement<GraphState> {
  static observedAttributes = [...ATTRIBUTES];
  protected readonly stylesheet = STYLE;
  #ui: { figure: Figure; controls: Controls } | null = null;
  #width = 0; // the width last laid out for
  #resize: ResizeObserver | null = null;

  protected readState(): GraphState {
    return createState(parseAttributes((name) => this.getAttribute(name)));
  }

  protected toAttributes(state: GraphState): Record<string, string> {
    return toAttributes(state);
  }

  protected build(): Node[] {
    const figure = createFigure();
    const controls = createControls(this.uid, {
      expression: (text) => this.commit(setExpression(this.state, text)),
      value: (name, value) => this.commit(setValue(this.state, name, value)),
      step: (to) => {
        const s = this.state.step;
        const target = to === "start" ? 0 : to === "back" ? s - 1 : to === "next" ? s + 1 : lastStep(this.state);
        this.commit(setStep(this.state, target));
      },
    });
    this.#ui = { figure, controls };
    figure.element.classList.add("nnk-pinned");
    const body = html("div", { class: "nng-body" });
    body.append(controls.inputs, figure.element, controls.stepper);
    return [body];
  }

  protected connected(): void {
    if (!("ResizeObserver" in window) || this.#resize) return;
    this.#resize = new ResizeObserver(() => {
      if (Math.abs(this.clientWidth - this.#width) > 1) this.render();
    });
    this.#resize.observe(this);
  }

  protected disconnected(): void {
    this.#resize?.disconnect();
    this.#resize = null;
  }

  protected render(): void {
    const ui = this.#ui;
    if (!ui) return;
    const s = this.state;
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

defineWidget("nn-graph", GraphElement);

declare global {
  interface HTMLElementTagNameMap {
    "nn-graph": GraphElement;
  }
}
