// The softmax part's panel: one slider per logit, the temperature slider, the true-class menu and
// the status line. The logit sliders are rebuilt when the number of classes changes.
import { html } from "../kit/dom.ts";
import { RANGES, type LossExplorerState } from "./model.ts";
import { createSlider, type Slider } from "./slider.ts";
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

  const selectId = `${id}-class`;
  const select = html("select", { id: selectId });
  select.addEventListener("change", () => on.trueClass(Number(select.value)));
  const field = html("div", { class: "nnle-field" });
  field.append(html("label", { for: selectId }, "true class"), select);
  const status = html("p", { class: "nnle-status", role: "status", "aria-live": "polite", "data-testid": "softmax-status" });

  const element = html("div", { class: "nnle-panel" });
  element.append(logitBox, temperature.element, field, status);

  function rebuild(n: number): void {
    logits = Array.from({ length: n }, (_, k) => createSlider(`${id}-z${k + 1}`, `logit z${SUBSCRIPTS[k]}`, RANGES.logit, (v) => on.logit(k, v)));
    logitBox.replaceChildren(...logits.map((sl) => sl.element));
    select.replaceChildren(...Array.from({ length: n }, (_, k) => html("option", { value: String(k) }, className(k))));
  }

  return {
    element,
    render(s) {
      if (logits.length !== s.logits.length) rebuild(s.logits.length);
      s.logits.forEach((v, k) => logits[k].set(v, short(v)));
      temperature.set(s.temperature, short(s.temperature));
      if (select.value !== String(s.trueClass)) select.value = String(s.trueClass);
    },
    setStatus(text) {
      if (status.textContent !== text) status.textContent = text;
    },
  };
}
