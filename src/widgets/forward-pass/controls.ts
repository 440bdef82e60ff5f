// The widget's panel: sliders for the inputs, the activation pickers, the parameter editor (pick a
// weight or bias, then move its slider) and the status line. It reports what the reader does
// through handlers and never changes the state itself.
import {
  ACTIVATION_LABELS,
  HIDDEN_ACTIVATIONS,
  OUTPUT_ACTIVATIONS,
  isHiddenActivation,
  isOutputActivation,
  type HiddenActivation,
  type OutputActivation,
} from "./activations.ts";
import { createButtons, createSelect, createSlider, createStatus } from "../kit/controls.ts";
import { html } from "../kit/dom.ts";
import { allParameters, getParameter, isEdgeLabels, type EdgeLabels, type ParameterRef, type State } from "./model.ts";
import { parameterLabel, parameterName, show } from "./text.ts";

const INPUT_SLIDER = { min: -3, max: 3, step: 0.1 };
const PARAMETER_SLIDER = { min: -3, max: 3, step: 0.01 };
const PARAMETERS = allParameters();

export interface ControlHandlers {
  input(index: number, value: number): void;
  activation(name: HiddenActivation): void;
  output(name: OutputActivation): void;
  edges(labels: EdgeLabels): void;
  select(p: ParameterRef): void;
  parameter(p: ParameterRef, value: number): void;
  reset(): void;
}

export interface Controls {
  readonly element: HTMLDivElement;
  render(state: State, selected: ParameterRef): void;
  /** Moves focus to the parameter's slider, after an edge was clicked. */
  focusParameter(): void;
  setStatus(text: string): void;
}

/** Builds the panel; id prefixes the ids that tie labels to their inputs. */
export function createControls(id: string, on: ControlHandlers): Controls {
  const inputs = [0, 1].map((i) => createSlider(`${id}-x${i + 1}`, `x${"₁₂"[i]}`, INPUT_SLIDER, (v) => on.input(i, v)));
  const inputBox = html("fieldset", { class: "nnf-group" });
  inputBox.append(html("legend", {}, "Input"), ...inputs.map((s) => s.element));

  const hidden = createSelect(`${id}-activation`, "Hidden activation", HIDDEN_ACTIVATIONS.map((a) => [a, ACTIVATION_LABELS[a]] as const), (v) => {
    if (isHiddenActivation(v)) on.activation(v);
  });
  const output = createSelect(`${id}-output`, "Output", OUTPUT_ACTIVATIONS.map((a) => [a, ACTIVATION_LABELS[a]] as const), (v) => {
    if (isOutputActivation(v)) on.output(v);
  });
  const edges = createSelect(`${id}-edges`, "Edge labels", [["weight", "weight w"], ["product", "w × input"]], (v) => {
    if (isEdgeLabels(v)) on.edges(v);
  });
  const functionBox = html("fieldset", { class: "nnf-group" });
  functionBox.append(html("legend", {}, "Functions"), hidden.element, output.element, edges.element);

  const picker = createSelect(`${id}-parameter`, "Parameter", PARAMETERS.map((p, i) => [String(i), parameterLabel(p)] as const), (v) => {
    on.select(PARAMETERS[Number(v)]);
  });
  let selected: ParameterRef = PARAMETERS[0];
  const value = createSlider(`${id}-value`, "Value", PARAMETER_SLIDER, (v) => on.parameter(selected, v));
  const reset = createButtons([{ label: "Reset", onClick: on.reset }]);
  const editBox = html("fieldset", { class: "nnf-group" });
  editBox.append(html("legend", {}, "Edit a weight"), picker.element, value.element, reset.element);

  const status = createStatus();
  const groups = html("div", { class: "nnf-groups" });
  groups.append(inputBox, functionBox, editBox);
  const element = html("div", { class: "nnf-panel nnk-controls" });
  element.append(groups, status.element);

  return {
    element,
    render(state, p) {
      selected = p;
      inputs.forEach((s, i) => s.set(state.x[i], show(state.x[i], 2)));
      hidden.set(state.activation);
      output.set(state.output);
      edges.set(state.edges);
      const index = String(PARAMETERS.findIndex((q) => q.layer === p.layer && q.row === p.row && q.col === p.col));
      picker.set(index);
      value.label.textContent = `Value of ${parameterName(p)}`;
      const v = getParameter(state, p);
      value.set(v, show(v, 2));
    },
    focusParameter() {
      value.input.focus({ preventScroll: true });
    },
    setStatus: status.set,
  };
}
