// <nn-activation-explorer>: wires the model in model.ts to its figure (draw.ts) and its panel
// (controls.ts) on the kit's element base. All state changes go through the model; this file only
// connects. Nothing animates, so there is nothing to pause off screen.
import { WidgetElement, defineWidget } from "../kit/element.ts";
import { html } from "../kit/dom.ts";
import { ATTRIBUTES, parseAttributes, toAttributes } from "./attributes.ts";
import { createControls, type Controls } from "./controls.ts";
import { createFigure, type Figure } from "./draw.ts";
import { setFunction, setX, type ExplorerState } from "./model.ts";
import { STYLE } from "./styles.ts";
import { statusText } from "./text.ts";

export class ActivationExplorerElement extends WidgetElement<ExplorerState> {
  static observedAttributes = [...ATTRIBUTES];
  protected readonly stylesheet = STYLE;
  #ui: { figure: Figure; controls: Controls } | null = null;

  protected readState(): ExplorerState {
    return parseAttributes((name) => this.getAttribute(name));
  }

  protected toAttributes(state: ExplorerState): Record<string, string> {
    return toAttributes(state);
  }

  protected build(): Node[] {
    const figure = createFigure(this.uid, (x) => this.commit(setX(this.state, x)));
    const controls = createControls(this.uid, {
      fn: (name) => this.commit(setFunction(this.state, name)),
      x: (value) => this.commit(setX(this.state, value)),
    });
    this.#ui = { figure, controls };
    figure.element.classList.add("nnk-pinned");
    const body = html("div", { class: "nnae-body" });
    body.append(figure.element, controls.element);
    return [body];
  }

  protected render(): void {
    if (!this.#ui) return;
    this.#ui.figure.draw(this.state);
    this.#ui.controls.render(this.state);
    this.#ui.controls.setStatus(statusText(this.state));
  }
}

defineWidget("nn-activation-explorer", ActivationExplorerElement);

declare global {
  interface HTMLElementTagNameMap {
    "nn-activation-explorer": ActivationExplorerElement;
  }
}
