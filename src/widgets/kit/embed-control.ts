// The "Embed" disclosure every widget has on the book's pages: the iframe snippet and the link for
// the widget as it is now, each with a copy button. Filled when opened and kept current while
// open; the element base decides where it appears (not inside an embed).
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

export function createEmbedControl(uid: string, details: () => EmbedDetails): EmbedControl {
  const element = html("details", { class: "nnk-embed" });
  const summary = html("summary", {}, "Embed");
  const codeId = `${uid}-embed-code`;
  const codeLabel = html("label", { for: codeId }, "Paste into a page's HTML");
  const code = html("textarea", { id: codeId, readonly: "", rows: "4", spellcheck: "false" });
  const link = html("a", { target: "_blank", rel: "noopener" });
  const linkLine = html("p", { class: "nnk-embed-link" }, "Link to this configuration: ");
  linkLine.append(link);
  const buttons = html("div", { class: "nnk-buttons" });
  buttons.append(copyButton("Copy code", () => details().snippet), copyButton("Copy link", () => details().address));
  element.append(summary, codeLabel, code, buttons, linkLine);

  const refresh = () => {
    if (!element.open) return;
    const { address, snippet } = details();
    code.value = snippet;
    link.href = address;
    link.textContent = address;
  };
  element.addEventListener("toggle", refresh);
  return { element, refresh };
}
