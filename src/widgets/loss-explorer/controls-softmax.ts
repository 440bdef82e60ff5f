// The softmax part's panel: one slider per logit, the temperature slider, the true-class menu and
// the status line. The logit sliders are rebuilt when the number of classes changes.
import { html } from "../kit/dom.ts";
import { RANGES, type LossExplorerState } from "./model.ts";
import { createSelect, createSlider, createStatus, type Slider } from "../kit/controls.ts";
import { className, short } from "./text.ts";

const SUBSCRIPTS = "₁₂₃₄₅₆";

export interface SoftmaxHandlers {
  logit(k: number, v: number): void;
  temperature(v: number): void;
  trueClass(k: number): void;
}

export interface SoftmaxControls {
  readonly element: HTMLDivElement;
  render(s: LossExplorerState): void;
  setStatus(text: string): void;
}

export function createSoftmaxControls(id: string, on: SoftmaxHandlers): SoftmaxControls {
  const logitBox = html("div", { class: "nnle-logits" });
  let logits: Slider[] = [];
  const temperature = createSlider(`${id}-t`, "temperature T", RANGES.temperature, on.temperature);

  const trueClass = createSelect(`${id}-class`, "true class", [], (v) => on.trueClass(Number(v)));
  const status = createStatus({ "data-testid": "softmax-status" });

  const element = html("div", { class: "nnle-panel nnk-controls" });
  element.append(logitBox, temperature.element, trueClass.element, status.element);

  function rebuild(n: number): void {
    logits = Array.from({ length: n }, (_, k) => createSlider(`${id}-z${k + 1}`, `logit z${SUBSCRIPTS[k]}`, RANGES.logit, (v) => on.logit(k, v)));
    logitBox.replaceChildren(...logits.map((sl) => sl.element));
    trueClass.options(Array.from({ length: n }, (_, k) => [String(k), className(k)] as const));
  }

  return {
    element,
    render(s) {
      if (logits.length !== s.logits.length) rebuild(s.logits.length);
      s.logits.forEach((v, k) => logits[k].set(v, short(v)));
      temperature.set(s.temperature, short(s.temperature));
      trueClass.set(String(s.trueClass));
    },
    setStatus: status.set,
  };
}
