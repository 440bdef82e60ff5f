// What every widget does the same way, table-driven: it follows its attributes (so a link can
// configure it), keeps its figure in view on a phone while its controls are used, prints as its
// figure and description, and its fallback text reads as sentences.
import { test, expect, type Locator, type Page } from "@playwright/test";
import { collectErrors } from "./console.ts";
import { WIDGETS, openWidget, type WidgetPage } from "./widget.ts";

interface AttributesCase {
  readonly widget: WidgetPage;
  readonly set: Record<string, string>;
  readonly check: (widget: Locator, page: Page) => Promise<void>;
}

const FOLLOWS: AttributesCase[] = [
  {
    widget: WIDGETS.perceptron,
    set: { dataset: "and", w1: "1", w2: "1", b: "-1.5" },
    async check(widget) {
      await expect(widget.getByLabel("Data set", { exact: true })).toHaveValue("and");
      await expect(widget.getByLabel("w₂", { exact: true })).toHaveValue("1");
      await expect(widget.getByLabel("b", { exact: true })).toHaveValue("-1.5");
      await expect(widget.getByRole("status")).toHaveText("0 of 4 points misclassified"); // the AND neuron
    },
  },
  {
    widget: WIDGETS["activation-explorer"],
    set: { fn: "leaky-relu", x: "-2" },
    async check(widget) {
      // the engine's slope, 0.01 (this widget drew 0.1 before the kit)
      await expect(widget.getByRole("status")).toHaveText("leaky ReLU: LeakyReLU(−2.0) = −0.020, LeakyReLU′(−2.0) = 0.010");
      await expect(widget.getByLabel("Function", { exact: true })).toHaveValue("leaky-relu");
      await expect(widget.getByLabel("x", { exact: true })).toHaveValue("-2");
    },
  },
  {
    widget: WIDGETS["forward-pass"],
    set: { activation: "sigmoid", output: "softmax", x: "0.5,-1" },
    async check(widget) {
      await expect(widget.getByLabel("Hidden activation")).toHaveValue("sigmoid");
      await expect(widget.getByLabel("Output", { exact: true })).toHaveValue("softmax");
      await expect(widget.getByRole("status")).toContainText("(probabilities) for x = (0.5, −1)");
    },
  },
  {
    widget: WIDGETS["loss-explorer-softmax"],
    set: { logits: "0,0,0", "true-class": "1" },
    async check(widget) {
      await expect(widget.getByLabel("logit z₃", { exact: true })).toHaveValue("0");
      await expect(widget.getByLabel("logit z₄", { exact: true })).toHaveCount(0); // three classes now
      await expect(widget.getByRole("status")).toHaveText("True class 1: probability 0.333, cross-entropy −log 0.333 = 1.099 at T = 1");
      await widget.evaluate((el) => el.setAttribute("view", "both"));
      await expect(widget.getByRole("status")).toHaveCount(2);
      await expect(widget.getByLabel("prediction ŷ", { exact: true })).toBeVisible();
    },
  },
  {
    widget: WIDGETS.graph,
    set: { expr: "(a*b + c).tanh()", values: "a=2, b=-3, c=10", step: "4" },
    async check(widget) {
      await expect(widget.getByLabel("Expression")).toHaveValue("(a*b + c).tanh()");
      await expect(widget.getByLabel("c", { exact: true })).toHaveValue("10");
      await expect(widget.getByRole("status")).toHaveText(/^Step 4 of 7, backward pass/);
    },
  },
  {
    widget: WIDGETS["backprop-steps"],
    set: { step: "4", lr: "0.5" },
    async check(widget) {
      await expect(widget.locator('li[aria-current="step"]')).toHaveAttribute("data-step", "delta2");
      await expect(widget.getByLabel("Learning rate η")).toHaveValue("0.5");
    },
  },
  {
    widget: WIDGETS["gradient-flow"],
    set: { activation: "tanh", init: "xavier", depth: "3" },
    async check(widget) {
      await expect(widget.getByLabel("Activation", { exact: true })).toHaveValue("tanh");
      await expect(widget.getByLabel("Initialisation", { exact: true })).toHaveValue("xavier");
      await expect(widget.getByTestId("norm-bar")).toHaveCount(4);
      await expect(widget.getByRole("status")).toHaveText(/^Step 0, .*balanced/);
    },
  },
];

for (const { widget: spec, set, check } of FOLLOWS) {
  test(`${spec.tag} follows its attributes, so a link can configure it (${Object.keys(set).join(", ")})`, async ({ page }) => {
    const errors = collectErrors(page);
    if (spec.tag === "nn-gradient-flow") await page.emulateMedia({ reducedMotion: "reduce" }); // no autoplay
    const widget = await openWidget(page, spec);
    await widget.evaluate((el, attrs) => {
      for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
    }, set);
    await check(widget, page);
    expect(errors).toEqual([]);
  });
}

// On a phone the controls stack under the figure; the figure they change stays in view while
// the reader's thumb is on them (the kit pins it under the header).
const CONTROL: Record<string, (w: Locator) => Locator> = {
  "nn-perceptron": (w) => w.getByRole("button", { name: "Train one step" }),
  "nn-activation-explorer": (w) => w.getByLabel("Function", { exact: true }),
  "nn-forward-pass": (w) => w.getByRole("button", { name: "Reset" }),
  "nn-loss-explorer": (w) => w.getByLabel("target y", { exact: true }),
  "nn-graph": (w) => w.getByRole("button", { name: "Next step" }),
  "nn-backprop-steps": (w) => w.getByRole("button", { name: /^Next step/ }),
  "nn-gradient-flow": (w) => w.getByRole("button", { name: "Step" }),
};
const FIGURE = ".nnk-pinned";

test.describe("on a phone (390 × 844, touch)", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, colorScheme: "dark" });

  for (const spec of [WIDGETS.perceptron, WIDGETS["activation-explorer"], WIDGETS["forward-pass"], WIDGETS["loss-explorer"], WIDGETS.graph, WIDGETS["backprop-steps"], WIDGETS["gradient-flow"]]) {
    test(`${spec.tag} keeps its figure in view while a control is tapped`, async ({ page }) => {
      await page.emulateMedia({ reducedMotion: "reduce" });
      const widget = await openWidget(page, spec);
      const control = CONTROL[spec.tag](widget);
      // the worst case: the control at the bottom of the screen, under the reader's thumb
      await control.evaluate((el) => el.scrollIntoView({ block: "end" }));
      await page.waitForTimeout(100);
      const box = (await control.boundingBox())!;
      await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
      const figure = widget.locator(FIGURE).first();
      const inView = await figure.evaluate((el) => {
        const r = el.getBoundingClientRect();
        const visible = Math.min(r.bottom, innerHeight) - Math.max(r.top, 0);
        return visible / Math.min(r.height, innerHeight);
      });
      expect(inView, `${spec.tag}: share of the figure on screen`).toBeGreaterThan(0.9);
      const controlBox = (await control.boundingBox())!;
      expect(controlBox.y + controlBox.height, "the control itself stays on screen").toBeLessThanOrEqual(844 + 1);
    });
  }
});

test("printing draws every widget at its default state, without controls, though none was scrolled to", async ({ page }) => {
  await page.goto(WIDGETS["backprop-steps"].chapter);
  await page.emulateMedia({ media: "print" });
  for (const tag of ["nn-graph", "nn-backprop-steps"]) {
    const widget = page.locator(tag).first();
    await expect(widget).toHaveClass(/nnk-widget/); // upgraded without scrolling
    await expect(widget.locator("svg").first()).toBeVisible();
    await expect(widget.getByRole("button")).toHaveCount(0); // hidden in print: not in the accessibility tree
    await expect(widget.locator(".nnk-description")).toBeVisible();
  }
});

test("a fallback's step list reads as sentences: title, then its equations", async ({ request }) => {
  const html = await (await request.get(WIDGETS["backprop-steps"].chapter)).text();
  const item = /<li data-step="forward1"[^>]*>([\s\S]*?)<\/li>/.exec(html)?.[1] ?? "";
  expect(item).toMatch(/Forward, layer 1<\/span><span class="nnbs-sep"[^>]*>: <\/span>/);
  expect(item).toContain('<span class="nnbs-sep"');
});
