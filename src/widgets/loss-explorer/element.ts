// <nn-loss-explorer>: wires the model in model.ts to its figures (draw-losses.ts, draw-softmax.ts)
// and panels (controls-*.ts) on the kit's element base. The parts shown depend on the view, so a
// state with another view rebuilds them. All state changes go through the model; this file only
// connects. Nothing animates, so there is nothing to pause.
import { WidgetElement, defineWidget } from "../kit/element.ts";
import { html } from "../kit/dom.ts";
import { ATTRIBUTES, parseAttributes, toAttributes } from "./attributes.ts";
import { createBinaryControls, type BinaryControls } from "./controls-binary.ts";
import { createSoftmaxControls, type SoftmaxControls } from "./controls-softmax.ts";
import { createGradientFigure, createLossFigure, type GradientFigure, type LossFigure } from "./draw-losses.ts";
import { createSoftmaxFigure, type SoftmaxFigure } from "./draw-softmax.ts";
import {
  binaryReading, setLogit, setPrediction, setTarget, setTemperature, setTrueClass, softmaxReading,
  type LossExplorerState, type View,
} from "./model.ts";
import { STYLE } from "./styles.ts";
import { binaryStatus, softmaxStatus } from "./text.ts";

interface Parts {
  view: View;
  binary: { plot: LossFigure; gradients: GradientFigure; controls: BinaryControls } | null;
  softmax: { bars: SoftmaxFigure; controls: SoftmaxControls } | null;
}

// A titled group: figure beside panel, stacked on a narrow screen with the figure kept in view.
function part(id: string, title: string, figure: Element[], panel: Element): HTMLElement {
  const section = html("div", { class: "nnle-part", role: "group", "aria-labelledby": `${id}-title` });
  const box = html("div", { class: "nnle-figure nnk-pinned" });
  box.append(...figure);
  const body = html("div", { class: "nnle-body" });
  body.append(box, panel);
  section.append(html("p", { class: "nnle-title", id: `${id}-title` }, title), body);
  return section;
}

export class LossExplorerElement extends WidgetElement<LossExplorerState> {
  static observedAttributes = [...ATTRIBUTES];
  protected readonly stylesheet = STYLE;
  #parts: Parts | null = null;
  #root = html("div", { class: "nnle-parts" });

  protected readState(): LossExplorerState {
    return parseAttributes((name) => this.getAttribute(name));
  }

  protected toAttributes(state: LossExplorerState): Record<string, string> {
    return toAttributes(state);
  }

  protected build(): Node[] {
    return [this.#root];
  }

  #buildParts(view: View): Parts {
    const id = this.uid;
    const parts: Parts = { view, binary: null, softmax: null };
    const sections: HTMLElement[] = [];
    if (view !== "softmax") {
      const plot = createLossFigure(`${id}-loss`);
      const gradients = createGradientFigure();
      const controls = createBinaryControls(`${id}-binary`, {
        p: (v) => this.commit(setPrediction(this.state, v)),
        y: (v) => this.commit(setTarget(this.state, v)),
      });
      parts.binary = { plot, gradients, controls };
      sections.push(part(`${id}-binary`, "MSE and binary cross-entropy against a prediction", [plot.element, gradients.element], controls.element));
    }
    if (view !== "binary") {
      const bars = createSoftmaxFigure();
      const controls = createSoftmaxControls(`${id}-softmax`, {
        logit: (k, v) => this.commit(setLogit(this.state, k, v)),
        temperature: (v) => this.commit(setTemperature(this.state, v)),
        trueClass: (k) => this.commit(setTrueClass(this.state, k)),
      });
      parts.softmax = { bars, controls };
      sections.push(part(`${id}-softmax`, "Softmax with temperature, and the cross-entropy", [bars.element], controls.element));
    }
    this.#root.replaceChildren(...sections);
    return parts;
  }

  protected render(): void {
    const s = this.state;
    if (!this.#parts || this.#parts.view !== s.view) this.#parts = this.#buildParts(s.view);
    const { binary, softmax } = this.#parts;
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

defineWidget("nn-loss-explorer", LossExplorerElement);

declare global {
  interface HTMLElementTagNameMap {
    "nn-loss-explorer": LossExplorerElement;
  }
}
