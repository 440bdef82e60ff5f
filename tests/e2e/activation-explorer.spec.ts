import { test, expect, type Locator, type Page } from "@playwright/test";
import { collectErrors } from "./console.ts";

const CHAPTER = "/chapters/forward-pass/";

// The chapter's explorer, upgraded from its fallback: sigmoid at x = 1 by default.
async function openWidget(page: Page): Promise<Locator> {
  await page.goto(CHAPTER);
  const widget = page.locator("nn-activation-explorer").first();
  await widget.scrollIntoViewIfNeeded();
  await expect(widget.getByRole("status")).toHaveText("sigmoid: σ(1.0) = 0.731, σ′(1.0) = 0.197");
  return widget;
}

const attr = (widget: Locator, testId: string, name: string) =>
  widget.getByTestId(testId).evaluate((el, n) => el.getAttribute(n) ?? "", name);

test("nn-activation-explorer draws f, f′ and the tangent, with a described figure", async ({ page }) => {
  const errors = collectErrors(page);
  const widget = await openWidget(page);
  await expect(widget.getByRole("img")).toHaveAttribute("aria-label", /the sigmoid function, range \(0, 1\), with the tangent line at x = 1\.0/);
  for (const id of ["curve", "derivative", "tangent", "point", "derivative-point"]) await expect(widget.getByTestId(id)).toBeVisible();
  expect((await attr(widget, "curve", "d")).length).toBeGreaterThan(100);
  await expect(widget.getByTestId("f-value")).toHaveText("0.731");
  await expect(widget.getByTestId("df-value")).toHaveText("0.197");
  await expect(widget.getByText(/Softmax is not in the menu/)).toBeVisible();
  expect(errors).toEqual([]);
});

test("moving x with the keyboard moves the point and the tangent and updates the read-out", async ({ page }) => {
  const errors = collectErrors(page);
  const widget = await openWidget(page);
  const cx = await attr(widget, "point", "cx");
  const tangent = await attr(widget, "tangent", "y1");
  const slider = widget.getByLabel("x", { exact: true });
  await slider.focus();
  for (let i = 0; i < 5; i++) await slider.press("ArrowRight");
  await expect(slider).toHaveValue("1.5");
  await expect(widget.getByRole("status")).toHaveText("sigmoid: σ(1.5) = 0.818, σ′(1.5) = 0.149");
  await expect(widget.getByTestId("f-value")).toHaveText("0.818");
  expect(await attr(widget, "point", "cx")).not.toBe(cx);
  expect(await attr(widget, "tangent", "y1")).not.toBe(tangent);
  await expect(widget).toHaveAttribute("x", "1.5"); // mirrored for a link
  expect(errors).toEqual([]);
});

test("picking another function redraws the curves and reads ReLU's kink at 0", async ({ page }) => {
  const errors = collectErrors(page);
  const widget = await openWidget(page);
  const curve = await attr(widget, "curve", "d");
  const derivative = await attr(widget, "derivative", "d");
  await widget.getByLabel("Function", { exact: true }).selectOption("tanh");
  await expect(widget.getByRole("status")).toHaveText("tanh: tanh(1.0) = 0.762, tanh′(1.0) = 0.420");
  expect(await attr(widget, "curve", "d")).not.toBe(curve);
  expect(await attr(widget, "derivative", "d")).not.toBe(derivative);
  await expect(widget).toHaveAttribute("fn", "tanh");

  await widget.getByLabel("Function", { exact: true }).selectOption("relu");
  const slider = widget.getByLabel("x", { exact: true });
  await slider.focus();
  for (let i = 0; i < 10; i++) await slider.press("ArrowLeft");
  await expect(slider).toHaveValue("0");
  await expect(widget.getByRole("status")).toContainText("ReLU′(0.0) = 0.000 (a kink");
  await expect(widget.getByTestId("df-value")).toHaveText("0.000 (kink)");
  expect(errors).toEqual([]);
});

test("pressing and dragging on the plot moves x to the pointer", async ({ page }) => {
  const errors = collectErrors(page);
  const widget = await openWidget(page);
  const svg = widget.getByRole("img");
  const box = (await svg.boundingBox())!;
  // the plot spans x from −5 to 5 between 44 and 466 of the 480-wide viewBox
  const at = (x: number) => box.x + ((44 + ((x + 5) / 10) * 422) / 480) * box.width;
  const y = box.y + box.height * 0.3;
  await page.mouse.move(at(-3), y);
  await page.mouse.down();
  await expect(widget).toHaveAttribute("x", /^-3(\.\d)?$|^-2\.9$/);
  await page.mouse.move(at(2), y, { steps: 5 });
  await page.mouse.up();
  const x = Number(await widget.getAttribute("x"));
  expect(Math.abs(x - 2)).toBeLessThanOrEqual(0.11);
  await expect(widget.getByLabel("x", { exact: true })).toHaveValue(String(x));
  await expect(widget.getByRole("status")).toContainText(`σ(${x.toFixed(1)})`);
  expect(errors).toEqual([]);
});

test("setting the fn and x attributes reconfigures the widget", async ({ page }) => {
  const errors = collectErrors(page);
  const widget = await openWidget(page);
  await widget.evaluate((el) => {
    el.setAttribute("fn", "leaky-relu");
    el.setAttribute("x", "-2");
  });
  await expect(widget.getByRole("status")).toHaveText("leaky ReLU: LeakyReLU(−2.0) = −0.020, LeakyReLU′(−2.0) = 0.010");
  await expect(widget.getByLabel("Function", { exact: true })).toHaveValue("leaky-relu");
  await expect(widget.getByLabel("x", { exact: true })).toHaveValue("-2");
  expect(errors).toEqual([]);
});
