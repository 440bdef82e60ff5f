import { test, expect, type Locator, type Page } from "@playwright/test";
import { collectErrors } from "./console.ts";

test.describe.configure({ timeout: 90_000 });

async function openWidget(page: Page): Promise<Locator> {
  await page.goto("/chapters/batching/");
  const widget = page.locator("nn-batch-noise").first();
  await widget.scrollIntoViewIfNeeded();
  await expect(widget.getByRole("status")).toHaveText(/^B = 16: 1 of 48 mini-batch gradients shown; its squared distance/);
  return widget;
}

const attr = (locator: Locator, name: string) => locator.evaluate((el, n) => el.getAttribute(n), name);

test("Next batch adds an arrow and updates the read-out; All batches shows 48", async ({ page }) => {
  const errors = collectErrors(page);
  const widget = await openWidget(page);
  await expect(widget.getByTestId("batch-gradient")).toHaveCount(1);
  const next = widget.getByRole("button", { name: "Next batch" });
  await next.focus();
  await page.keyboard.press("Enter");
  await expect(widget.getByTestId("batch-gradient")).toHaveCount(2);
  await expect(widget.getByRole("status")).toHaveText(/^B = 16: 2 of 48 mini-batch gradients shown; their mean squared distance/);
  await widget.getByRole("button", { name: "All batches" }).click();
  await expect(widget.getByTestId("batch-gradient")).toHaveCount(48);
  expect(errors).toEqual([]);
});

test("the batch size and the axis menus change the figures and the attributes", async ({ page }) => {
  const widget = await openWidget(page);
  await widget.getByRole("button", { name: "All batches" }).click();
  const arrow = await attr(widget.getByTestId("batch-gradient").first(), "x2");
  await widget.getByLabel("batch size", { exact: true }).selectOption("64");
  await expect(widget).toHaveAttribute("batch-size", "64");
  await expect(widget.getByRole("status")).toHaveText(/^B = 64: 1 of 48 mini-batch gradients/);
  expect(await attr(widget.getByTestId("batch-gradient").first(), "x2")).not.toBe(arrow);
  const curve = await attr(widget.getByTestId("curve-64"), "points");
  await widget.getByLabel("curves against").selectOption("examples");
  await expect(widget).toHaveAttribute("axis", "examples");
  expect(await attr(widget.getByTestId("curve-64"), "points")).not.toBe(curve);
  await widget.getByLabel("batch size", { exact: true }).selectOption("256");
  await expect(widget.getByRole("status")).toHaveText(/^Full batch: .* no noise\.$/);
});

test("at 390 px in dark mode the figures fit the screen", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, colorScheme: "dark" });
  const page = await context.newPage();
  const widget = await openWidget(page);
  const box = (await widget.locator("svg").first().boundingBox())!;
  expect(box.width).toBeLessThanOrEqual(390);
  await context.close();
});
