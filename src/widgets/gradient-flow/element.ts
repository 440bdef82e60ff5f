// <nn-gradient-flow>: wires the model in model.ts to its figures (draw.ts, draw-histogram.ts) and
// its panel (controls.ts): attributes in and out, the reader's input, and the animated training,
// a few steps per animation frame. All state changes go through the model; this file only connects.
import { AttributeMirror } from "../kit/attribute-mirror.ts";
import { ATTRIBUTES, parseAttributes, toAttributes } from "./attributes.ts";
import type { Config } from "./config.ts";
import { createControls, type Controls } from "./controls.ts";
import { html } from "../kit/dom.ts";
import { createGradientFigures, type GradientFigures } from "./draw.ts";
import { createHistogramFigure, type HistogramFigure } from "./draw-histogram.ts";
import { createState, isFinished, reconfigure, trainSteps, type FlowState } from "./model.ts";
import { STYLE } from "./styles.ts";
import { summaryText } from "./text.ts";

const FRAME_BUDGET_MS = 10; // training time per animation frame, so the page stays responsive
const MAX_STEPS_PER_FRAME = 8;
const STATUS_EVERY_MS = 400; // how often the status line follows a run while it plays
const REDUCED_MOTION_STEPS = 100; // Play without animation: this many steps at once

let instances = 0;

interface Ui {
  gradients: GradientFigures;
  histogram: HistogramFigure;
  controls: Controls;
}

export class GradientFlowElement extends HTMLElement {
  static observedAttributes = [...ATTRIBUTES];

  #state: FlowState | null = null;
  #ui: Ui | null = null;
  #mirror = new AttributeMirror();
  #playing = false;
  #raf = 0;
  #lastStatusAt = 0;
  #visible = false;
  #autoplayPending = false;
  #observer: IntersectionObserver | null = null;

  connectedCallback(): void {
    if (!this.#ui) {
      this.#state = createState(this.#readConfig());
      this.#ui = this.#build();
      this.#render();
      this.#announce();
      this.#autoplayPending = this.hasAttribute("autoplay") && !reducedMotion();
    }
    this.classList.add("not-content"); // opt out of Starlight's prose spacing
    if ("IntersectionObserver" in window) {
      this.#observer = new IntersectionObserver((entries) => {
        this.#visible = entries[entries.length - 1].isIntersecting;
        if (!this.#visible) return; // the frame loop stops by itself off screen
        if (this.#autoplayPending) {
          this.#autoplayPending = false;
          this.#play();
        } else if (this.#playing && !this.#raf) {
          this.#raf = requestAnimationFrame(this.#tick);
        }
      });
      this.#observer.observe(this);
    } else {
      this.#visible = true;
    }
  }

  disconnectedCallback(): void {
    this.#pause(false);
    this.#observer?.disconnect();
    this.#observer = null;
  }

  attributeChangedCallback(_name: string, oldValue: string | null, newValue: string | null): void {
    if (this.#mirror.reflecting || !this.#ui || !this.#state || oldValue === newValue) return;
    // a page script or a link reconfigured the widget: a new run, attributes left as written
    this.#change(this.#readConfig(), false);
  }

  /** The current run, for scripts and tests. */
  get state(): FlowState | null {
    return this.#state;
  }

  #readConfig(): Config {
    return parseAttributes((name) => this.getAttribute(name));
  }

  #build(): Ui {
    const gradients = createGradientFigures();
    const histogram = createHistogramFigure();
    const controls = createControls(`nn-gradient-flow-${++instances}`, {
      activation: (activation) => this.#change({ activation }),
      init: (init) => this.#change({ init }),
      depth: (depth) => this.#change({ depth }),
      layer: (layer) => this.#change({ layer }),
      play: () => (this.#playing ? this.#pause(true) : this.#play()),
      step: () => this.#step(),
      reset: () => this.#reset(),
    });
    const figures = html("div", { class: "ngf-figures" });
    figures.append(gradients.bars, gradients.history, histogram.element);
    const body = html("div", { class: "ngf-body" });
    body.append(controls.element, figures);
    this.replaceChildren(html("style", {}, STYLE), body); // drops the server-rendered fallback text
    return { gradients, histogram, controls };
  }

  #change(change: Partial<Config>, reflect = true): void {
    if (!this.#state) return;
    this.#state = reconfigure(this.#state, change);
    if (reflect) this.#reflect();
    this.#render();
    if (isFinished(this.#state)) this.#pause(false);
    if (!this.#playing) this.#announce();
  }

  // Mirrors the configuration into the attributes, so the widget can be copied as a link.
  #reflect(): void {
    if (!this.#state) return;
    this.#mirror.write(this, toAttributes(this.#state.config));
  }

  #render(): void {
    const ui = this.#ui, state = this.#state;
    if (!ui || !state) return;
    ui.gradients.draw(state);
    ui.histogram.draw(state);
    ui.controls.render(state.config);
    ui.controls.setFinished(isFinished(state));
  }

  // The status line, read out by screen readers (not while a run plays, when it changes too often).
  #announce(text = this.#state ? summaryText(this.#state) : ""): void {
    this.#ui?.controls.setStatus(text);
  }

  #step(): void {
    if (!this.#state) return;
    this.#pause(false);
    trainSteps(this.#state, 1);
    this.#render();
    this.#announce();
  }

  #reset(): void {
    if (!this.#state) return;
    this.#pause(false);
    this.#state = createState(this.#state.config);
    this.#render();
    this.#announce();
  }

  #play(): void {
    const state = this.#state;
    if (!state || isFinished(state)) return;
    if (reducedMotion()) {
      trainSteps(state, REDUCED_MOTION_STEPS);
      this.#render();
      this.#announce();
      return;
    }
    this.#playing = true;
    this.#ui?.controls.setPlaying(true);
    this.#setLive(false);
    this.#lastStatusAt = 0;
    if (this.#visible && !this.#raf) this.#raf = requestAnimationFrame(this.#tick);
  }

  #pause(announce: boolean): void {
    if (this.#raf) cancelAnimationFrame(this.#raf);
    this.#raf = 0;
    if (!this.#playing) return;
    this.#playing = false;
    this.#ui?.controls.setPlaying(false);
    this.#setLive(true);
    if (announce) this.#announce();
  }

  #setLive(live: boolean): void {
    this.querySelector(".ngf-status")?.setAttribute("aria-live", live ? "polite" : "off");
  }

  // One animation frame of a run: as many steps as fit the frame's budget, then a redraw.
  #tick = (now: number): void => {
    this.#raf = 0;
    const state = this.#state;
    if (!state || !this.#playing || !this.#visible) return; // the observer restarts it on screen
    const start = performance.now();
    let steps = 0;
    while (steps < MAX_STEPS_PER_FRAME && !isFinished(state) && (steps === 0 || performance.now() - start < FRAME_BUDGET_MS)) {
      trainSteps(state, 1);
      steps++;
    }
    this.#render();
    if (isFinished(state)) {
      this.#pause(true);
      return;
    }
    if (now - this.#lastStatusAt >= STATUS_EVERY_MS) {
      this.#lastStatusAt = now;
      this.#announce();
    }
    this.#raf = requestAnimationFrame(this.#tick);
  };
}

function reducedMotion(): boolean {
  return matchMedia("(prefers-reduced-motion: reduce)").matches;
}

if (typeof customElements !== "undefined" && !customElements.get("nn-gradient-flow")) {
  customElements.define("nn-gradient-flow", GradientFlowElement);
}

declare global {
  interface HTMLElementTagNameMap {
    "nn-gradient-flow": GradientFlowElement;
  }
}
