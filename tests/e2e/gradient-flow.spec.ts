import { test, expect, type Locator, type Page } from "@playwright/test";
import { collectErrors } from "./console.ts";
import { WIDGETS, openWidget as openShared } from "./widget.ts";


// The chapter's widget, upgraded and drawn. With reduced motion it does not start by itself.
async function openWidget(page: Page, { motion = false } = {}): Promise<Locator> {
  if (!motion) await page.emulateMedia({ reducedMotion: "reduce" });
  return openShared(page, WIDGETS["gradient-flow"]);
}

function norms(widget: Locator): Promise<number[]> {
  return widget.getByTestId("norm-bar").evaluateAll((bars) => bars.map((b) => Number(b.getAttribute("data-norm"))));
}

async function stepOf(widget: Locator): Promise<number> {
  const text = (await widget.getByRole("status").textContent()) ?? "";
  return Number(/^Step (\d+)/.exec(text)?.[1] ?? NaN);
}

test("nn-gradient-flow starts as the chapter's deep sigmoid net: a bar per layer, vanishing towards layer 1", async ({ page }) => {
  const errors = collectErrors(page);
  const widget = await openWidget(page);
  await expect(widget.getByTestId("norm-bar")).toHaveCount(9);
  await expect(widget.getByRole("status")).toHaveText(
    "Step 0, loss 0.69. Gradient norm of layer 1: 1.1 × 10⁻⁹; of layer 9: 0.055 (vanishing: layer 1's is 7.7 orders of magnitude smaller).",
  );
  const [first, ...rest] = await norms(widget);
  expect(first / rest[rest.length - 1]).toBeLessThan(1e-6);
  await expect(widget.getByTestId("norm-bars")).toHaveAttribute("aria-label", /layer 1 1\.1 × 10⁻⁹/);
  await expect(widget.getByTestId("histogram")).toHaveAttribute("aria-label", /layer 1's pre-activations/);
  await expect(widget.getByRole("button", { name: "Play" })).toBeVisible(); // no autoplay with reduced motion
  expect(errors).toEqual([]);
});

test("choosing ReLU and He, then stepping, changes the bars and the read-out", async ({ page }) => {
  const errors = collectErrors(page);
  const widget = await openWidget(page);
  const sigmoid = await norms(widget);
  await widget.getByLabel("Activation", { exact: true }).selectOption("relu");
  await widget.getByLabel("Initialisation", { exact: true }).selectOption("he");
  await expect(widget).toHaveAttribute("activation", "relu");
  await expect(widget).toHaveAttribute("init", "he");
  await expect(widget.getByRole("status")).toHaveText(/^Step 0, .*\(balanced/);
  const he = await norms(widget);
  expect(he).not.toEqual(sigmoid);
  expect(he[0] / he[he.length - 1]).toBeGreaterThan(1e-2);
  await widget.getByRole("button", { name: "Step" }).click();
  await expect(widget.getByRole("status")).toHaveText(/^Step 1, /);
  expect(await norms(widget)).not.toEqual(he);
  await widget.getByRole("button", { name: "Reset" }).click();
  await expect(widget.getByRole("status")).toHaveText(/^Step 0, /);
  expect(await norms(widget)).toEqual(he); // same seed, same start
  expect(errors).toEqual([]);
});

test("the depth picker sets the number of bars and of layers the histogram can show", async ({ page }) => {
  const widget = await openWidget(page);
  await widget.getByLabel("Hidden layers", { exact: true }).selectOption("4");
  await expect(widget.getByTestId("norm-bar")).toHaveCount(5);
  const layer = widget.getByLabel("Histogram of layer", { exact: true });
  await expect(layer.locator("option")).toHaveCount(4);
  await layer.selectOption("3");
  await expect(widget).toHaveAttribute("layer", "3");
  await expect(widget.getByTestId("saturation")).toHaveText(/^Layer 3: \d+% of the pre-activations are saturated/);
});

test("with reduced motion, Play jumps ahead 100 steps instead of animating", async ({ page }) => {
  const widget = await openWidget(page);
  await widget.getByRole("button", { name: "Play" }).click();
  await expect(widget.getByRole("status")).toHaveText(/^Step 100, loss 0.69/);
  await expect(widget.getByRole("button", { name: "Play" })).toBeVisible();
});

test("it plays by itself once in view, and Pause stops it", async ({ page }) => {
  const errors = collectErrors(page);
  const widget = await openWidget(page, { motion: true });
  await expect(widget.getByRole("button", { name: "Pause" })).toBeVisible();
  await expect.poll(() => stepOf(widget)).toBeGreaterThan(5);
  await widget.getByRole("button", { name: "Pause" }).click();
  await expect(widget.getByRole("button", { name: "Play" })).toBeVisible();
  const paused = await stepOf(widget);
  await page.waitForTimeout(300);
  expect(await stepOf(widget)).toBe(paused);
  expect(errors).toEqual([]);
});

test("off screen it stops training, and it goes on when scrolled back", async ({ page }) => {
  const widget = await openWidget(page, { motion: true });
  await expect.poll(() => stepOf(widget)).toBeGreaterThan(0);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(200);
  const hidden = await widget.evaluate((el) => (el as unknown as { state: { step: number } }).state.step);
  await page.waitForTimeout(400);
  expect(await widget.evaluate((el) => (el as unknown as { state: { step: number } }).state.step)).toBe(hidden);
  await widget.scrollIntoViewIfNeeded();
  await expect.poll(() => widget.evaluate((el) => (el as unknown as { state: { step: number } }).state.step)).toBeGreaterThan(hidden);
});

test("ReLU with N(0, 1) weights explodes, and the widget stops and says so", async ({ page }) => {
  const errors = collectErrors(page);
  const widget = await openWidget(page);
  await widget.getByLabel("Activation", { exact: true }).selectOption("relu");
  await widget.getByLabel("Initialisation", { exact: true }).selectOption("large");
  await expect(widget.getByRole("status")).toHaveText(/\(exploding\)/);
  await widget.getByRole("button", { name: "Play" }).click();
  await expect(widget.getByRole("status")).toContainText("Stopped:");
  await expect(widget.getByRole("status")).toContainText("The gradients exploded");
  await expect(widget.getByRole("button", { name: "Step" })).toBeDisabled();
  expect(errors).toEqual([]);
});

test("nn-gradient-flow fits a 390 px wide screen", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const widget = await openWidget(page);
  const box = await widget.boundingBox();
  expect(box?.width ?? Infinity).toBeLessThanOrEqual(390);
  expect(await widget.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
  const reset = await widget.getByRole("button", { name: "Reset" }).boundingBox();
  expect((reset?.x ?? Infinity) + (reset?.width ?? 0)).toBeLessThanOrEqual(390);
});
