// The widget's controls: the expression field with its inline error, a number field per variable,
// the step buttons and the status line. It reports what the reader does through handlers and never
// changes the state itself.
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

  const buttons = html("div", { class: "nng-buttons" });
  const make = (label: string, to: "start" | "back" | "next" | "end", cls = "") => {
    const b = html("button", { type: "button", class: cls }, label);
    // aria-disabled rather than disabled, so a button keeps the keyboard focus at either end
    b.addEventListener("click", () => {
      if (b.getAttribute("aria-disabled") !== "true") on.step(to);
    });
    buttons.append(b);
    return b;
  };
  const start = make("Start over", "start");
  const back = make("Previous step", "back");
  const next = make("Next step", "next", "nng-primary");
  const end = make("Run to end", "end");
  const status = html("p", { class: "nng-status", role: "status", "aria-live": "polite" });

  const top = html("div", { class: "nng-panel" });
  top.append(exprField, error, valueBox);
  const stepper = html("div", { class: "nng-panel" });
  stepper.append(buttons, status);

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
      const at = (b: HTMLButtonElement, off: boolean) => b.setAttribute("aria-disabled", String(off));
      at(start, bad || state.step === 0);
      at(back, bad || state.step === 0);
      at(next, bad || state.step >= last);
      at(end, bad || state.step >= last);
    },
    setStatus(text) {
      if (status.textContent !== text) status.textContent = text;
    },
  };
}
