// <nn-overfitting>: wires the model (model.ts, surface.ts, histogram.ts) to its figures and its
// panel on the kit's element base: the reader's input, and the animated training, a few engine
// steps per frame of the kit's frame loop. The run is trained in place (trainSteps), so after a
// step the element calls render() rather than commit(); a new setting starts a new run.
import { html } from "../kit/dom.ts";
import { WidgetElement, defineWidget } from "../kit/element.ts";
import { createFrameLoop, reducedMotion, type FrameLoop } from "../kit/frame-loop.ts";
import { createLegend } from "../kit/legend.ts";
import { ATTRIBUTES, parseAttributes, toAttributes } from "./attributes.ts";
import type { Config } from "./config.ts";
import { createControls, type Controls } from "./controls.ts";
import { createHistogramFigure, type HistogramFigure } from "./draw-histogram.ts";
import { createLossFigure, type LossFigure } from "./draw-loss.ts";
import { CLASS_COLORS, createSurfaceFigure, type SurfaceFigure } from "./draw-surface.ts";
import { weightHistogram } from "./histogram.ts";
import { createRun, isFinished, trainSteps, type Run } from "./model.ts";
import { weightValues } from "./network.ts";
import { STYLE } from "./styles.ts";
import { GRID, decisionSurface } from "./surface.ts";
import { lossLabel, statusText, surfaceLabel } from "./text.ts";

const FRAME_BUDGET_MS = 6; // training time per animation frame, so the page stays responsive
const MAX_STEPS_PER_FRAME = 4; // and no faster than this, so a small net's run can be watched
const STATUS_EVERY_MS = 400; // how often the status line follows a run while it plays
const REDUCED_MOTION_STEPS = 300; // Play without animation: this many steps, shown once done

interface Ui {
  surface: SurfaceFigure;
  loss: LossFigure;
  histogram: HistogramFigure;
  controls: Controls;
  pointKey: HTMLUListElement;
}

export class OverfittingElement extends WidgetElement<Run> {
  static observedAttributes = [...ATTRIBUTES];
  protected readonly stylesheet = STYLE;

  #ui: Ui | null = null;
  #loop: FrameLoop | null = null;
  #lastStatusAt = 0;
  #autoplayPending = false;
  /** While Play runs without animation: the step it runs to. */
  #jumpTo: number | null = null;
  /** What the figures were last drawn for: a run and its step; the surface's separately. */
  #drawn: [Run | null, string] = [null, ""];
  #drawnSurface: [Run | null, string] = [null, ""];
  /** While playing, the surface (one forward pass over the grid) is redrawn every other frame. */
  #frames = 0;

  protected readState(): Run {
    return createRun(parseAttributes((name) => this.getAttribute(name)));
  }

  protected toAttributes(run: Run): Record<string, string> {
    return toAttributes(run.config);
  }

  protected build(): Node[] {
    const surface = createSurfaceFigure();
    const loss = createLossFigure();
    const histogram = createHistogramFigure();
    const controls = createControls(this.uid, {
      change: (change) => this.#change(change),
      play: () => (this.#loop?.running ? this.#pause(true) : this.#play()),
      step: () => this.#step(),
      reset: () => this.#reset(),
    });
    const dot = (cls: string) => ({ svg: ["circle", { r: 5, class: cls }] as ["circle", Record<string, string | number>] });
    const pointKey = createLegend([
      { mark: { svg: ["circle", { r: 5, fill: CLASS_COLORS[0] }] }, text: "class 0" },
      { mark: { svg: ["rect", { x: -5, y: -5, width: 10, height: 10, fill: CLASS_COLORS[1] }] }, text: "class 1" },
      { mark: dot("nnof-key nnof-train"), text: "training" },
      { mark: dot("nnof-key nnof-test"), text: "test" },
      { mark: dot("nnof-key nnof-val"), text: "validation" },
    ]);
    this.#ui = { surface, loss, histogram, controls, pointKey };
    const surfacePanel = html("div", { class: "nnof-panel nnof-panel--surface nnk-pinned" });
    surfacePanel.append(html("p", { class: "nnof-title" }, "Decision surface"), surface.element, pointKey);
    const side = html("div", { class: "nnof-side" });
    side.append(loss.element, histogram.element);
    const figures = html("div", { class: "nnof-figures" });
    figures.append(surfacePanel, side);
    this.#autoplayPending = this.hasAttribute("autoplay") && !reducedMotion();
    return [figures, controls.status, controls.element];
  }

  protected render(): void {
    const ui = this.#ui, run = this.state;
    if (!ui) return;
    const key = `${run.step} ${run.stop?.reason ?? ""}`;
    const surfaceDue = !this.#loop?.running || this.#frames % 2 === 0;
    if (surfaceDue && (this.#drawnSurface[0] !== run || this.#drawnSurface[1] !== key)) {
      this.#drawnSurface = [run, key];
      ui.surface.draw(run.points, decisionSurface(run.network, run.points.extent, GRID), GRID);
    }
    if (this.#drawn[0] !== run || this.#drawn[1] !== key) {
      this.#drawn = [run, key];
      ui.histogram.draw(weightHistogram(weightValues(run.network)));
      ui.loss.draw(run);
      ui.surface.element.setAttribute("aria-label", surfaceLabel(run));
      ui.loss.element.querySelector("svg")?.setAttribute("aria-label", lossLabel(run));
      ui.pointKey.children[4]?.toggleAttribute("hidden", run.points.rows.val.length === 0);
    }
    ui.controls.render(run.config);
    ui.controls.setFinished(isFinished(run));
    if (!this.#loop?.running) ui.controls.setStatus(statusText(run));
  }

  protected reconfigure(): void {
    // a page script or a link reconfigured the widget: a new run, attributes left as written
    this.commit(createRun(parseAttributes((name) => this.getAttribute(name))), false);
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

  /** A new setting: a new run from step 0 (the same settings always give the same run); a playing run goes on playing. */
  #change(change: Partial<Config>): void {
    if (this.#jumpTo !== null) this.#pause(false); // a run without animation does not turn into an animated one
    this.commit(createRun({ ...this.state.config, ...change }));
    if (isFinished(this.state)) this.#pause(true);
  }

  #step(): void {
    this.#pause(false);
    trainSteps(this.state, 1);
    this.render();
  }

  #reset(): void {
    this.#pause(false);
    this.commit(createRun(this.state.config), false);
  }

  #play(): void {
    if (isFinished(this.state)) return;
    this.#jumpTo = reducedMotion() ? this.state.step + REDUCED_MOTION_STEPS : null;
    this.#ui?.controls.setPlaying(true);
    this.#ui?.controls.setLive(false);
    this.#lastStatusAt = 0;
    this.#loop?.start();
  }

  #pause(announce: boolean): void {
    this.#jumpTo = null;
    const loop = this.#loop;
    if (!loop?.running) return;
    loop.stop();
    this.#ui?.controls.setPlaying(false);
    this.#ui?.controls.setLive(true);
    if (announce) this.#ui?.controls.setStatus(statusText(this.state));
    this.render(); // the surface, which a playing run redraws every other frame, is up to date
  }

  // One animation frame of a run: as many steps as fit the frame's budget, then a redraw (none
  // while Play runs without animation, until it has run its steps).
  #tick = (now: number): boolean => {
    const run = this.state;
    const start = performance.now();
    this.#frames++;
    const most = this.#jumpTo === null ? MAX_STEPS_PER_FRAME : Infinity;
    // a frame that redraws the surface trains for half as long
    const budget = this.#jumpTo === null && this.#frames % 2 === 0 ? FRAME_BUDGET_MS / 2 : FRAME_BUDGET_MS;
    let steps = 0;
    while (steps < most && !isFinished(run) && (this.#jumpTo === null || run.step < this.#jumpTo) && (steps === 0 || performance.now() - start < budget)) {
      trainSteps(run, 1);
      steps++;
    }
    const done = isFinished(run) || (this.#jumpTo !== null && run.step >= this.#jumpTo);
    if (this.#jumpTo !== null && !done) return true;
    this.render();
    if (done) {
      this.#pause(true);
      return false;
    }
    if (now - this.#lastStatusAt >= STATUS_EVERY_MS) {
      this.#lastStatusAt = now;
      this.#ui?.controls.setStatus(statusText(run));
    }
    return true;
  };
}

defineWidget("nn-overfitting", OverfittingElement);

declare global {
  interface HTMLElementTagNameMap {
    "nn-overfitting": OverfittingElement;
  }
}
