// The widget's panel: a slider for each parameter, the data-set picker, the training buttons,
// the readout of the equation and counters, and the status line. It reports what the reader does
// through handlers and never changes the state itself.
import { DATASETS, DATASET_LABELS, isDatasetName, type DatasetName } from "./datasets.ts";
import { html } from "../kit/dom.ts";
import type { PerceptronState, Weights } from "./model.ts";
import { countersText, equationText, show } from "./text.ts";

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
  const sliders = {} as Record<WeightName, { input: HTMLInputElement; output: HTMLSpanElement }>;
  const sliderBox = html("div", { class: "nnp-sliders" });
  for (const { name, label } of WEIGHTS) {
    const inputId = `${id}-${name}`;
    const row = html("div", { class: "nnp-slider" });
    // a span, not an <output>: that has role status, and the widget has one status line
    const output = html("span", { class: "nnp-value" });
    const input = html("input", {
      id: inputId,
      type: "range",
      min: String(SLIDER.min),
      max: String(SLIDER.max),
      step: String(SLIDER.step),
    });
    input.addEventListener("input", () => on.weight(name, Number(input.value)));
    row.append(html("label", { for: inputId }, label), output, input);
    sliderBox.append(row);
    sliders[name] = { input, output };
  }

  const selectId = `${id}-dataset`;
  const select = html("select", { id: selectId });
  for (const name of DATASETS) select.append(html("option", { value: name }, DATASET_LABELS[name]));
  select.addEventListener("change", () => {
    if (isDatasetName(select.value)) on.dataset(select.value);
  });
  const field = html("div", { class: "nnp-field" });
  field.append(html("label", { for: selectId }, "Data set"), select);

  const stepButton = html("button", { type: "button" }, "Train one step");
  const trainButton = html("button", { type: "button", class: "nnp-primary" }, "Train");
  const resetButton = html("button", { type: "button" }, "Reset");
  stepButton.addEventListener("click", () => on.step());
  trainButton.addEventListener("click", () => on.train());
  resetButton.addEventListener("click", () => on.reset());
  const buttons = html("div", { class: "nnp-buttons" });
  buttons.append(stepButton, trainButton, resetButton);

  const readout = html("p", { class: "nnp-readout" });
  const equation = html("span", { class: "nnp-equation" });
  const counters = html("span");
  readout.append(equation, counters);
  const status = html("p", { class: "nnp-status", role: "status", "aria-live": "polite" });

  const element = html("div", { class: "nnp-panel" });
  element.append(sliderBox, field, buttons, readout, status);

  return {
    element,
    render(s) {
      for (const { name } of WEIGHTS) {
        const { input, output } = sliders[name];
        const value = s[name];
        if (document.activeElement !== input || Number(input.value) !== value) input.value = String(value);
        output.textContent = show(value);
      }
      if (select.value !== s.dataset) select.value = s.dataset;
      equation.textContent = equationText(s);
      counters.textContent = countersText(s);
    },
    setRunning(running) {
      trainButton.textContent = running ? "Stop" : "Train";
    },
    setStatus(text) {
      if (status.textContent !== text) status.textContent = text;
    },
  };
}
