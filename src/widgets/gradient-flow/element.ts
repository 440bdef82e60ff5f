// <nn-gradient-flow>: wires the model in model.ts to its figures (draw.ts, draw-histogram.ts) and
// its panel (controls.ts) on the kit's element base: the reader's input, and the animated
// training, a few steps per frame of the kit's frame loop. The run's state is trained in place
// (trainSteps), so after a step the element calls render() rather than commit().
import { WidgetElement, defineWidget } from "../kit/element.ts";
import { createFrameLoop, reducedMotion, type FrameLoop } from "../kit/frame-loop.ts";
import { html } from "../kit/dom.ts";
import { ATTRIBUTES, parseAttributes, toAttributes } from "./attributes.ts";
import type { Config } from "./config.ts";
import { createControls, type Controls } from "./controls.ts";
import { createGradientFigures, type GradientFigures } from "./draw.ts";
import { createHistogramFigure, type HistogramFigure } from "./draw-histogram.ts";
import { createState, isFinished, reconfigure, trainSteps, type FlowState } from "./model.ts";
import { STYLE } from "./styles.ts";
import { summaryText } from "./text.ts";

const FRAME_BUDGET_MS = 10; // training time per animation frame, so the page stays responsive
const MAX_STEPS_PER_FRAME = 8;
const STATUS_EVERY_MS = 400; // how often the status line follows a run while it plays
const REDUCED_MOTION_STEPS = 100; // Play without animation: this many steps at once

interface Ui {
  gradients: GradientFigures;
  histogram: HistogramFigure;
  controls: Controls;
}

export class GradientFlowElement extends WidgetElement<FlowState> {
  static observedAttributes = [...ATTRIBUTES];
  protected readonly stylesheet = STYLE;

  #ui: Ui | null = null;
  #loop: FrameLoop | null = null;
  #lastStatusAt = 0;
  #autoplayPending = false;

  protected readState(): FlowState {
    return createState(parseAttributes((name) => this.getAttribute(name)));
  }

  protected toAttributes(state: FlowState): Record<string, string> {
    return toAttributes(state.config);
  }

  protected build(): Node[] {
    const gradients = createGradientFigures();
    const histogram = createHistogramFigure();
    const controls = createControls(this.uid, {
      activation: (activation) => this.#change({ activation }),
      init: (init) => this.#change({ init }),
      depth: (depth) => this.#change({ depth }),
      layer: (layer) => this.#change({ layer }),
      play: () => (this.#loop?.running ? this.#pause(true) : this.#play()),
      step: () => this.#step(),
      reset: () => this.#reset(),
    });
    this.#ui = { gradients, histogram, controls };
    gradients.bars.classList.add("nnk-pinned");
    const figures = html("div", { class: "ngf-figures" });
    figures.append(gradients.bars, gradients.history, histogram.element);
    const body = html("div", { class: "ngf-body" });
    body.append(controls.element, figures);
    this.#autoplayPending = this.hasAttribute("autoplay") && !reducedMotion();
    return [body];
  }

  protected render(): void {
    const ui = this.#ui, state = this.state;
    if (!ui) return;
    ui.gradients.draw(state);
    ui.histogram.draw(state);
    ui.controls.render(state.config);
    ui.controls.setFinished(isFinished(state));
    if (!this.#loop?.running) ui.controls.setStatus(summaryText(state));
  }

  protected reconfigure(): void {
    // a page script or a link reconfigured the widget: a new run, attributes left as written
    this.#change(parseAttributes((name) => this.getAttribute(name)), false);
  }

  protected connected(): void {
    this.#loop ??= createFrameLoop(this, this.#tick, () => {
      if (!this.#autoplayPending) return;
      this.#autoplayPending = false;
      this.#play();
    });
  }

  protected disconnected(): void {
    this.#pause(false);
    this.#loop?.disconnect();
    this.#loop = null;
  }

  #change(change: Partial<Config>, reflect = true): void {
    this.commit(reconfigure(this.state, change), reflect);
    if (isFinished(this.state)) this.#pause(false);
  }

  #step(): void {
    this.#pause(false);
    trainSteps(this.state, 1);
    this.render();
  }

  #reset(): void {
    this.#pause(false);
    this.commit(createState(this.state.config), false);
  }

  #play(): void {
    const state = this.state;
    if (isFinished(state)) return;
    if (reducedMotion()) {
      trainSteps(state, REDUCED_MOTION_STEPS);
      this.render();
      return;
    }
    this.#ui?.controls.setPlaying(true);
    this.#ui?.controls.setLive(false);
    this.#lastStatusAt = 0;
    this.#loop?.start();
  }

  #pause(announce: boolean): void {
    const loop = this.#loop;
    if (!loop?.running) return;
    loop.stop();
    this.#ui?.controls.setPlaying(false);
    this.#ui?.controls.setLive(true);
    if (announce) this.#ui?.controls.setStatus(summaryText(this.state));
  }

  // One animation frame of a run: as many steps as fit the frame's budget, then a redraw.
  #tick = (now: number): boolean => {
    const state = this.state;
    const start = performance.now();
    let steps = 0;
    while (steps < MAX_STEPS_PER_FRAME && !isFinished(state) && (steps === 0 || performance.now() - start < FRAME_BUDGET_MS)) {
      trainSteps(state, 1);
      steps++;
    }
    this.render();
    if (isFinished(state)) {
      this.#pause(true);
      return false;
    }
    if (now - this.#lastStatusAt >= STATUS_EVERY_MS) {
      this.#lastStatusAt = now;
      this.#ui?.controls.setStatus(summaryText(state));
    }
    return true;
  };
}

defineWidget("nn-gradient-flow", GradientFlowElement);

declare global {
  interface HTMLElementTagNameMap {
    "nn-gradient-flow": GradientFlowElement;
  }
}
