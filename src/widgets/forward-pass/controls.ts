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

type Slider = { input: HTMLInputElement; output: HTMLSpanElement; row: HTMLDivElement; label: HTMLLabelElement };

function slider(id: string, label: string, range: typeof INPUT_SLIDER, onInput: (v: number) => void): Slider {
  const row = html("div", { class: "nnf-slider" });
  const output = html("span", { class: "nnf-number" }); // not <output>: the widget has one status line
  const input = html("input", { id, type: "range", min: String(range.min), max: String(range.max), step: String(range.step) });
  input.addEventListener("input", () => onInput(Number(input.value)));
  const labelEl = html("label", { for: id }, label);
  row.append(labelEl, output, input);
  return { input, output, row, label: labelEl };
}

function select(id: string, label: string, options: readonly (readonly [string, string])[], onChange: (v: string) => void) {
  const el = html("select", { id });
  for (const [value, text] of options) el.append(html("option", { value }, text));
  el.addEventListener("change", () => onChange(el.value));
  const field = html("div", { class: "nnf-field" });
  field.append(html("label", { for: id }, label), el);
  return { el, field };
}

function setSlider(s: Slider, value: number): void {
  if (document.activeElement !== s.input || Math.abs(Number(s.input.value) - value) > 1e-6) s.input.value = String(value);
  s.output.textContent = show(value, 2);
}

/** Builds the panel; id prefixes the ids that tie labels to their inputs. */
export function createControls(id: string, on: ControlHandlers): Controls {
  const inputs = [0, 1].map((i) => slider(`${id}-x${i + 1}`, `x${"₁₂"[i]}`, INPUT_SLIDER, (v) => on.input(i, v)));
  const inputBox = html("fieldset", { class: "nnf-group" });
  inputBox.append(html("legend", {}, "Input"), ...inputs.map((s) => s.row));

  const hidden = select(`${id}-activation`, "Hidden activation", HIDDEN_ACTIVATIONS.map((a) => [a, ACTIVATION_LABELS[a]] as const), (v) => {
    if (isHiddenActivation(v)) on.activation(v);
  });
  const output = select(`${id}-output`, "Output", OUTPUT_ACTIVATIONS.map((a) => [a, ACTIVATION_LABELS[a]] as const), (v) => {
    if (isOutputActivation(v)) on.output(v);
  });
  const edges = select(`${id}-edges`, "Edge labels", [["weight", "weight w"], ["product", "w × input"]], (v) => {
    if (isEdgeLabels(v)) on.edges(v);
  });
  const functionBox = html("fieldset", { class: "nnf-group" });
  functionBox.append(html("legend", {}, "Functions"), hidden.field, output.field, edges.field);

  const picker = select(`${id}-parameter`, "Parameter", PARAMETERS.map((p, i) => [String(i), parameterLabel(p)] as const), (v) => {
    on.select(PARAMETERS[Number(v)]);
  });
  let selected: ParameterRef = PARAMETERS[0];
  const value = slider(`${id}-value`, "Value", PARAMETER_SLIDER, (v) => on.parameter(selected, v));
  const reset = html("button", { type: "button" }, "Reset");
  reset.addEventListener("click", () => on.reset());
  const editBox = html("fieldset", { class: "nnf-group" });
  editBox.append(html("legend", {}, "Edit a weight"), picker.field, value.row, reset);

  const status = html("p", { class: "nnf-status", role: "status", "aria-live": "polite" });
  const groups = html("div", { class: "nnf-groups" });
  groups.append(inputBox, functionBox, editBox);
  const element = html("div", { class: "nnf-panel" });
  element.append(groups, status);

  return {
    element,
    render(state, p) {
      selected = p;
      inputs.forEach((s, i) => setSlider(s, state.x[i]));
      if (hidden.el.value !== state.activation) hidden.el.value = state.activation;
      if (output.el.value !== state.output) output.el.value = state.output;
      if (edges.el.value !== state.edges) edges.el.value = state.edges;
      const index = String(PARAMETERS.findIndex((q) => q.layer === p.layer && q.row === p.row && q.col === p.col));
      if (picker.el.value !== index) picker.el.value = index;
      value.label.textContent = `Value of ${parameterName(p)}`;
      setSlider(value, getParameter(state, p));
    },
    focusParameter() {
      value.input.focus({ preventScroll: true });
    },
    setStatus(text) {
      if (status.textContent !== text) status.textContent = text;
    },
  };
}
