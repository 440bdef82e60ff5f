// Opening a widget in a test: every widget, the chapter it lives in, and what its status line
// says once it is upgraded and drawn. One helper for every widget spec.
import { expect, type Locator, type Page } from "@playwright/test";

export interface WidgetPage {
  readonly tag: string;
  readonly chapter: string;
  /** Which of the chapter's copies (0: the first). */
  readonly nth?: number;
  /** The status line of the upgraded widget (its first one, if it has two). */
  readonly ready: RegExp | string;
}

export const WIDGETS = {
  perceptron: { tag: "nn-perceptron", chapter: "/chapters/perceptron/", ready: /\d+ of \d+ points misclassified/ },
  "activation-explorer": { tag: "nn-activation-explorer", chapter: "/chapters/forward-pass/", ready: "sigmoid: σ(1.0) = 0.731, σ′(1.0) = 0.197" },
  "forward-pass": { tag: "nn-forward-pass", chapter: "/chapters/forward-pass/", ready: /^Output ŷ = / },
  "loss-explorer": { tag: "nn-loss-explorer", chapter: "/chapters/losses/", ready: /^ŷ = / },
  "loss-explorer-softmax": { tag: "nn-loss-explorer", chapter: "/chapters/losses/", nth: 1, ready: /^True class/ },
  graph: { tag: "nn-graph", chapter: "/chapters/backprop/", ready: /^Step 0 of 11/ },
  "backprop-steps": { tag: "nn-backprop-steps", chapter: "/chapters/backprop/", ready: /^Iteration 1: ready/ },
  "gradient-flow": { tag: "nn-gradient-flow", chapter: "/chapters/vanishing-gradients/", ready: /^Step \d+, loss/ },
  overfitting: { tag: "nn-overfitting", chapter: "/chapters/regularization/", ready: /^Step \d+: train loss/ },
} as const satisfies Record<string, WidgetPage>;

/** Goes to the widget's chapter, scrolls to it and waits until it is upgraded and drawn. */
export async function openWidget(page: Page, widget: WidgetPage, { goto = true } = {}): Promise<Locator> {
  if (goto) await page.goto(widget.chapter);
  const element = page.locator(widget.tag).nth(widget.nth ?? 0);
  await element.scrollIntoViewIfNeeded();
  await expect(element.getByRole("status").first()).toHaveText(widget.ready);
  return element;
}
