// The widget's controls: the expression field with its inline error, a number field per variable,
// the step buttons and the status line. It reports what the reader does through handlers and never
// changes the state itself.
import { createButtons, createStatus } from "../kit/controls.ts";
import { html } from "../kit/dom.ts";
import { lastStep, variableValues, type GraphState } from "./model.ts";
import { errorText } from "./text.ts";

export interface ControlHandlers {
  expression(text: string): void;
  value(name: string, value: number): void;
  /** Go to a step: 0 (Start over), one back, one on, or the last (Run to end). */
  step(to: "start" | "back" | "next" | "end"): void;
}

export interface Controls {
  /** The expression, its error and the values: above the figure. */
  readonly inputs: HTMLDivElement;
  /** The step buttons and the status line: below the figure, next to what they change. */
  readonly stepper: HTMLDivElement;
  render(state: GraphState): void;
  setStatus(text: string): void;
}

export function createControls(id: string, on: ControlHandlers): Controls {
  const exprId = `${id}-expr`, errorId = `${id}-error`;
  const expr = html("input", {
    id: exprId, type: "text", class: "nng-expr", spellcheck: "false", autocomplete: "off",
    autocapitalize: "off", "aria-describedby": `${errorId} ${id}-help`,
  });
  expr.addEventListener("input", () => on.expression(expr.value));
  const exprField = html("div", { class: "nng-field" });
  exprField.append(
    html("label", { for: exprId }, "Expression"),
    expr,
    html("p", { id: `${id}-help`, class: "nng-help" }, "Use + − * / ^, parentheses, numbers, variables, and tanh exp log relu sigmoid, as tanh(a*b + c) or (a*b + c).tanh()."),
  );
  const error = html("p", { id: errorId, class: "nng-error" });

  const valueBox = html("fieldset", { class: "nng-values" });
  const inputs = new Map<string, HTMLInputElement>();

  // the kit's buttons are disabled with aria-disabled, so a button keeps the keyboard focus at either end
  const buttons = createButtons([
    { label: "Start over", onClick: () => on.step("start") },
    { label: "Previous step", onClick: () => on.step("back") },
    { label: "Next step", onClick: () => on.step("next"), primary: true },
    { label: "Run to end", onClick: () => on.step("end") },
  ]);
  const status = createStatus();

  const top = html("div", { class: "nng-panel nnk-controls" });
  top.append(exprField, error, valueBox);
  const stepper = html("div", { class: "nng-panel nnk-controls" });
  stepper.append(buttons.element, status.element);

  function renderValues(state: GraphState): void {
    const pairs = variableValues(state);
    const names = pairs.map(([n]) => n).join(" ");
    if (valueBox.dataset.names !== names) {
      valueBox.dataset.names = names;
      inputs.clear();
      valueBox.replaceChildren(html("legend", {}, "Values"));
      for (const [name] of pairs) {
        const inputId = `${id}-value-${name}`;
        const input = html("input", { id: inputId, type: "number", step: "0.1", inputmode: "decimal" });
        input.addEventListener("input", () => {
          if (input.value.trim() !== "" && Number.isFinite(input.valueAsNumber)) on.value(name, input.valueAsNumber);
        });
        const row = html("div", { class: "nng-value" });
        row.append(html("label", { for: inputId }, name), input);
        valueBox.append(row);
        inputs.set(name, input);
      }
    }
    for (const [name, v] of pairs) {
      const input = inputs.get(name);
      if (input && (document.activeElement !== input || input.valueAsNumber !== v)) input.value = String(v);
    }
  }

  return {
    inputs: top,
    stepper,
    render(state) {
      if (expr.value !== state.expr) expr.value = state.expr;
      const bad = state.error !== null;
      expr.setAttribute("aria-invalid", String(bad));
      error.textContent = state.error ? errorText(state.error.message, state.error.at, state.expr) : "";
      error.hidden = !bad;
      if (!bad) renderValues(state);
      valueBox.hidden = bad || state.variables.length === 0; // the values belong to a graph that is not there
      const last = lastStep(state);
      [state.step === 0, state.step === 0, state.step >= last, state.step >= last].forEach((off, i) => buttons.setDisabled(i, bad || off));
    },
    setStatus: status.set,
  };
}
