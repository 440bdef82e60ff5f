// The widget's panel: a slider for each parameter, the data-set picker, the training buttons,
// the readout of the equation and counters, and the status line, all from the kit. It reports
// what the reader does through handlers and never changes the state itself.
import { createButtons, createSelect, createSlider, createStatus } from "../kit/controls.ts";
import { html } from "../kit/dom.ts";
import { show } from "../kit/format.ts";
import { DATASETS, DATASET_LABELS, isDatasetName, type DatasetName } from "./datasets.ts";
import type { PerceptronState, Weights } from "./model.ts";
import { countersText, equationText } from "./text.ts";

const SLIDER = { min: -4, max: 4, step: 0.05 };

type WeightName = keyof Weights;
const WEIGHTS: readonly { name: WeightName; label: string }[] = [
  { name: "w1", label: "w₁" },
  { name: "w2", label: "w₂" },
  { name: "b", label: "b" },
];

export interface ControlHandlers {
  weight(name: WeightName, value: number): void;
  dataset(name: DatasetName): void;
  step(): void;
  /** The Train button, which reads Stop while a run animates. */
  train(): void;
  reset(): void;
}

export interface Controls {
  readonly element: HTMLDivElement;
  /** Shows a state's weights, data set, equation and counters. */
  render(state: PerceptronState): void;
  /** Labels the Train button Stop while a run animates. */
  setRunning(running: boolean): void;
  setStatus(text: string): void;
}

/** Builds the panel; id prefixes the ids that tie labels to their inputs. */
export function createControls(id: string, on: ControlHandlers): Controls {
  const sliders = WEIGHTS.map(({ name, label }) => createSlider(`${id}-${name}`, label, SLIDER, (v) => on.weight(name, v)));
  const sliderBox = html("div", { class: "nnp-sliders" });
  sliderBox.append(...sliders.map((s) => s.element));
  const dataset = createSelect(`${id}-dataset`, "Data set", DATASETS.map((d) => [d, DATASET_LABELS[d]] as const), (v) => {
    if (isDatasetName(v)) on.dataset(v);
  });
  const buttons = createButtons([
    { label: "Train one step", onClick: on.step },
    { label: "Train", onClick: on.train, primary: true },
    { label: "Reset", onClick: on.reset },
  ]);
  const readout = html("p", { class: "nnp-readout" });
  const equation = html("span", { class: "nnp-equation" });
  const counters = html("span");
  readout.append(equation, counters);
  const status = createStatus();

  const element = html("div", { class: "nnp-panel nnk-controls" });
  element.append(sliderBox, dataset.element, buttons.element, readout, status.element);

  return {
    element,
    render(s) {
      WEIGHTS.forEach(({ name }, i) => sliders[i].set(s[name], show(s[name])));
      dataset.set(s.dataset);
      equation.textContent = equationText(s);
      counters.textContent = countersText(s);
    },
    setRunning(running) {
      buttons.buttons[1].textContent = running ? "Stop" : "Train";
    },
    setStatus: status.set,
  };
}
