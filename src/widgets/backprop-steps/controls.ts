// The widget's controls: Previous step, Next step, Reset, the learning-rate slider and the status
// line, all from the kit. It reports what the reader does through handlers and never changes the
// state itself.
import { createButtons, createSlider, createStatus } from "../kit/controls.ts";
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
  const buttons = createButtons([
    { label: "Previous step", onClick: on.previous },
    { label: "Next step", onClick: on.next, primary: true },
    { label: "Reset", onClick: on.reset },
  ]);
  const slider = createSlider(`${id}-lr`, "Learning rate η", LR, on.learningRate);
  slider.element.classList.add("nnbs-slider");
  const status = createStatus();
  const element = html("div", { class: "nnbs-controls nnk-controls" });
  element.append(buttons.element, status.element);

  return {
    element,
    settings: slider.element,
    render(s) {
      slider.set(s.config.lr, short(s.config.lr));
      // Previous is aria-disabled, never disabled (that drops the keyboard focus): at the start it does nothing
      buttons.setDisabled(0, !canGoBack(s));
      buttons.buttons[1].textContent = s.step === LAST_STEP ? "Next step (new iteration)" : "Next step";
    },
    setStatus: status.set,
  };
}
