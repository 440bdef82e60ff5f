// <nn-learning-rate>: one slider for η on a quadratic, wired on the widget kit. Nothing animates:
// each value of η recomputes the engine's run and redraws it.
import { createSelect, createSlider, createStatus, type Select, type Slider, type StatusLine } from "../kit/controls.ts";
import { html } from "../kit/dom.ts";
import { defineWidget, WidgetElement } from "../kit/element.ts";
import { show } from "../kit/format.ts";
import { ATTRIBUTES, LR_RANGE, parseAttributes, toAttributes } from "./attributes.ts";
import { createFigure, type LearningRateFigure } from "./draw.ts";
import { runLearningRate, type LearningRateConfig } from "./model.ts";
import { STYLE } from "./styles.ts";
import { DESCRIPTION, learningRateStatus } from "./text.ts";

export class LearningRateElement extends WidgetElement<LearningRateConfig> {
  static observedAttributes = [...ATTRIBUTES];
  protected readonly stylesheet = STYLE;
  #figure: LearningRateFigure | null = null;
  #slider: Slider | null = null;
  #dims: Select | null = null;
  #status: StatusLine | null = null;

  protected readState(): LearningRateConfig {
    return parseAttributes((name) => this.getAttribute(name));
  }

  protected toAttributes(state: LearningRateConfig): Record<string, string> {
    return toAttributes(state);
  }

  protected build(): Node[] {
    this.#figure = createFigure();
    this.#figure.element.setAttribute("aria-label", DESCRIPTION);
    this.#slider = createSlider(`${this.uid}-lr`, "learning rate η", LR_RANGE, (lr) => this.commit({ ...this.state, lr }));
    this.#dims = createSelect(`${this.uid}-dims`, "surface", [["2", "2-D valley, λ = 1 and λmax"], ["1", "1-D parabola, λ = λmax"]], (v) =>
      this.commit({ ...this.state, dimensions: v === "1" ? 1 : 2 }),
    );
    this.#status = createStatus();
    const controls = html("div", { class: "nnlr-controls" });
    controls.append(this.#slider.element, this.#dims.element);
    return [this.#figure.element, controls, this.#status.element];
  }

  protected render(): void {
    const config = this.state;
    const run = runLearningRate(config);
    this.#figure?.draw(config, run);
    this.#slider?.set(config.lr, show(config.lr, 3));
    this.#dims?.set(String(config.dimensions));
    this.#status?.set(learningRateStatus(config.lr, run));
  }
}

defineWidget("nn-learning-rate", LearningRateElement);

declare global {
  interface HTMLElementTagNameMap {
    "nn-learning-rate": LearningRateElement;
  }
}
