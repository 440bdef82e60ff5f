// <nn-batch-noise>: one model and one data set; the chosen batch size's gradients around the full
// gradient, revealed one batch per Step, and the loss curves of every batch size. Wired on the kit.
import { createButtons, createSelect, createStatus, type Select, type StatusLine } from "../kit/controls.ts";
import { html } from "../kit/dom.ts";
import { defineWidget, WidgetElement } from "../kit/element.ts";
import { ATTRIBUTES, parseAttributes, toAttributes, type BatchNoiseState } from "./attributes.ts";
import { createCurveFigure, createScatterFigure, type CurveFigure, type ScatterFigure } from "./draw.ts";
import { BATCH_SIZES, curves, problem, scatter, type CurvePoint, type Problem, type Scatter } from "./model.ts";
import { STYLE } from "./styles.ts";
import { batchLabel, scatterStatus } from "./text.ts";

export class BatchNoiseElement extends WidgetElement<BatchNoiseState> {
  static observedAttributes = [...ATTRIBUTES];
  protected readonly stylesheet = STYLE;
  #problem: Problem | null = null;
  #curves: CurvePoint[] = [];
  #scatters = new Map<number, Scatter>();
  #shown = 1;
  #scatterFigure: ScatterFigure | null = null;
  #curveFigure: CurveFigure | null = null;
  #size: Select | null = null;
  #axis: Select | null = null;
  #status: StatusLine | null = null;

  protected readState(): BatchNoiseState {
    return parseAttributes((name) => this.getAttribute(name));
  }

  protected toAttributes(state: BatchNoiseState): Record<string, string> {
    return toAttributes(state);
  }

  protected build(): Node[] {
    this.#problem = problem();
    this.#curves = curves(this.#problem);
    this.#scatterFigure = createScatterFigure();
    this.#curveFigure = createCurveFigure();
    this.#size = createSelect(`${this.uid}-size`, "batch size", BATCH_SIZES.map((B) => [String(B), batchLabel(B)] as const), (v) => {
      this.#shown = 1;
      this.commit({ ...this.state, batchSize: Number(v) });
    });
    this.#axis = createSelect(`${this.uid}-axis`, "curves against", [["steps", "steps"], ["examples", "examples seen"]], (v) =>
      this.commit({ ...this.state, axis: v === "examples" ? "examples" : "steps" }),
    );
    const buttons = createButtons([
      { label: "Next batch", primary: true, onClick: () => this.#reveal(this.#shown + 1) },
      { label: "All batches", onClick: () => this.#reveal(Infinity) },
    ]);
    this.#status = createStatus();
    const figures = html("div", { class: "nnbn-figures" });
    figures.append(this.#scatterFigure.element, this.#curveFigure.element);
    const controls = html("div", { class: "nnbn-controls" });
    controls.append(this.#size.element, this.#axis.element, buttons.element);
    return [figures, controls, this.#status.element];
  }

  #reveal(n: number): void {
    this.#shown = Math.min(n, this.#scatterOf(this.state.batchSize).batches.length);
    this.render();
  }

  #scatterOf(batchSize: number): Scatter {
    let s = this.#scatters.get(batchSize);
    if (!s) this.#scatters.set(batchSize, (s = scatter(this.#problem!, batchSize)));
    return s;
  }

  protected render(): void {
    const { batchSize, axis } = this.state;
    const s = this.#scatterOf(batchSize);
    const shown = Math.min(this.#shown, s.batches.length);
    this.#scatterFigure?.draw(s, shown);
    this.#curveFigure?.draw(this.#curves, axis, batchSize);
    this.#size?.set(String(batchSize));
    this.#axis?.set(axis);
    const text = scatterStatus(batchSize, s, shown);
    this.#status?.set(text);
  }
}

defineWidget("nn-batch-noise", BatchNoiseElement);

declare global {
  interface HTMLElementTagNameMap {
    "nn-batch-noise": BatchNoiseElement;
  }
}
