// A labelled range input with its value shown beside the label, as every slider in the widget is.
import { html } from "../kit/dom.ts";

export interface Slider {
  readonly element: HTMLDivElement;
  readonly input: HTMLInputElement;
  /** Shows a value, without moving the thumb under a reader who is dragging it. */
  set(value: number, text: string): void;
}

export function createSlider(
  id: string,
  label: string,
  range: { readonly min: number; readonly max: number; readonly step: number },
  onInput: (value: number) => void,
): Slider {
  const element = html("div", { class: "nnle-slider" });
  // a span, not an <output>: that has role status, and each part has one status line
  const output = html("span", { class: "nnle-value" });
  const input = html("input", { id, type: "range", min: String(range.min), max: String(range.max), step: String(range.step) });
  input.addEventListener("input", () => onInput(Number(input.value)));
  element.append(html("label", { for: id }, label), output, input);
  return {
    element,
    input,
    set(value, text) {
      if (document.activeElement !== input || Number(input.value) !== value) input.value = String(value);
      output.textContent = text;
    },
  };
}
