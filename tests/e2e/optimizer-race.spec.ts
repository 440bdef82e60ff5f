import { test, expect, type Locator, type Page } from "@playwright/test";
import { collectErrors } from "./console.ts";

test.describe.configure({ timeout: 90_000 });

async function openWidget(page: Page): Promise<Locator> {
  await page.goto("/chapters/optimizers/");
  const widget = page.locator("nn-optimizer-race").first();
  await widget.scrollIntoViewIfNeeded();
  await expect(widget.getByRole("status")).toHaveText(/^Step 0 of 300 on Ill-conditioned valley/);
  return widget;
}

const attr = (locator: Locator, name: string) => locator.evaluate((el, n) => el.getAttribute(n), name);

test("Step advances every path, the loss chart and the read-out", async ({ page }) => {
  const errors = collectErrors(page);
  const widget = await openWidget(page);
  const before = await attr(widget.getByTestId("path-sgd"), "points");
  const step = widget.getByRole("button", { name: "Step" });
  await step.focus();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Enter");
  await expect(widget.getByRole("status")).toHaveText(/^Step 2 of 300 on Ill-conditioned valley: SGD loss /);
  expect(await attr(widget.getByTestId("path-sgd"), "points")).not.toBe(before);
  await expect(widget.getByTestId("velocity-momentum")).toHaveCount(1);
  await expect(widget.getByTestId("racers")).toContainText("rate per axis");
  await expect(widget).toHaveAttribute("step", "2");
  expect(errors).toEqual([]);
});

test("Play runs the race to the end", async ({ page }) => {
  const widget = await openWidget(page);
  await widget.getByRole("button", { name: "Play" }).click();
  await expect(widget.getByRole("status")).toHaveText(/^Step 300 of 300/, { timeout: 30_000 });
  await expect(widget.getByRole("button", { name: "Play" })).toBeVisible();
});

test("a rate too large is reported as diverged in words, never as NaN", async ({ page }) => {
  const widget = await openWidget(page);
  await widget.getByLabel("rate of").selectOption("sgd");
  const slider = widget.getByLabel("learning rate η");
  await slider.focus();
  for (let i = 0; i < 10; i++) await slider.press("ArrowRight");
  await widget.getByRole("button", { name: "Reset" }).click();
  await widget.getByRole("button", { name: "Play" }).click();
  await expect(widget.getByRole("status")).toHaveText(/SGD diverged at step \d+/, { timeout: 30_000 });
  await expect(widget.getByRole("status")).not.toHaveText(/NaN|Infinity/);
  await expect(widget).toHaveAttribute("lr-sgd", /^0\.2/);
});

test("the surface menu and the start point change the figure", async ({ page }) => {
  const widget = await openWidget(page);
  const start = await attr(widget.getByTestId("start"), "cx");
  await widget.getByLabel("surface", { exact: true }).selectOption("rosenbrock");
  await expect(widget.getByRole("status")).toHaveText(/on Rosenbrock/);
  await expect(widget).toHaveAttribute("surface", "rosenbrock");
  expect(await attr(widget.getByTestId("start"), "cx")).not.toBe(start);
  const figure = widget.locator("svg.nnor-surface");
  await figure.focus();
  await page.keyboard.press("ArrowRight");
  await expect(widget).toHaveAttribute("start", "-1.4,2");
});

test("at 390 px in dark mode the race fits the screen", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, colorScheme: "dark" });
  const page = await context.newPage();
  const widget = await openWidget(page);
  const box = (await widget.locator("svg.nnor-surface").boundingBox())!;
  expect(box.width).toBeLessThanOrEqual(390);
  expect(box.x).toBeGreaterThanOrEqual(0);
  await context.close();
});
