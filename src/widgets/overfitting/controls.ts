// The playground's panel: data set, noise, train fraction, width, depth, L1, L2, dropout, learning
// rate and early stopping, the Play/Pause, Step and Reset buttons, and the status line, all from
// the kit. It reports what the reader does through handlers and never changes the state itself.
import { createSelect, createSlider, createStatus } from "../kit/controls.ts";
import { createRunButtons } from "../kit/run-buttons.ts";
import { html } from "../kit/dom.ts";
import { show } from "../kit/format.ts";
import { DATASETS, DATASET_LABELS, LIMITS, STRENGTHS, strengthIndex, type Config, type DatasetName } from "./config.ts";
import { POINTS } from "./dataset.ts";
import { rateText } from "./text.ts";

export interface ControlHandlers {
  change(change: Partial<Config>): void;
  /** Play or Pause, by what the button shows. */
  play(): void;
  step(): void;
  reset(): void;
}

export interface Controls {
  readonly element: HTMLDivElement;
  readonly status: HTMLParagraphElement;
  render(config: Config): void;
  setPlaying(playing: boolean): void;
  /** Disables Play and Step once a run cannot go on. */
  setFinished(finished: boolean): void;
  setStatus(text: string): void;
  /** The status line is not read out while a run plays: it changes too often. */
  setLive(live: boolean): void;
}

const strengthRange = { min: 0, max: STRENGTHS.length - 1, step: 1 };
const lrOf = (log: number) => Math.round(10 ** log * 1e5) / 1e5;

/** Builds the panel; id prefixes the ids that tie labels to their inputs. */
export function createControls(id: string, on: ControlHandlers): Controls {
  const dataset = createSelect(`${id}-dataset`, "Data set", DATASETS.map((d) => [d, DATASET_LABELS[d]] as const), (v) => on.change({ dataset: v as DatasetName }));
  const early = createSelect(`${id}-early`, "Early stopping", [["off", "off"], ["on", "on, with a validation set"]], (v) => on.change({ earlyStopping: v === "on" }));
  const noise = createSlider(`${id}-noise`, "Noise", LIMITS.noise, (v) => on.change({ noise: v }));
  const fraction = createSlider(`${id}-fraction`, "Training points", LIMITS.trainFraction, (v) => on.change({ trainFraction: v }));
  const width = createSlider(`${id}-width`, "Units per layer", LIMITS.width, (v) => on.change({ width: v }));
  const depth = createSlider(`${id}-depth`, "Hidden layers", LIMITS.depth, (v) => on.change({ depth: v }));
  const l1 = createSlider(`${id}-l1`, "L1 strength λ₁", strengthRange, (v) => on.change({ l1: STRENGTHS[v] }));
  const l2 = createSlider(`${id}-l2`, "L2 strength λ₂", strengthRange, (v) => on.change({ l2: STRENGTHS[v] }));
  const dropout = createSlider(`${id}-dropout`, "Dropout rate", LIMITS.dropout, (v) => on.change({ dropout: v }));
  const lr = createSlider(`${id}-lr`, "Learning rate", LIMITS.logLr, (v) => on.change({ lr: lrOf(v) }));
  const buttons = createRunButtons(on);
  const fields = html("div", { class: "nnof-fields" });
  fields.append(dataset.element, noise.element, fraction.element, width.element, depth.element, lr.element, l1.element, l2.element, dropout.element, early.element);
  const status = createStatus();
  const element = html("div", { class: "nnof-controls nnk-controls" });
  element.append(buttons.element, fields);

  return {
    element,
    status: status.element,
    render(config) {
      dataset.set(config.dataset);
      early.set(config.earlyStopping ? "on" : "off");
      noise.set(config.noise, show(config.noise, 2));
      const nTrain = Math.round(config.trainFraction * POINTS);
      fraction.set(config.trainFraction, `${nTrain} of ${POINTS}`);
      width.set(config.width, String(config.width));
      depth.set(config.depth, String(config.depth));
      l1.set(strengthIndex(config.l1), rateText(config.l1));
      l2.set(strengthIndex(config.l2), rateText(config.l2));
      dropout.set(config.dropout, show(config.dropout, 2));
      lr.set(Math.log10(config.lr), rateText(config.lr));
    },
    setPlaying: buttons.setPlaying,
    setFinished: buttons.setFinished,
    setStatus: status.set,
    setLive: status.setLive,
  };
}
