// The widget's panel: the function menu, the x slider, the read-out of f(x) and f′(x) with the
// formulas, and the status line, the controls from the kit. It reports what the reader does through handlers and never
// changes the state itself.
import { createSelect, createSlider, createStatus } from "../kit/controls.ts";
import { html } from "../kit/dom.ts";
import { ACTIVATIONS, ACTIVATION_NAMES, X_DOMAIN, X_STEP, isActivationName, read, type ActivationName, type ExplorerState } from "./model.ts";
import { nameOf, show } from "./text.ts";

export interface ControlHandlers {
  fn(name: ActivationName): void;
  x(value: number): void;
}

export interface Controls {
  readonly element: HTMLDivElement;
  render(state: ExplorerState): void;
  setStatus(text: string): void;
}

/** Builds the panel; id prefixes the ids that tie labels to their inputs. */
export function createControls(id: string, on: ControlHandlers): Controls {
  const select = createSelect(`${id}-fn`, "Function", ACTIVATION_NAMES.map((name) => [name, ACTIVATIONS[name].label] as const), (v) => {
    if (isActivationName(v)) on.fn(v);
  });
  const slider = createSlider(`${id}-x`, "x", { min: X_DOMAIN[0], max: X_DOMAIN[1], step: X_STEP }, on.x);

  const readout = html("dl", { class: "nnae-readout" });
  const fTerm = html("dt", { class: "nnae-key nnae-key--f" });
  const fValue = html("dd", { "data-testid": "f-value" });
  const dTerm = html("dt", { class: "nnae-key nnae-key--df" });
  const dValue = html("dd", { "data-testid": "df-value" });
  readout.append(fTerm, fValue, dTerm, dValue);

  const formulas = html("p", { class: "nnae-formulas" });
  const formula = html("span");
  const derivative = html("span");
  const range = html("span");
  const legend = html("span", {}, "dashed: the tangent at x, whose slope is f′(x)");
  formulas.append(formula, derivative, range, legend);

  const note = html(
    "p",
    { class: "nnae-note" },
    "Softmax is not in the menu: it maps a whole vector to a vector, so it has no single curve. Its derivative is a matrix (see the softmax section).",
  );
  const status = createStatus();

  const element = html("div", { class: "nnae-panel nnk-controls" });
  element.append(select.element, slider.element, readout, formulas, status.element, note);

  return {
    element,
    render(s) {
      const a = ACTIVATIONS[s.fn];
      select.set(s.fn);
      slider.set(s.x, show(s.x, 1));
      const { y, slope, kink } = read(s);
      const name = nameOf(s.fn);
      const at = show(s.x, 1);
      fTerm.textContent = `${name}(${at})`;
      fValue.textContent = show(y);
      dTerm.textContent = `${name}′(${at})`;
      dValue.textContent = kink ? `${show(slope)} (kink)` : show(slope);
      formula.textContent = a.formula;
      derivative.textContent = a.derivative;
      range.textContent = `range ${a.range}`;
    },
    setStatus: status.set,
  };
}
