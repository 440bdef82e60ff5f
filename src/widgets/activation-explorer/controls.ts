// The widget's panel: the function menu, the x slider, the read-out of f(x) and f′(x) with the
// formulas, and the status line. It reports what the reader does through handlers and never
// changes the state itself.
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
  const selectId = `${id}-fn`;
  const select = html("select", { id: selectId });
  for (const name of ACTIVATION_NAMES) select.append(html("option", { value: name }, ACTIVATIONS[name].label));
  select.addEventListener("change", () => {
    if (isActivationName(select.value)) on.fn(select.value);
  });
  const field = html("div", { class: "nnae-field" });
  field.append(html("label", { for: selectId }, "Function"), select);

  const sliderId = `${id}-x`;
  const slider = html("div", { class: "nnae-slider" });
  // a span, not an <output>: that has role status, and the widget has one status line
  const value = html("span", { class: "nnae-value" });
  const input = html("input", { id: sliderId, type: "range", min: String(X_DOMAIN[0]), max: String(X_DOMAIN[1]), step: String(X_STEP) });
  input.addEventListener("input", () => on.x(Number(input.value)));
  slider.append(html("label", { for: sliderId }, "x"), value, input);

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
  const status = html("p", { class: "nnae-status", role: "status", "aria-live": "polite" });

  const element = html("div", { class: "nnae-panel" });
  element.append(field, slider, readout, formulas, status, note);

  return {
    element,
    render(s) {
      const a = ACTIVATIONS[s.fn];
      if (select.value !== s.fn) select.value = s.fn;
      if (document.activeElement !== input || Number(input.value) !== s.x) input.value = String(s.x);
      value.textContent = show(s.x, 1);
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
    setStatus(text) {
      if (status.textContent !== text) status.textContent = text;
    },
  };
}
