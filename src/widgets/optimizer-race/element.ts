// <nn-optimizer-race>: the engine's optimizers racing on a 2-D surface, wired on the widget kit.
// The paths come from model.ts (engine optimizers on engine tensors); this file connects controls,
// the frame loop (Play) and the figures.
import { createButtons, createSelect, createSlider, createStatus, type ButtonRow, type Select, type Slider, type StatusLine } from "../kit/controls.ts";
import { html } from "../kit/dom.ts";
import { defineWidget, WidgetElement } from "../kit/element.ts";
import { createFrameLoop, reducedMotion, type FrameLoop } from "../kit/frame-loop.ts";
import { show } from "../kit/format.ts";
import { ATTRIBUTES, parseAttributes, toAttributes, type RaceState } from "./attributes.ts";
import { RACER_COLORS, createLossFigure, createSurfaceFigure, type LossFigure, type SurfaceFigure } from "./draw.ts";
import { MAX_STEPS, RACER_NAMES, race, ratesFor, type RaceConfig, type RacerName, type RacerPath } from "./model.ts";
import { STYLE } from "./styles.ts";
import { SURFACES, SURFACE_NAMES, type SurfaceName } from "./surfaces.ts";
import { DESCRIPTION, RACER_LABELS, SURFACE_LABELS, raceStatus, racerStatus, stateText } from "./text.ts";

const STEPS_PER_FRAME = 2;

export class OptimizerRaceElement extends WidgetElement<RaceState> {
  static observedAttributes = [...ATTRIBUTES];
  protected readonly stylesheet = STYLE;
  #paths: RacerPath[] = [];
  #pathsOf: RaceConfig | null = null;
  #surface: SurfaceFigure | null = null;
  #loss: LossFigure | null = null;
  #table: HTMLTableSectionElement | null = null;
  #surfaceSelect: Select | null = null;
  #racer: Select | null = null;
  #lr: Slider | null = null;
  #beta1: Slider | null = null;
  #beta2: Slider | null = null;
  #buttons: ButtonRow | null = null;
  #status: StatusLine | null = null;
  #loop: FrameLoop | null = null;
  #editing: RacerName = "sgd";

  protected readState(): RaceState {
    return parseAttributes((name) => this.getAttribute(name));
  }

  protected toAttributes(state: RaceState): Record<string, string> {
    return toAttributes(state);
  }

  #setConfig(config: RaceConfig): void {
    this.commit({ config, step: this.state.step });
  }

  protected build(): Node[] {
    const id = this.uid;
    this.#surface = createSurfaceFigure();
    this.#surface.element.setAttribute("aria-label", `${DESCRIPTION} Click, or use the arrow keys, to move the start point.`);
    this.#surface.element.addEventListener("click", (e) => {
      const [x, y] = this.#surface!.toSurface(e.clientX, e.clientY);
      this.commit({ config: { ...this.state.config, start: [Math.round(x * 100) / 100, Math.round(y * 100) / 100] }, step: 0 });
    });
    this.#surface.element.addEventListener("keydown", (e) => {
      const d: Record<string, [number, number]> = { ArrowLeft: [-0.1, 0], ArrowRight: [0.1, 0], ArrowUp: [0, 0.1], ArrowDown: [0, -0.1] };
      const move = d[e.key];
      if (!move) return;
      e.preventDefault();
      const [x, y] = this.state.config.start;
      this.commit({ config: { ...this.state.config, start: [Math.round((x + move[0]) * 100) / 100, Math.round((y + move[1]) * 100) / 100] }, step: 0 });
    });
    this.#loss = createLossFigure();
    this.#surfaceSelect = createSelect(`${id}-surface`, "surface", SURFACE_NAMES.map((n) => [n, SURFACE_LABELS[n]] as const), (v) => {
      const surface = v as SurfaceName;
      this.commit({ config: { ...this.state.config, surface, start: SURFACES[surface].start, lr: ratesFor(surface) }, step: 0 });
    });
    this.#racer = createSelect(`${id}-racer`, "rate of", RACER_NAMES.map((n) => [n, RACER_LABELS[n]] as const), (v) => {
      this.#editing = v as RacerName;
      this.render();
    });
    // the rate slider moves log10 η from −4 to 0
    this.#lr = createSlider(`${id}-lr`, "learning rate η", { min: -4, max: 0, step: 0.05 }, (v) =>
      this.#setConfig({ ...this.state.config, lr: { ...this.state.config.lr, [this.#editing]: Math.round(10 ** v * 1e5) / 1e5 } }),
    );
    this.#beta1 = createSlider(`${id}-beta1`, "momentum μ and Adam's β₁", { min: 0, max: 0.99, step: 0.01 }, (v) => this.#setConfig({ ...this.state.config, beta1: v }));
    this.#beta2 = createSlider(`${id}-beta2`, "RMSprop's α and Adam's β₂", { min: 0.5, max: 0.999, step: 0.001 }, (v) => this.#setConfig({ ...this.state.config, beta2: v }));
    this.#buttons = createButtons([
      { label: "Play", primary: true, onClick: () => this.#play() },
      { label: "Step", onClick: () => this.#advance(1) },
      { label: "Reset", onClick: () => { this.#loop?.stop(); this.commit({ ...this.state, step: 0 }); } },
    ]);
    this.#status = createStatus();
    const table = html("table", { "data-testid": "racers" });
    table.append(html("thead"));
    const head = html("tr");
    head.append(html("th", {}, "optimizer"), html("th", {}, "loss"), html("th", {}, "state"));
    table.tHead!.append(head);
    this.#table = html("tbody");
    table.append(this.#table);
    const panel = html("div", { class: "nnor-panel" });
    panel.append(this.#surfaceSelect.element, this.#racer.element, this.#lr.element, this.#beta1.element, this.#beta2.element, this.#buttons.element, table);
    const figures = html("div");
    figures.append(this.#surface.element, this.#loss.element);
    const layout = html("div", { class: "nnor-layout" });
    layout.append(figures, panel);
    this.#loop = createFrameLoop(this, () => this.#advance(STEPS_PER_FRAME));
    return [layout, this.#status.element];
  }

  #play(): void {
    if (this.#loop?.running) {
      this.#loop.stop();
      this.render();
      return;
    }
    if (this.state.step >= MAX_STEPS) this.commit({ ...this.state, step: 0 });
    if (reducedMotion()) this.commit({ ...this.state, step: MAX_STEPS });
    else this.#loop?.start();
    this.render();
  }

  /** Moves the shown step on; returns false at the end (which stops the loop). */
  #advance(n: number): boolean {
    const step = Math.min(MAX_STEPS, this.state.step + n);
    if (step >= MAX_STEPS) this.#loop?.stop(); // before drawing, so the button says Play again
    this.commit({ ...this.state, step });
    return step < MAX_STEPS;
  }

  protected render(): void {
    const { config, step } = this.state;
    if (this.#pathsOf !== config) {
      this.#paths = race(config);
      this.#pathsOf = config;
    }
    this.#surface?.draw(config, this.#paths, step);
    this.#loss?.draw(this.#paths, step, MAX_STEPS);
    this.#surfaceSelect?.set(config.surface);
    this.#racer?.set(this.#editing);
    const lr = config.lr[this.#editing];
    this.#lr?.set(Math.log10(lr), lr < 0.01 ? lr.toExponential(1) : show(lr, 3));
    this.#beta1?.set(config.beta1, show(config.beta1, 2));
    this.#beta2?.set(config.beta2, show(config.beta2, 3));
    if (this.#buttons) this.#buttons.buttons[0].textContent = this.#loop?.running ? "Pause" : "Play";
    this.#table?.replaceChildren(...this.#paths.map((p) => {
      const row = html("tr");
      const name = html("td");
      name.append(html("span", { class: "nnor-swatch", style: `background:${RACER_COLORS[p.name]}` }), RACER_LABELS[p.name]);
      const status = racerStatus(p, step).slice(RACER_LABELS[p.name].length + 1).replace(/^loss /, "");
      row.append(name, html("td", {}, status), html("td", {}, stateText(p, step)));
      return row;
    }));
    this.#status?.setLive(!this.#loop?.running);
    this.#status?.set(raceStatus(config.surface, this.#paths, step, MAX_STEPS));
  }

  protected connected(): void {}

  protected disconnected(): void {
    this.#loop?.stop();
  }
}

defineWidget("nn-optimizer-race", OptimizerRaceElement);

declare global {
  interface HTMLElementTagNameMap {
    "nn-optimizer-race": OptimizerRaceElement;
  }
}
