// <nn-perceptron>: wires the model in model.ts to its figure (draw.ts) and its panel (controls.ts):
// attributes in and out, the reader's input, and the animated Train run. All state changes go
// through the model; this file only connects.
import { AttributeMirror } from "../kit/attribute-mirror.ts";
import { ATTRIBUTES, parseAttributes, toAttributes } from "./attributes.ts";
import { createControls, type Controls } from "./controls.ts";
import { html } from "../kit/dom.ts";
import { createFigure, type Figure } from "./draw.ts";
import {
  DEFAULT_CONFIG,
  continueTraining,
  createState,
  setDataset,
  setWeights,
  startTraining,
  train,
  trainStep,
  type Config,
  type PerceptronState,
  type TrainingRun,
} from "./model.ts";
import { STYLE } from "./styles.ts";
import { misclassifiedText, stepText, stoppedText, trainingText } from "./text.ts";

const MAX_EPOCHS = 40;
const EPOCH_MS = 180; // slow enough to watch the line move

let instances = 0;

interface Ui {
  figure: Figure;
  controls: Controls;
}

export class PerceptronElement extends HTMLElement {
  static observedAttributes = [...ATTRIBUTES];

  #state: PerceptronState = createState();
  #initial: Config = DEFAULT_CONFIG; // what Reset returns to: the configured weights
  #highlight: number | null = null; // the point "Train one step" just used
  #ui: Ui | null = null;
  #mirror = new AttributeMirror();
  #run: TrainingRun | null = null; // the Train run being animated, if any
  #raf = 0;
  #lastEpochAt = -Infinity;
  #visible = true;
  #observer: IntersectionObserver | null = null;

  connectedCallback(): void {
    if (!this.#ui) {
      this.#initial = this.#readConfig();
      this.#state = createState(this.#initial);
      this.#ui = this.#build();
      this.#render();
      this.#setStatus(misclassifiedText(this.#state));
    }
    this.classList.add("not-content"); // opt out of Starlight's prose spacing
    if ("IntersectionObserver" in window) {
      this.#observer = new IntersectionObserver((entries) => {
        this.#visible = entries[entries.length - 1].isIntersecting;
        if (this.#visible && this.#run && !this.#raf) this.#raf = requestAnimationFrame(this.#tick);
      });
      this.#observer.observe(this);
    }
  }

  disconnectedCallback(): void {
    if (this.#run) this.#finish(this.#run, true);
    this.#observer?.disconnect();
    this.#observer = null;
  }

  attributeChangedCallback(_name: string, oldValue: string | null, newValue: string | null): void {
    if (this.#mirror.reflecting || !this.#ui || oldValue === newValue) return;
    // Someone (a page script, an embed route reading the URL) reconfigured the widget. The
    // attributes are left as they were written, not rewritten from the state.
    const config = this.#readConfig();
    this.#initial = config;
    const base = config.dataset === this.#state.dataset ? this.#state : setDataset(this.#state, config.dataset);
    this.#edit({ ...base, w1: config.w1, w2: config.w2, b: config.b, learningRate: config.learningRate }, false);
  }

  /** The current model state, for scripts and tests. */
  get state(): PerceptronState {
    return this.#state;
  }

  #readConfig(): Config {
    return parseAttributes((name) => this.getAttribute(name));
  }

  #build(): Ui {
    const figure = createFigure();
    const controls = createControls(`nn-perceptron-${++instances}`, {
      weight: (name, value) => this.#edit(setWeights(this.#state, { [name]: value })),
      dataset: (name) => this.#edit(setDataset(this.#state, name)),
      step: () => this.#step(),
      train: () => (this.#run ? this.#finish(this.#run, true) : this.#start()),
      reset: () => this.#edit(createState({ ...this.#initial, dataset: this.#state.dataset })),
    });
    const body = html("div", { class: "nnp-body" });
    body.append(figure.element, controls.element);
    this.replaceChildren(html("style", {}, STYLE), body); // drops the server-rendered fallback text
    return { figure, controls };
  }

  // A change from outside the training buttons: it ends any run and clears the highlight.
  #edit(state: PerceptronState, reflect = true): void {
    this.#stop();
    this.#highlight = null;
    this.#commit(state, reflect);
    this.#setStatus(misclassifiedText(state));
  }

  // Applies a new state, redraws, and mirrors it into the attributes so it can be copied as a link.
  #commit(state: PerceptronState, reflect = true): void {
    this.#state = state;
    this.#render();
    if (!reflect) return;
    this.#mirror.write(this, toAttributes(state));
  }

  #render(): void {
    const ui = this.#ui;
    if (!ui) return;
    ui.figure.draw(this.#state, this.#highlight);
    ui.controls.render(this.#state);
  }

  #setStatus(text: string): void {
    this.#ui?.controls.setStatus(text);
  }

  #step(): void {
    this.#stop();
    const { state, index } = trainStep(this.#state);
    this.#highlight = index;
    this.#commit(state);
    this.#setStatus(stepText(state, index));
  }

  #start(): void {
    this.#highlight = null;
    if (matchMedia("(prefers-reduced-motion: reduce)").matches) {
      const result = train(this.#state, { maxEpochs: MAX_EPOCHS });
      this.#commit(result.state);
      this.#setStatus(trainingText(result));
      return;
    }
    this.#run = startTraining(this.#state, MAX_EPOCHS);
    this.#lastEpochAt = -Infinity;
    this.#ui?.controls.setRunning(true);
    this.#setStatus("Training…");
    this.#render();
    if (this.#visible) this.#raf = requestAnimationFrame(this.#tick);
  }

  // One animation frame of a Train run: an epoch every EPOCH_MS, the same loop as train().
  #tick = (now: number): void => {
    this.#raf = 0;
    if (!this.#run || !this.#visible) return; // the observer restarts it on screen
    if (now - this.#lastEpochAt >= EPOCH_MS) {
      this.#lastEpochAt = now;
      const run = continueTraining(this.#run);
      this.#run = run;
      this.#commit(run.state);
      if (run.done) {
        this.#finish(run, false);
        return;
      }
    }
    this.#raf = requestAnimationFrame(this.#tick);
  };

  // Ends a Train run: by itself (converged or out of epochs) or because the reader pressed Stop.
  #finish(run: TrainingRun, stopped: boolean): void {
    this.#stop();
    this.#setStatus(stopped && !run.converged ? stoppedText(run.state, run.epochs) : trainingText(run));
  }

  #stop(): void {
    if (this.#raf) cancelAnimationFrame(this.#raf);
    this.#raf = 0;
    if (!this.#run) return;
    this.#run = null;
    this.#ui?.controls.setRunning(false);
    this.#render();
  }
}

if (typeof customElements !== "undefined" && !customElements.get("nn-perceptron")) {
  customElements.define("nn-perceptron", PerceptronElement);
}

declare global {
  interface HTMLElementTagNameMap {
    "nn-perceptron": PerceptronElement;
  }
}
