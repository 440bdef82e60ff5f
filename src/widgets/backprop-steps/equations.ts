// The list of the steps' equations, with the current one lit and its numbers substituted under it.
// The list is server-rendered with KaTeX by BackpropSteps.astro; an element made without it (by a
// script) builds the same list with the plain-text equations.
import { html } from "../kit/dom.ts";
import { STEPS, stepId, type BackpropState } from "./model.ts";
import { STEP_TEXT } from "./steps.ts";
import { numbersText } from "./text.ts";

export interface Equations {
  readonly element: HTMLOListElement;
  render(state: BackpropState): void;
}

function plainList(): HTMLOListElement {
  const ol = html("ol", { class: "nnbs-steps" });
  for (const [n, id] of STEPS.entries()) {
    const li = html("li", { "data-step": id });
    const eqs = html("span", { class: "nnbs-eqs" });
    STEP_TEXT[id].plain.forEach((eq, i) => {
      if (i > 0) eqs.append(html("span", { class: "nnbs-sep" }, "; "));
      eqs.append(html("span", { class: "nnbs-eq" }, eq));
    });
    li.append(html("span", { class: "nnbs-step-title" }, `${n}. ${STEP_TEXT[id].title}`), html("span", { class: "nnbs-sep" }, ": "), eqs, html("span", { class: "nnbs-sep" }, "."));
    ol.append(li);
  }
  return ol;
}

/** Takes over the server-rendered list if there is one. */
export function createEquations(existing: HTMLOListElement | null): Equations {
  const element = existing ?? plainList();
  const numbers = html("div", { class: "nnbs-numbers", "data-testid": "numbers" });
  return {
    element,
    render(state) {
      const current = stepId(state);
      for (const li of element.querySelectorAll<HTMLLIElement>("li[data-step]")) {
        const lit = li.dataset.step === current;
        li.classList.toggle("is-current", lit);
        if (lit) li.setAttribute("aria-current", "step");
        else li.removeAttribute("aria-current");
        if (lit && numbers.parentElement !== li) li.append(numbers);
      }
      numbers.replaceChildren(...numbersText(state).map((line) => html("span", {}, line)));
    },
  };
}
