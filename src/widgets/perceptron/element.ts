// <nn-perceptron>: wires the model in model.ts to its figure (draw.ts) and its panel (controls.ts),
// on the kit's element base: the reader's input and the animated Train run, an epoch every
// EPOCH_MS in the kit's frame loop. All state changes go through the model; this file only connects.
import { WidgetElement, defineWidget } from "../kit/element.ts";
import { createFrameLoop, reducedMotion, type FrameLoop } from "../kit/frame-loop.ts";
import { html } from "../kit/dom.ts";
import { ATTRIBUTES, parseAttributes, toAttributes } from "./attributes.ts";
import { createControls, type Controls } from "./controls.ts";
import { createFigure, type Figure } from "./draw.ts";
import {
  continueTraining, createState, setDataset, setWeights, startTraining, train, trainStep,
  type Config, type PerceptronState, type TrainingRun,
} from "./model.ts";
import { STYLE } from "./styles.ts";
import { misclassifiedText, stepText, stoppedText, trainingText } from "./text.ts";

const MAX_EPOCHS = 40;
const EPOCH_MS = 180; // slow enough to watch the line move

export class PerceptronElement extends WidgetElement<PerceptronState> {
  static observedAttributes = [...ATTRIBUTES];
  protected readonly stylesheet = STYLE;

  #initial: Config = parseAttributes(() => null); // what Reset returns to: the configured weights
  #highlight: number | null = null; // the point "Train one step" just used
  #figure: Figure | null = null;
  #controls: Controls | null = null;
  #run: TrainingRun | null = null; // the Train run being animated, if any
  #lastEpochAt = -Infinity;
  #loop: FrameLoop | null = null;

  protected readState(): PerceptronState {
    this.#initial = parseAttributes((name) => this.getAttribute(name));
    return createState(this.#initial);
  }

  protected toAttributes(state: PerceptronState): Record<string, string> {
    return toAttributes(state);
  }

  protected build(): Node[] {
    this.#figure = createFigure();
    this.#controls = createControls(this.uid, {
      weight: (name, value) => this.#edit(setWeights(this.state, { [name]: value })),
      dataset: (name) => this.#edit(setDataset(this.state, name)),
      step: () => this.#step(),
      train: () => (this.#run ? this.#finish(this.#run, true) : this.#start()),
      reset: () => this.#edit(createState({ ...this.#initial, dataset: this.state.dataset })),
    });
    this.#figure.element.classList.add("nnk-pinned");
    this.#controls.setStatus(misclassifiedText(this.state));
    const body = html("div", { class: "nnp-body" });
    body.append(this.#figure.element, this.#controls.element);
    return [body];
  }

  protected render(): void {
    this.#figure?.draw(this.state, this.#highlight);
    this.#controls?.render(this.state);
  }

  protected reconfigure(): void {
    // Someone (a page script, an embed route reading the URL) reconfigured the widget. The
    // attributes are left as they were written, not rewritten from the state.
    const s = this.state;
    const config = parseAttributes((name) => this.getAttribute(name));
    this.#initial = config;
    const base = config.dataset === s.dataset ? s : setDataset(s, config.dataset);
    this.#edit({ ...base, w1: config.w1, w2: config.w2, b: config.b, learningRate: config.learningRate }, false);
  }

  protected connected(): void {
    this.#loop ??= createFrameLoop(this, this.#tick);
  }

  protected disconnected(): void {
    if (this.#run) this.#finish(this.#run, true);
    this.#loop?.disconnect();
    this.#loop = null;
  }

  // A change from outside the training buttons: it ends any run and clears the highlight.
  #edit(state: PerceptronState, reflect = true): void {
    this.#stop();
    this.#highlight = null;
    this.commit(state, reflect);
    this.#controls?.setStatus(misclassifiedText(state));
  }

  #step(): void {
    this.#stop();
    const { state, index } = trainStep(this.state);
    this.#highlight = index;
    this.commit(state);
    this.render(); // the highlight changed even when the state did not
    this.#controls?.setStatus(stepText(state, index));
  }

  #start(): void {
    this.#highlight = null;
    if (reducedMotion()) {
      const result = train(this.state, { maxEpochs: MAX_EPOCHS });
      this.commit(result.state);
      this.#controls?.setStatus(trainingText(result));
      return;
    }
    this.#run = startTraining(this.state, MAX_EPOCHS);
    this.#lastEpochAt = -Infinity;
    this.#controls?.setRunning(true);
    this.#controls?.setStatus("Training…");
    this.render();
    this.#loop?.start();
  }

  // One animation frame of a Train run: an epoch every EPOCH_MS, the same loop as train().
  #tick = (now: number): boolean => {
    if (!this.#run) return false;
    if (now - this.#lastEpochAt < EPOCH_MS) return true;
    this.#lastEpochAt = now;
    const run = continueTraining(this.#run);
    this.#run = run;
    this.commit(run.state);
    if (run.done) this.#finish(run, false);
    return !run.done;
  };

  // Ends a Train run: by itself (converged or out of epochs) or because the reader pressed Stop.
  #finish(run: TrainingRun, stopped: boolean): void {
    this.#stop();
    this.#controls?.setStatus(stopped && !run.converged ? stoppedText(run.state, run.epochs) : trainingText(run));
  }

  #stop(): void {
    this.#loop?.stop();
    if (!this.#run) return;
    this.#run = null;
    this.#controls?.setRunning(false);
    this.render();
  }
}

defineWidget("nn-perceptron", PerceptronElement);

declare global {
  interface HTMLElementTagNameMap {
    "nn-perceptron": PerceptronElement;
  }
}
