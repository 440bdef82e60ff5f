// <nn-loss-explorer>: wires the model in model.ts to its figures (draw-losses.ts, draw-softmax.ts)
// and panels (controls-*.ts): attributes in and out, and the reader's input. All state changes go
// through the model; this file only connects. Nothing animates, so there is nothing to pause.
import { AttributeMirror } from "../kit/attribute-mirror.ts";
import { ATTRIBUTES, parseAttributes, toAttributes } from "./attributes.ts";
import { createBinaryControls, type BinaryControls } from "./controls-binary.ts";
import { createSoftmaxControls, type SoftmaxControls } from "./controls-softmax.ts";
import { html } from "../kit/dom.ts";
import { createGradientFigure, createLossFigure, type GradientFigure, type LossFigure } from "./draw-losses.ts";
import { createSoftmaxFigure, type SoftmaxFigure } from "./draw-softmax.ts";
import {
  binaryReading,
  createState,
  setLogit,
  setPrediction,
  setTarget,
  setTemperature,
  setTrueClass,
  softmaxReading,
  type LossExplorerState,
  type View,
} from "./model.ts";
import { STYLE } from "./styles.ts";
import { binaryStatus, softmaxStatus } from "./text.ts";

let instances = 0;

interface Ui {
  view: View;
  binary: { plot: LossFigure; gradients: GradientFigure; controls: BinaryControls } | null;
  softmax: { bars: SoftmaxFigure; controls: SoftmaxControls } | null;
}

// A titled group: figure beside panel, stacked on a narrow screen.
function part(id: string, title: string, figure: Element[], panel: Element): HTMLElement {
  const section = html("div", { class: "nnle-part", role: "group", "aria-labelledby": `${id}-title` });
  const box = html("div", { class: "nnle-figure" });
  box.append(...figure);
  const body = html("div", { class: "nnle-body" });
  body.append(box, panel);
  section.append(html("p", { class: "nnle-title", id: `${id}-title` }, title), body);
  return section;
}

export class LossExplorerElement extends HTMLElement {
  static observedAttributes = [...ATTRIBUTES];

  #state: LossExplorerState = createState();
  #ui: Ui | null = null;
  #mirror = new AttributeMirror();
  #id = `nn-loss-explorer-${++instances}`;

  connectedCallback(): void {
    if (!this.#ui) this.#commit(parseAttributes((name) => this.getAttribute(name)), false);
    this.classList.add("not-content"); // opt out of Starlight's prose spacing
  }

  attributeChangedCallback(_name: string, oldValue: string | null, newValue: string | null): void {
    if (this.#mirror.reflecting || !this.#ui || oldValue === newValue) return;
    // a page script or a link reconfigured the widget; the attributes stay as they were written
    this.#commit(parseAttributes((name) => this.getAttribute(name)), false);
  }

  /** The current model state, for scripts and tests. */
  get state(): LossExplorerState {
    return this.#state;
  }

  #build(view: View): Ui {
    const id = this.#id;
    const ui: Ui = { view, binary: null, softmax: null };
    const parts: HTMLElement[] = [];
    if (view !== "softmax") {
      const plot = createLossFigure(`${id}-loss`);
      const gradients = createGradientFigure();
      const controls = createBinaryControls(`${id}-binary`, {
        p: (v) => this.#commit(setPrediction(this.#state, v)),
        y: (v) => this.#commit(setTarget(this.#state, v)),
      });
      ui.binary = { plot, gradients, controls };
      parts.push(part(`${id}-binary`, "MSE and binary cross-entropy against a prediction", [plot.element, gradients.element], controls.element));
    }
    if (view !== "binary") {
      const bars = createSoftmaxFigure();
      const controls = createSoftmaxControls(`${id}-softmax`, {
        logit: (k, v) => this.#commit(setLogit(this.#state, k, v)),
        temperature: (v) => this.#commit(setTemperature(this.#state, v)),
        trueClass: (k) => this.#commit(setTrueClass(this.#state, k)),
      });
      ui.softmax = { bars, controls };
      parts.push(part(`${id}-softmax`, "Softmax with temperature, and the cross-entropy", [bars.element], controls.element));
    }
    this.replaceChildren(html("style", {}, STYLE), ...parts); // drops the server-rendered fallback text
    return ui;
  }

  // Applies a state, redraws, and mirrors it into the attributes so it can be copied as a link.
  #commit(state: LossExplorerState, reflect = true): void {
    this.#state = state;
    if (!this.#ui || this.#ui.view !== state.view) this.#ui = this.#build(state.view);
    this.#render();
    if (!reflect) return;
    this.#mirror.write(this, toAttributes(state));
  }

  #render(): void {
    const { binary, softmax } = this.#ui ?? {};
    const s = this.#state;
    if (binary) {
      const r = binaryReading(s);
      binary.plot.draw(r);
      binary.gradients.draw(r);
      binary.controls.render(r);
      binary.controls.setStatus(binaryStatus(r));
    }
    if (softmax) {
      const r = softmaxReading(s);
      softmax.bars.draw(s, r);
      softmax.controls.render(s);
      softmax.controls.setStatus(softmaxStatus(s, r));
    }
  }
}

if (typeof customElements !== "undefined" && !customElements.get("nn-loss-explorer")) {
  customElements.define("nn-loss-explorer", LossExplorerElement);
}

declare global {
  interface HTMLElementTagNameMap {
    "nn-loss-explorer": LossExplorerElement;
  }
}
