// <nn-activation-explorer>: wires the model in model.ts to its figure (draw.ts) and its panel
// (controls.ts): attributes in and out, and the reader's input. All state changes go through the
// model; this file only connects. Nothing animates, so there is nothing to pause off screen.
import { AttributeMirror } from "../kit/attribute-mirror.ts";
import { ATTRIBUTES, parseAttributes, toAttributes } from "./attributes.ts";
import { createControls, type Controls } from "./controls.ts";
import { html } from "../kit/dom.ts";
import { createFigure, type Figure } from "./draw.ts";
import { createState, setFunction, setX, type ExplorerState } from "./model.ts";
import { STYLE } from "./styles.ts";
import { statusText } from "./text.ts";

let instances = 0;

export class ActivationExplorerElement extends HTMLElement {
  static observedAttributes = [...ATTRIBUTES];

  #state: ExplorerState = createState();
  #ui: { figure: Figure; controls: Controls } | null = null;
  #mirror = new AttributeMirror();

  connectedCallback(): void {
    if (!this.#ui) {
      this.#state = parseAttributes((name) => this.getAttribute(name));
      this.#ui = this.#build();
      this.#render();
    }
    this.classList.add("not-content"); // opt out of Starlight's prose spacing
  }

  attributeChangedCallback(_name: string, oldValue: string | null, newValue: string | null): void {
    if (this.#mirror.reflecting || !this.#ui || oldValue === newValue) return;
    // a page script or a link reconfigured the widget; the attributes stay as they were written
    this.#commit(parseAttributes((name) => this.getAttribute(name)), false);
  }

  /** The current model state, for scripts and tests. */
  get state(): ExplorerState {
    return this.#state;
  }

  #build(): { figure: Figure; controls: Controls } {
    const id = `nn-activation-explorer-${++instances}`;
    const figure = createFigure(id, (x) => this.#commit(setX(this.#state, x)));
    const controls = createControls(id, {
      fn: (name) => this.#commit(setFunction(this.#state, name)),
      x: (value) => this.#commit(setX(this.#state, value)),
    });
    const body = html("div", { class: "nnae-body" });
    body.append(figure.element, controls.element);
    this.replaceChildren(html("style", {}, STYLE), body); // drops the server-rendered fallback text
    return { figure, controls };
  }

  // Applies a state, redraws, and mirrors it into the attributes so it can be copied as a link.
  #commit(state: ExplorerState, reflect = true): void {
    const changed = state !== this.#state;
    this.#state = state;
    if (changed || !reflect) this.#render();
    if (!reflect) return;
    this.#mirror.write(this, toAttributes(state));
  }

  #render(): void {
    if (!this.#ui) return;
    this.#ui.figure.draw(this.#state);
    this.#ui.controls.render(this.#state);
    this.#ui.controls.setStatus(statusText(this.#state));
  }
}

if (typeof customElements !== "undefined" && !customElements.get("nn-activation-explorer")) {
  customElements.define("nn-activation-explorer", ActivationExplorerElement);
}

declare global {
  interface HTMLElementTagNameMap {
    "nn-activation-explorer": ActivationExplorerElement;
  }
}
