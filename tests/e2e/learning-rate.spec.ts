import { test, expect, type Locator, type Page } from "@playwright/test";
import { collectErrors } from "./console.ts";

test.describe.configure({ timeout: 90_000 });

async function openWidget(page: Page): Promise<Locator> {
  await page.goto("/chapters/optimizers/");
  const widget = page.locator("nn-learning-rate").first();
  await widget.scrollIntoViewIfNeeded();
  await expect(widget.getByRole("status")).toHaveText(/^η = /);
  return widget;
}

const attr = (locator: Locator, name: string) => locator.evaluate((el, n) => el.getAttribute(n), name);

test("nn-learning-rate shows the default run: zig-zag below the bound", async ({ page }) => {
  const errors = collectErrors(page);
  const widget = await openWidget(page);
  await expect(widget.getByRole("status")).toHaveText(
    "η = 0.150, bound 2/λmax = 0.200: the factor 1 − ηλmax is −0.50, so the run converges, zig-zagging across the steep axis.",
  );
  await expect(widget.getByTestId("path")).toHaveAttribute("points", /,/);
  expect(errors).toEqual([]);
});

test("the η slider, moved with the keyboard, changes the path, the ruler and the read-out, and divergence is said in words", async ({ page }) => {
  const errors = collectErrors(page);
  const widget = await openWidget(page);
  const path = await attr(widget.getByTestId("path"), "points");
  const ruler = await attr(widget.getByTestId("ruler-lr"), "cx");
  const slider = widget.getByLabel("learning rate η");
  await slider.focus();
  for (let i = 0; i < 10; i++) await slider.press("ArrowRight");
  await expect(slider).toHaveValue("0.2");
  await expect(widget.getByRole("status")).toHaveText(/factor 1 − ηλmax is −1.00, so the run sits on the boundary/);
  expect(await attr(widget.getByTestId("path"), "points")).not.toBe(path);
  expect(await attr(widget.getByTestId("ruler-lr"), "cx")).not.toBe(ruler);
  for (let i = 0; i < 10; i++) await slider.press("ArrowRight");
  await expect(widget.getByRole("status")).toHaveText(/so the run diverges/);
  await expect(widget.getByRole("status")).not.toHaveText(/NaN|Infinity/);
  await expect(widget).toHaveAttribute("lr", "0.25");
  expect(errors).toEqual([]);
});

test("the surface menu switches to the 1-D parabola", async ({ page }) => {
  const widget = await openWidget(page);
  const path = await attr(widget.getByTestId("path"), "points");
  await widget.getByLabel("surface").selectOption("1");
  await expect(widget).toHaveAttribute("dimensions", "1");
  expect(await attr(widget.getByTestId("path"), "points")).not.toBe(path);
  await expect(widget.getByRole("status")).toHaveText(/^η = 0.150/);
});

test("at 390 px in dark mode the figure fits the screen", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, colorScheme: "dark" });
  const page = await context.newPage();
  const widget = await openWidget(page);
  const box = (await widget.locator("svg").first().boundingBox())!;
  expect(box.width).toBeLessThanOrEqual(390);
  expect(box.x).toBeGreaterThanOrEqual(0);
  await context.close();
});
