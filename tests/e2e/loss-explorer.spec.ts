import { test, expect, type Locator, type Page } from "@playwright/test";
import { collectErrors } from "./console.ts";
import { WIDGETS, openWidget as openShared } from "./widget.ts";

// a chapter page with twenty cells is heavy on a busy machine
test.describe.configure({ timeout: 90_000 });


// The chapter has two: the binary part (MSE and BCE against ŷ), then the softmax part.
async function openWidget(page: Page, view: "binary" | "softmax"): Promise<Locator> {
  // by position, so that a test may change the view attribute
  return openShared(page, WIDGETS[view === "binary" ? "loss-explorer" : "loss-explorer-softmax"]);
}

const attr = (locator: Locator, name: string) => locator.evaluate((el, n) => el.getAttribute(n), name);

async function press(slider: Locator, key: string, times: number): Promise<void> {
  await slider.focus();
  for (let i = 0; i < times; i++) await slider.press(key);
}

test("nn-loss-explorer draws both loss curves with the gradients for the default prediction", async ({ page }) => {
  const errors = collectErrors(page);
  const widget = await openWidget(page, "binary");
  await expect(widget.getByRole("status")).toHaveText("ŷ = 0.05, y = 1: MSE 0.902, BCE 2.996; slope in z: MSE −0.090, BCE −0.950");
  await expect(widget.getByTestId("loss-plot")).toHaveAttribute("aria-label", /squared error and the binary cross-entropy/);
  await expect(widget.getByTestId("mse-curve")).toHaveAttribute("d", /^M/);
  await expect(widget.getByTestId("bce-curve")).toHaveAttribute("d", /^M/);
  await expect(widget.getByTestId("bce-grad-z")).toHaveText("−0.950");
  // the BCE bar is about ten times the MSE bar
  const width = async (id: string) => Number(await attr(widget.getByTestId(id), "width"));
  expect((await width("bce-gradient")) / (await width("mse-gradient"))).toBeGreaterThan(8);
  expect(errors).toEqual([]);
});

test("moving the prediction slider with the keyboard moves the points and the read-out", async ({ page }) => {
  const errors = collectErrors(page);
  const widget = await openWidget(page, "binary");
  const point = widget.getByTestId("bce-point");
  const before = [await attr(point, "cx"), await attr(point, "cy")];
  const slider = widget.getByLabel("prediction ŷ", { exact: true });
  await press(slider, "ArrowRight", 10);
  await expect(slider).toHaveValue("0.15");
  expect([await attr(point, "cx"), await attr(point, "cy")]).not.toEqual(before);
  await expect(widget.getByRole("status")).toHaveText(/^ŷ = 0.15, y = 1: MSE 0.72\d, BCE 1.897; slope in z: MSE −0.217, BCE −0.850$/);
  await expect(widget.getByTestId("bce-value")).toHaveText("1.897");
  await expect(widget).toHaveAttribute("p", "0.15"); // mirrored for a link
  expect(errors).toEqual([]);
});

test("changing the target redraws the curves, and both losses are smallest at ŷ = y", async ({ page }) => {
  const widget = await openWidget(page, "binary");
  const curve = widget.getByTestId("mse-curve");
  const before = await attr(curve, "d");
  const target = widget.getByLabel("target y", { exact: true });
  await press(target, "ArrowLeft", 20);
  await expect(target).toHaveValue("0");
  await expect(widget).toHaveAttribute("y", "0");
  expect(await attr(curve, "d")).not.toBe(before);
  await press(widget.getByLabel("prediction ŷ", { exact: true }), "Home", 1);
  await expect(widget.getByRole("status")).toHaveText(/^ŷ = 0.01, y = 0: MSE 0.000, BCE 0.010/);
});

test("softmax bars follow a logit, the temperature and the true class", async ({ page }) => {
  const errors = collectErrors(page);
  const widget = await openWidget(page, "softmax");
  const status = widget.getByRole("status");
  await expect(status).toHaveText("True class 2: probability 0.224, cross-entropy −log 0.224 = 1.495 at T = 1");
  const bar = widget.getByTestId("bar-2");
  const height = async () => Number(await attr(bar, "height"));
  const h0 = await height();
  await press(widget.getByLabel("logit z₂", { exact: true }), "ArrowRight", 10); // z₂: 1 → 2
  await expect(widget).toHaveAttribute("logits", "2,2,0.5,-1");
  expect(await height()).toBeGreaterThan(h0);
  await expect(status).toHaveText(/^True class 2: probability 0\.440/);
  // a high temperature flattens every bar toward 1/4
  await press(widget.getByLabel("temperature T", { exact: true }), "End", 1);
  await expect(widget).toHaveAttribute("temperature", "5");
  await expect(status).toHaveText(/at T = 5$/);
  await widget.getByLabel("true class", { exact: true }).selectOption("3");
  await expect(widget).toHaveAttribute("true-class", "4");
  await expect(status).toHaveText(/^True class 4: /);
  await expect(widget.getByTestId("softmax-bars")).toHaveAttribute("aria-label", /The true class is class 4\./);
  expect(errors).toEqual([]);
});

test("nn-loss-explorer fits a 390 px wide screen", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const view of ["binary", "softmax"] as const) {
    const widget = await openWidget(page, view);
    const box = await widget.boundingBox();
    expect(box?.width ?? Infinity).toBeLessThanOrEqual(390);
    const overflow = await widget.evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  }
});
