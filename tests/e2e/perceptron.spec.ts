import { test, expect, type Locator, type Page } from "@playwright/test";
import { collectErrors } from "./console.ts";
import { WIDGETS, openWidget as openShared } from "./widget.ts";

const COUNT = /(\d+) of (\d+) points misclassified/;

// The chapter's first widget: the linearly separable set with the default weights.
async function openWidget(page: Page): Promise<Locator> {
  return openShared(page, WIDGETS["perceptron"]);
}

async function misclassifiedCount(widget: Locator): Promise<number> {
  const text = (await widget.getByRole("status").textContent()) ?? "";
  const match = COUNT.exec(text);
  expect(match, `status reads "${text}"`).not.toBeNull();
  return Number(match?.[1]);
}

function lineOf(widget: Locator): Promise<string> {
  return widget
    .getByTestId("boundary")
    .evaluate((el) => ["x1", "y1", "x2", "y2"].map((a) => el.getAttribute(a)).join(" "));
}

test("nn-perceptron draws the data with a described figure and a misclassified count", async ({ page }) => {
  const errors = collectErrors(page);
  const widget = await openWidget(page);
  await expect(widget.getByRole("img")).toHaveAttribute("aria-label", /Linearly separable data set: 40 points/);
  const count = await misclassifiedCount(widget);
  expect(count).toBeGreaterThan(0);
  await expect(widget.getByTestId("misclassified")).toHaveCount(count);
  await expect(widget.getByTestId("boundary")).toBeVisible();
  expect(errors).toEqual([]);
});

test("moving the w₁ slider with the keyboard moves the line and keeps the count consistent", async ({ page }) => {
  const errors = collectErrors(page);
  const widget = await openWidget(page);
  const before = await lineOf(widget);
  const w1 = widget.getByLabel("w₁", { exact: true });
  const start = await w1.inputValue();
  await w1.focus();
  for (let i = 0; i < 12; i++) await w1.press("ArrowRight");
  await expect(w1).not.toHaveValue(start);
  expect(await lineOf(widget)).not.toBe(before);
  // the new value is shown next to the slider and mirrored into the attribute a link would carry
  const value = Number(await w1.inputValue());
  await expect(widget).toHaveAttribute("w1", String(value));
  await expect(widget.locator(".nnk-value").first()).toHaveText(value.toFixed(2).replace("-", "−"));
  const count = await misclassifiedCount(widget);
  await expect(widget.getByTestId("misclassified")).toHaveCount(count);
  expect(errors).toEqual([]);
});

test("Train one step updates on one misclassified point and highlights it", async ({ page }) => {
  const errors = collectErrors(page);
  const widget = await openWidget(page);
  const before = await lineOf(widget);
  await expect(widget.getByTestId("last-update")).toHaveCount(0);
  await widget.getByRole("button", { name: "Train one step" }).click();
  await expect(widget.getByRole("status")).toContainText("Updated on point");
  await expect(widget.getByTestId("last-update")).toHaveCount(1);
  expect(await lineOf(widget)).not.toBe(before);
  // Reset brings the configured line back
  await widget.getByRole("button", { name: "Reset" }).click();
  expect(await lineOf(widget)).toBe(before);
  await expect(widget.getByTestId("last-update")).toHaveCount(0);
  expect(errors).toEqual([]);
});

test("Train converges on the separable set and says so", async ({ page }) => {
  const errors = collectErrors(page);
  const widget = await openWidget(page);
  await widget.getByRole("button", { name: "Train", exact: true }).click();
  await expect(widget.getByRole("status")).toHaveText(/^Converged after \d+ epochs?: 0 of 40 points misclassified\.$/, {
    timeout: 20_000,
  });
  await expect(widget.getByRole("button", { name: "Train", exact: true })).toBeVisible();
  await expect(widget.getByTestId("misclassified")).toHaveCount(0);
  expect(errors).toEqual([]);
});

test("Train on XOR never settles: no line separates XOR", async ({ page }) => {
  test.setTimeout(45_000);
  const errors = collectErrors(page);
  const widget = await openWidget(page);
  await widget.getByLabel("Data set", { exact: true }).selectOption("xor");
  await expect(widget).toHaveAttribute("dataset", "xor");
  await expect(widget.getByRole("status")).toHaveText(/of 4 points misclassified/);
  await widget.getByRole("button", { name: "Train", exact: true }).click();
  await expect(widget.getByRole("button", { name: "Stop" })).toBeVisible(); // animating epochs
  await expect(widget.getByRole("status")).toContainText("no line separates XOR", { timeout: 30_000 });
  await expect(widget.getByRole("status")).toHaveText(/^Still [1-4] misclassified after \d+ epochs/);
  await expect(widget.getByRole("button", { name: "Train", exact: true })).toBeVisible();
  expect(errors).toEqual([]);
});

test("with reduced motion, Train jumps straight to the result", async ({ page }) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  const widget = await openWidget(page);
  await widget.getByRole("button", { name: "Train", exact: true }).click();
  await expect(widget.getByRole("status")).toHaveText(/^Converged after/, { timeout: 1_000 });
});

test("nn-perceptron fits a 390 px wide screen", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const widget = await openWidget(page);
  const box = await widget.boundingBox();
  expect(box?.width ?? Infinity).toBeLessThanOrEqual(390);
  const overflow = await widget.evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const reset = await widget.getByRole("button", { name: "Reset" }).boundingBox();
  expect((reset?.x ?? Infinity) + (reset?.width ?? 0)).toBeLessThanOrEqual(390);
});
