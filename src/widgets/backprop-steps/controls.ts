// The widget's controls: Previous step, Next step, Reset, the learning-rate slider and the status
// line. It reports what the reader does through handlers and never changes the state itself.
import { html } from "../kit/dom.ts";
import { LAST_STEP, canGoBack, type BackpropState } from "./model.ts";
import { short } from "./text.ts";

const LR = { min: 0.05, max: 3, step: 0.05 };

export interface ControlHandlers {
  next(): void;
  previous(): void;
  reset(): void;
  learningRate(lr: number): void;
}

export interface Controls {
  /** The buttons and the status line. */
  readonly element: HTMLDivElement;
  /** The learning-rate slider. */
  readonly settings: HTMLDivElement;
  render(state: BackpropState): void;
  setStatus(text: string): void;
}

/** Builds the controls; id prefixes the ids that tie labels to their inputs. */
export function createControls(id: string, on: ControlHandlers): Controls {
  const previous = html("button", { type: "button" }, "Previous step");
  const next = html("button", { type: "button", class: "nnbs-primary" }, "Next step");
  const reset = html("button", { type: "button" }, "Reset");
  previous.addEventListener("click", () => on.previous());
  next.addEventListener("click", () => on.next());
  reset.addEventListener("click", () => on.reset());
  const buttons = html("div", { class: "nnbs-buttons" });
  buttons.append(previous, next, reset);

  const inputId = `${id}-lr`;
  const slider = html("div", { class: "nnbs-slider" });
  // a span, not an <output>: that has role status, and the widget has one status line
  const value = html("span", { class: "nnbs-value" });
  const input = html("input", { id: inputId, type: "range", min: String(LR.min), max: String(LR.max), step: String(LR.step) });
  input.addEventListener("input", () => on.learningRate(Number(input.value)));
  slider.append(html("label", { for: inputId }, "Learning rate η"), value, input);

  const status = html("p", { class: "nnbs-status", role: "status", "aria-live": "polite" });
  const element = html("div", { class: "nnbs-controls" });
  element.append(buttons, status);

  return {
    element,
    settings: slider,
    render(s) {
      const lr = s.config.lr;
      if (document.activeElement !== input || Number(input.value) !== lr) input.value = String(lr);
      value.textContent = short(lr);
      // Previous is never disabled (a disabled button drops the keyboard focus): at the start it does nothing
      previous.setAttribute("aria-disabled", String(!canGoBack(s)));
      next.textContent = s.step === LAST_STEP ? "Next step (new iteration)" : "Next step";
    },
    setStatus(text) {
      if (status.textContent !== text) status.textContent = text;
    },
  };
}
