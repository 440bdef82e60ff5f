// The kit's controls: a labelled slider with its value shown, a labelled select, a row of buttons
// and the status line. Each is a small object with its element and a setter that never fights the
// reader (a slider is not moved under a thumb that is dragging it).
import { html } from "./dom.ts";

export interface Range {
  readonly min: number;
  readonly max: number;
  readonly step: number;
}

export interface Slider {
  readonly element: HTMLDivElement;
  readonly input: HTMLInputElement;
  readonly label: HTMLLabelElement;
  /** Shows a value and its text, without moving the thumb under a reader who is dragging it. */
  set(value: number, text: string): void;
}

/** A range input with its label and its value beside the label; `onInput` gets each new value. */
export function createSlider(id: string, label: string, range: Range, onInput: (value: number) => void): Slider {
  const element = html("div", { class: "nnk-slider" });
  // a span, not an <output>: that has role status, and a widget has one status line
  const output = html("span", { class: "nnk-value" });
  const input = html("input", { id, type: "range", min: String(range.min), max: String(range.max), step: String(range.step) });
  input.addEventListener("input", () => onInput(Number(input.value)));
  const labelElement = html("label", { for: id }, label);
  element.append(labelElement, output, input);
  return {
    element,
    input,
    label: labelElement,
    set(value, text) {
      if (input.ownerDocument.activeElement !== input || Math.abs(Number(input.value) - value) > 1e-9) input.value = String(value);
      if (output.textContent !== text) output.textContent = text;
    },
  };
}

export interface Select {
  readonly element: HTMLDivElement;
  readonly select: HTMLSelectElement;
  /** Replaces the options (value, text). */
  options(options: readonly (readonly [string, string])[]): void;
  set(value: string): void;
}

/** A labelled select; `onChange` gets the chosen option's value. */
export function createSelect(
  id: string,
  label: string,
  options: readonly (readonly [string, string])[],
  onChange: (value: string) => void,
): Select {
  const select = html("select", { id });
  select.addEventListener("change", () => onChange(select.value));
  const element = html("div", { class: "nnk-field" });
  element.append(html("label", { for: id }, label), select);
  const fill = (list: readonly (readonly [string, string])[]) =>
    select.replaceChildren(...list.map(([value, text]) => html("option", { value }, text)));
  fill(options);
  return {
    element,
    select,
    options: fill,
    set(value) {
      if (select.value !== value) select.value = value;
    },
  };
}

export interface ButtonSpec {
  readonly label: string;
  readonly onClick: () => void;
  /** The widget's main action, drawn filled. */
  readonly primary?: boolean;
}

export interface ButtonRow {
  readonly element: HTMLDivElement;
  readonly buttons: HTMLButtonElement[];
  /**
   * Marks a button disabled with aria-disabled (the kit's one convention: a disabled button keeps
   * the keyboard focus, and a click on it does nothing).
   */
  setDisabled(index: number, disabled: boolean): void;
}

export function createButtons(specs: readonly ButtonSpec[]): ButtonRow {
  const element = html("div", { class: "nnk-buttons" });
  const buttons = specs.map(({ label, onClick, primary }) => {
    const b = html("button", { type: "button", ...(primary ? { class: "nnk-primary" } : {}) }, label);
    b.addEventListener("click", () => {
      if (b.getAttribute("aria-disabled") !== "true") onClick();
    });
    return b;
  });
  element.append(...buttons);
  return {
    element,
    buttons,
    setDisabled(index, disabled) {
      buttons[index].setAttribute("aria-disabled", String(disabled));
    },
  };
}

export interface StatusLine {
  readonly element: HTMLParagraphElement;
  set(text: string): void;
  /** Off while a run plays (it would change too often to read out), polite otherwise. */
  setLive(live: boolean): void;
}

/** The widget's one `role="status"` line, read out by screen readers when it changes. */
export function createStatus(attrs: Record<string, string> = {}): StatusLine {
  const element = html("p", { class: "nnk-status", role: "status", "aria-live": "polite", ...attrs });
  return {
    element,
    set(text) {
      if (element.textContent !== text) element.textContent = text;
    },
    setLive(live) {
      element.setAttribute("aria-live", live ? "polite" : "off");
    },
  };
}
