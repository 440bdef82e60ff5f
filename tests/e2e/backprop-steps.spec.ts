import { test, expect, type Locator, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { collectErrors } from "./console.ts";
import { WIDGETS, openWidget as openShared } from "./widget.ts";

// a long chapter on a shared 2-core machine: the walks below take more than the default 30 s there
test.describe.configure({ timeout: 90_000 });
const LOSS = /loss 𝓛 = (\d+\.\d{3})\./;

async function openWidget(page: Page): Promise<Locator> {
  return openShared(page, WIDGETS["backprop-steps"]);
}

const litStep = (widget: Locator) => widget.locator('li[aria-current="step"]');
const diagramText = (widget: Locator) => widget.locator("svg.nnbs-diagram").evaluate((el) => el.textContent ?? "");

test("nn-backprop-steps draws the network with a described figure and the KaTeX equations", async ({ page }) => {
  const errors = collectErrors(page);
  const widget = await openWidget(page);
  await expect(widget.getByRole("img", { name: /^Network diagram/ })).toBeVisible();
  await expect(widget.locator("li[data-step]")).toHaveCount(9);
  await expect(widget.locator("li[data-step] .katex").first()).toBeVisible(); // rendered at build time
  await expect(litStep(widget)).toHaveAttribute("data-step", "start");
  await expect(widget.getByTestId("numbers")).toHaveText("x = (1, 0.5), y = 1");
  expect(errors).toEqual([]);
});

test("Next step, from the keyboard, walks forward → loss → backward → update, and the loss falls", async ({ page }) => {
  const errors = collectErrors(page);
  const widget = await openWidget(page);
  const nextButton = widget.getByRole("button", { name: /^Next step/ });
  await nextButton.focus();
  const expected = ["forward1", "forward2", "loss", "delta2", "grad2", "delta1", "grad1", "update"];
  let before = await diagramText(widget);
  let firstLoss = 0;
  for (const [i, id] of expected.entries()) {
    await page.keyboard.press(i % 2 ? "Space" : "Enter");
    await expect(litStep(widget)).toHaveAttribute("data-step", id);
    await expect(widget.getByRole("status")).toContainText(`step ${i + 1} of 8`);
    const now = await diagramText(widget);
    expect(now, `the diagram changes at ${id}`).not.toBe(before);
    before = now;
    if (id === "loss") firstLoss = Number(LOSS.exec((await widget.getByRole("status").textContent()) ?? "")?.[1]);
    if (id === "delta2") await expect(widget.getByTestId("output-delta")).toHaveText(/^δ\(2\) = −0\.\d{3}$/); // sub- and superscripts are tspans
  }
  // the update writes the new weights on the edges
  await expect(widget.locator(".nnbs-weight.is-new")).toHaveCount(6);
  expect(firstLoss).toBeGreaterThan(0);
  await expect(widget.getByTestId("numbers")).toContainText("W⁽²⁾ ←");
  // the next step starts iteration 2 with the new weights; its loss is lower
  for (let i = 0; i < 3; i++) await page.keyboard.press("Enter");
  await expect(widget.getByRole("status")).toContainText("Iteration 2 · step 3 of 8");
  const secondLoss = Number(LOSS.exec((await widget.getByRole("status").textContent()) ?? "")?.[1]);
  expect(secondLoss).toBeLessThan(firstLoss);
  await expect(widget.getByRole("img", { name: /^Loss per iteration: 1: .*, 2: / })).toBeVisible();
  await expect(widget.getByTestId("last-loss")).toHaveText(secondLoss.toFixed(3));
  expect(errors).toEqual([]);
});

test("Previous step goes back, across an iteration, and Reset returns to the start", async ({ page }) => {
  const errors = collectErrors(page);
  const widget = await openWidget(page);
  const nextButton = widget.getByRole("button", { name: /^Next step/ });
  for (let i = 0; i < 9; i++) await nextButton.click();
  await expect(widget.getByRole("status")).toContainText("Iteration 2 · step 1 of 8");
  await widget.getByRole("button", { name: "Previous step" }).click();
  await expect(widget.getByRole("status")).toContainText("Iteration 1 · step 8 of 8");
  await expect(litStep(widget)).toHaveAttribute("data-step", "update");
  await widget.getByRole("button", { name: "Reset" }).click();
  await expect(widget.getByRole("status")).toHaveText(/^Iteration 1: ready/);
  await expect(widget).toHaveAttribute("step", "0");
  expect(errors).toEqual([]);
});

test("the learning rate slider changes the update", async ({ page }) => {
  const widget = await openWidget(page);
  const nextButton = widget.getByRole("button", { name: /^Next step/ });
  for (let i = 0; i < 8; i++) await nextButton.click();
  const numbers = widget.getByTestId("numbers");
  const before = await numbers.textContent();
  const lr = widget.getByLabel("Learning rate η");
  await lr.focus();
  for (let i = 0; i < 4; i++) await lr.press("ArrowLeft");
  await expect(lr).toHaveValue("0.8");
  await expect(widget).toHaveAttribute("lr", "0.8");
  await expect(numbers).toContainText("− 0.8 ×");
  expect(await numbers.textContent()).not.toBe(before);
});

test("nn-backprop-steps writes its state to attributes, and a copy resumes from them", async ({ page }) => {
  const errors = collectErrors(page);
  const widget = await openWidget(page);
  const nextButton = widget.getByRole("button", { name: /^Next step/ });
  for (let i = 0; i < 11; i++) await nextButton.click(); // iteration 2, the loss step
  await expect(widget).toHaveAttribute("step", "3");
  await expect(widget).toHaveAttribute("iteration", "2");
  const status = await widget.getByRole("status").textContent();
  // a copy made from the attributes resumes at the same place, with the same numbers
  const copy = await page.evaluate((source) => {
    const el = document.createElement("nn-backprop-steps");
    for (const name of ["seed", "lr", "x1", "x2", "y", "weights", "step", "iteration"]) el.setAttribute(name, source.getAttribute(name) ?? "");
    el.id = "copy";
    document.querySelector("nn-backprop-steps")!.after(el);
    return el.getAttribute("weights");
  }, await widget.elementHandle());
  expect(copy?.split(",")).toHaveLength(9);
  await expect(page.locator("#copy").getByRole("status")).toHaveText(status ?? "");
  // following attributes set by a script is in widgets.spec.ts, with every widget's
  expect(errors).toEqual([]);
});

test("nn-backprop-steps fits a 390 px wide screen", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const widget = await openWidget(page);
  const nextButton = widget.getByRole("button", { name: /^Next step/ });
  for (let i = 0; i < 8; i++) await nextButton.click(); // the update: the longest lines
  const box = await widget.boundingBox();
  expect(box?.width ?? Infinity).toBeLessThanOrEqual(390);
  expect(await widget.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
  const reset = await widget.getByRole("button", { name: "Reset" }).boundingBox();
  expect((reset?.x ?? Infinity) + (reset?.width ?? 0)).toBeLessThanOrEqual(390);
});

for (const theme of ["light", "dark"] as const) {
  test(`nn-backprop-steps in the middle of the backward pass, in ${theme}, has no serious axe violations`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    await page.addInitScript((t) => localStorage.setItem("starlight-theme", t), theme);
    const widget = await openWidget(page);
    for (let i = 0; i < 6; i++) await widget.getByRole("button", { name: /^Next step/ }).click();
    await expect(litStep(widget)).toHaveAttribute("data-step", "delta1");
    const results = await new AxeBuilder({ page }).include("nn-backprop-steps").analyze();
    const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(" ")}`))).toEqual([]);
  });
}
