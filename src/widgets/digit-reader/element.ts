// <nn-digit-reader>: the chapter's CNN trained in a Web Worker (or the reader's saved one loaded),
// then a pad to draw a digit on; the drawing, as the network sees it, its class probabilities
// and the first layer's kernels and feature maps, updated as the reader draws. Wired on the kit.
import { createButtons, createStatus, type ButtonRow, type StatusLine } from "../kit/controls.ts";
import { html } from "../kit/dom.ts";
import { defineWidget, WidgetElement } from "../kit/element.ts";
import { ATTRIBUTES, parseAttributes, toAttributes, type DigitReaderState } from "./attributes.ts";
import { createBars, type ProbabilityBars } from "./bars.ts";
import { isBlank } from "./brush.ts";
import { createImage, drawGrey, inkOf } from "./images.ts";
import { createLayerView, type LayerView } from "./layer-view.ts";
import { createModel, firstLayer, probabilities } from "./model.ts";
import { createPad, type DrawingPad } from "./pad.ts";
import { SIDE, toDigit } from "./preprocess.ts";
import { STORAGE_KEY, forgetModel, loadModel, pageStore, saveModel } from "./saved-model.ts";
import { STYLE } from "./styles.ts";
import { TEXT, emptyLine, errorLine, loadedLine, progressLine, readingLine, trainedLine } from "./text.ts";
import { startTraining, type TrainingRun } from "./trainer.ts";
import type { FromWorker } from "./protocol.ts";

/** The chapter's split: 8,000 digits to train on, 2,000 held out. */
const PLAN = { train: 8000, test: 2000 };
const DIGITS_URL = "/data/digits.bin";

export class DigitReaderElement extends WidgetElement<DigitReaderState> {
  static observedAttributes = [...ATTRIBUTES];
  protected readonly stylesheet = STYLE;
  #model: ReturnType<typeof createModel> | null = null;
  #accuracy = 0;
  #run: TrainingRun | null = null;
  #pad: DrawingPad | null = null;
  #seen: HTMLCanvasElement | null = null;
  #bars: ProbabilityBars | null = null;
  #layer: LayerView | null = null;
  #buttons: ButtonRow | null = null;
  #status: StatusLine | null = null;
  #progress: HTMLProgressElement | null = null;
  #note = "";
  /** The probabilities of the drawing as last read, or null (no model, or nothing drawn). */
  #reading: number[] | null = null;
  #frame = 0;

  protected readState(): DigitReaderState {
    return parseAttributes((name) => this.getAttribute(name));
  }

  protected toAttributes(state: DigitReaderState): Record<string, string> {
    return toAttributes(state);
  }

  protected build(): Node[] {
    this.#pad = createPad(TEXT.padLabel, () => this.#schedule());
    this.#seen = createImage(SIDE, { class: "nndr-seen", "data-testid": "seen", role: "img", "aria-label": TEXT.seenLabel });
    this.#bars = createBars(TEXT.probabilities);
    this.#layer = createLayerView(TEXT.layer, TEXT.noModel);
    this.#status = createStatus();
    this.#progress = html("progress", { class: "nndr-progress", max: "1", value: "0", "aria-label": TEXT.progressLabel });
    this.#progress.hidden = true;
    this.#buttons = createButtons([
      { label: TEXT.train, primary: true, onClick: () => this.#train() },
      { label: TEXT.stop, onClick: () => this.#stop() },
      { label: TEXT.clear, onClick: () => this.#pad?.clear() },
      { label: TEXT.forget, onClick: () => this.#forget() },
    ]);
    const padFigure = html("figure", { class: "nndr-figure" });
    padFigure.append(this.#pad.element, html("figcaption", {}, TEXT.padCaption));
    const seenFigure = html("figure", { class: "nndr-figure nndr-seen-figure" });
    seenFigure.append(this.#seen, html("figcaption", {}, TEXT.seenCaption));
    const reading = html("div", { class: "nndr-reading" });
    reading.append(seenFigure, this.#bars.element);
    const top = html("div", { class: "nndr-top" });
    top.append(padFigure, reading);
    const saved = loadModel(pageStore(), sizesOf(createModel(this.state.seed)));
    if (saved) {
      this.#use(saved.weights, saved.accuracy);
      this.#note = loadedLine(saved.accuracy, saved.savedAt);
    }
    return [this.#status.element, this.#progress, top, this.#buttons.element, this.#layer.element];
  }

  /** Takes trained weights as the model the pad is read with. */
  #use(weights: Record<string, Float32Array>, accuracy: number): void {
    const model = createModel(this.state.seed);
    model.loadStateDict(weights);
    // one read now, so the first stroke does not pay for the engine's first forward pass
    probabilities(model, new Float32Array(SIDE * SIDE));
    this.#model = model;
    this.#accuracy = accuracy;
  }

  #train(): void {
    this.#run?.cancel();
    const { epochs, seed } = this.state;
    this.#setNote(TEXT.loading, true);
    const url = new URL(DIGITS_URL, location.href).href;
    this.#run = startTraining(url, { epochs, seed, ...PLAN }, (message) => this.#onWorker(message));
    this.#renderButtons();
  }

  #onWorker(message: FromWorker): void {
    if (message.type === "loading") return this.#setNote(TEXT.loading, true);
    if (message.type === "progress") {
      const p = message.progress;
      if (this.#progress) this.#progress.value = (p.epoch - 1 + p.batch / p.batches) / p.epochs;
      return this.#setNote(progressLine(p), true);
    }
    this.#run = null;
    if (message.type === "error") {
      this.#setNote(errorLine(message.message), false);
    } else {
      const { trained, seconds } = message;
      this.#use(trained.weights, trained.accuracy);
      const error = saveModel(pageStore(), { weights: trained.weights, accuracy: trained.accuracy, epochs: trained.epochs, seed: this.state.seed, savedAt: Date.now() });
      this.#setNote(trainedLine(trained.accuracy, trained.epochs, seconds, trained.stopped, error), false);
      this.#schedule();
    }
    this.#renderButtons();
  }

  #stop(): void {
    if (!this.#run) return;
    this.#run.stop();
    this.#setNote(TEXT.stopping, true);
  }

  #forget(): void {
    if (this.#run) return;
    forgetModel(pageStore());
    this.#model = null;
    this.#setNote("", false);
    this.#schedule();
  }

  #setNote(text: string, training: boolean): void {
    this.#note = text;
    if (this.#progress) this.#progress.hidden = !training;
    this.#status?.setLive(!training || text === TEXT.stopping);
    this.#renderStatus();
  }

  /** Reads the drawing at the next animation frame (once per frame however many moves came in). */
  #schedule(): void {
    if (this.#frame) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      this.render();
    });
  }

  protected render(): void {
    const pad = this.#pad;
    if (!pad) return;
    pad.redraw();
    const digit = toDigit(pad.raster, Math.sqrt(pad.raster.length));
    if (this.#seen) drawGrey(this.#seen, digit, inkOf(this.#seen));
    const model = this.#model;
    this.#reading = model && !isBlank(pad.raster) ? probabilities(model, digit) : null;
    this.#bars?.set(this.#reading);
    this.#layer?.set(model ? firstLayer(model, digit) : null);
    this.#renderStatus();
    this.#renderButtons();
  }

  #renderStatus(): void {
    if (this.#run) return this.#status?.set(this.#note);
    const reading = this.#reading ? readingLine(this.#reading, this.#accuracy) : "";
    this.#status?.set(reading || this.#note || emptyLine(this.#model !== null));
  }

  #renderButtons(): void {
    const b = this.#buttons;
    if (!b) return;
    b.buttons[0].textContent = this.#model ? TEXT.retrain : TEXT.train;
    b.setDisabled(0, this.#run !== null);
    b.setDisabled(1, this.#run === null);
    // nothing to forget until a model is kept; and not mid-run, which would save it again at its end
    b.setDisabled(3, this.#run !== null || pageStore()?.getItem(STORAGE_KEY) == null);
  }

  protected disconnected(): void {
    // a reader who leaves mid-run: the worker ends now, nothing is left running
    if (this.#frame) cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    if (!this.#run) return;
    this.#run.cancel();
    this.#run = null;
    this.#setNote(TEXT.interrupted, false);
    this.#renderButtons();
  }
}

/** Each tensor's length in the model's stateDict, to check a saved model against. */
function sizesOf(model: ReturnType<typeof createModel>): Record<string, number> {
  return Object.fromEntries(Object.entries(model.stateDict()).map(([name, w]) => [name, w.length]));
}

defineWidget("nn-digit-reader", DigitReaderElement);

declare global {
  interface HTMLElementTagNameMap {
    "nn-digit-reader": DigitReaderElement;
  }
}
