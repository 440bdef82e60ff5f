// The "Embed" disclosure every widget has on the book's pages: the iframe snippet and the link for
// the widget as it is now, each with a copy button, and which controls the embed's readers may
// change (the others are locked, and may be hidden: a configured figure becomes an exercise).
// Filled when opened and kept current while open; the element base decides where it appears (not
// inside an embed).
import { html } from "./dom.ts";

export interface EmbedDetails {
  /** The embed address for the widget's current attributes. */
  readonly address: string;
  /** What to paste into a page: the iframe, then the host script line. */
  readonly snippet: string;
}

export interface EmbedControl {
  readonly element: HTMLDetailsElement;
  /** Shows the current details, if the control is open. */
  refresh(): void;
}

function copyButton(label: string, text: () => string): HTMLButtonElement {
  const button = html("button", { type: "button" }, label);
  button.addEventListener("click", () => {
    const done = () => {
      button.textContent = "Copied";
      setTimeout(() => (button.textContent = label), 1500);
    };
    navigator.clipboard?.writeText(text()).then(done, () => (button.textContent = "Select and copy by hand"));
  });
  return button;
}

/** What the teacher chose for the embed: the controls to lock, and those to hide (the locked ones, or none). */
export interface EmbedChoices {
  readonly lock: string[];
  readonly hide: string[];
}

export function createEmbedControl(
  uid: string,
  controls: () => readonly { name: string; label: string }[],
  details: (choices: EmbedChoices) => EmbedDetails,
): EmbedControl {
  const element = html("details", { class: "nnk-embed" });
  const summary = html("summary", {}, "Embed");
  const codeId = `${uid}-embed-code`;
  const codeLabel = html("label", { for: codeId }, "Paste into a page's HTML");
  const code = html("textarea", { id: codeId, readonly: "", rows: "4", spellcheck: "false" });
  const link = html("a", { target: "_blank", rel: "noopener" });
  const linkLine = html("p", { class: "nnk-embed-link" }, "Link to this configuration: ");
  linkLine.append(link);
  const buttons = html("div", { class: "nnk-buttons" });
  buttons.append(copyButton("Copy code", () => current().snippet), copyButton("Copy link", () => current().address));

  // which controls stay free: all by default; built when first opened (the widget's controls exist by then)
  const free = html("fieldset", { class: "nnk-embed-free" });
  free.append(html("legend", {}, "Readers of the embed may change"));
  const boxes = html("div", { class: "nnk-embed-boxes" });
  const hideId = `${uid}-embed-hide`;
  const hideBox = html("input", { type: "checkbox", id: hideId });
  const hideLine = html("div", { class: "nnk-embed-hide" });
  hideLine.append(hideBox, html("label", { for: hideId }, "Hide the controls they may not change"));
  free.append(boxes, hideLine);
  element.append(summary, codeLabel, code, buttons, linkLine, free);
  let checks: { name: string; box: HTMLInputElement }[] | null = null;
  const choices = (): EmbedChoices => {
    const lock = (checks ?? []).filter((c) => !c.box.checked).map((c) => c.name);
    return { lock, hide: hideBox.checked ? lock : [] };
  };
  const current = () => details(choices());

  const refresh = () => {
    if (!element.open) return;
    if (!checks) {
      checks = controls().map(({ name, label }) => {
        const id = `${uid}-embed-free-${name}`;
        const box = html("input", { type: "checkbox", id, checked: "" });
        const line = html("div", {});
        line.append(box, html("label", { for: id }, label));
        boxes.append(line);
        return { name, box };
      });
      free.hidden = checks.length === 0;
    }
    const { address, snippet } = current();
    code.value = snippet;
    link.href = address;
    link.textContent = address;
  };
  element.addEventListener("toggle", refresh);
  free.addEventListener("change", refresh);
  return { element, refresh };
}
