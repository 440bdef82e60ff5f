import { test, expect, type Locator, type Page } from "@playwright/test";
import { collectErrors } from "./console.ts";

// One test trains the chapter's CNN once in the widget's worker (3 epochs on 8,000 digits) and
// goes on from there: drawing by pointer and by keyboard, the first layer, and a reload.
test.describe.configure({ timeout: 120_000 });

async function openWidget(page: Page): Promise<Locator> {
  await page.goto("/chapters/cnns/");
  const widget = page.locator("nn-digit-reader");
  await widget.scrollIntoViewIfNeeded();
  await expect(widget).toHaveClass(/nnk-widget/);
  return widget;
}

const probabilities = (widget: Locator) => widget.getByTestId("probabilities").locator(".nndr-bar-value").allTextContents();

test("trains in a worker with progress, reads a drawn 1 and a keyboard drawing, shows the first layer, and a reload keeps the model", async ({ page }) => {
  const errors = collectErrors(page);
  const widget = await openWidget(page);
  const status = widget.getByRole("status");
  await expect(status).toHaveText(/^Press “Train the network”/);
  await expect(widget.getByTestId("first-layer")).toContainText("Train the network (or load one)");
  await expect(widget.getByRole("button", { name: "Forget saved model" })).toHaveAttribute("aria-disabled", "true");

  // the page's thread stays free while the worker trains: a long task would show as a gap in frames
  const started = Date.now();
  await widget.getByRole("button", { name: "Train the network" }).click();
  await expect(status).toHaveText(/^Training: epoch 1 of 3 · batch \d+ of 250 · loss [\d.]+ · accuracy [\d.]+ %$/, { timeout: 20_000 });
  await expect(widget.locator("progress")).toBeVisible();
  await expect(widget.getByRole("button", { name: "Stop" })).toHaveAttribute("aria-disabled", "false");
  const longestGap = await page.evaluate(() => new Promise<number>((resolve) => {
    let last = performance.now(), longest = 0, frames = 0;
    const tick = (now: number) => {
      longest = Math.max(longest, now - last);
      last = now;
      if (++frames < 60) requestAnimationFrame(tick);
      else resolve(longest);
    };
    requestAnimationFrame(tick);
  }));
  expect(longestGap).toBeLessThan(200);
  await expect(status).toHaveText(/^Trained 3 epochs in [\d.]+ s: [\d.]+ % right on 2,000 held-out digits\. Saved in this browser/, { timeout: 90_000 });
  const trained = (await status.textContent())!;
  const accuracy = Number(/: ([\d.]+) % right/.exec(trained)![1]);
  console.log(`digit reader: ${trained} (${((Date.now() - started) / 1000).toFixed(1)} s from the click)`);
  expect(accuracy).toBeGreaterThanOrEqual(96);
  await expect(widget.locator("progress")).toBeHidden();
  await expect(widget.getByRole("button", { name: "Train again" })).toBeVisible();

  // a "1": one vertical stroke down the middle of the pad
  const empty = await probabilities(widget);
  expect(empty.every((t) => t === "–")).toBe(true);
  const pad = widget.getByTestId("pad");
  const box = (await pad.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.52, box.y + box.height * 0.15);
  await page.mouse.down();
  for (let k = 1; k <= 10; k++) await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * (0.15 + 0.07 * k));
  await page.mouse.up();
  await expect(status).toHaveText(/^It reads a 1 \(.+ % sure\)/);
  const one = await probabilities(widget);
  expect(one.every((t) => /^[<>]? ?[\d.]+ %$/.test(t))).toBe(true);
  await expect(widget.getByTestId("probabilities").locator("li.nndr-best")).toHaveAttribute("data-digit", "1");

  // the first layer: 16 kernels and 16 feature maps, drawn
  await expect(widget.getByTestId("first-layer").locator("canvas")).toHaveCount(32);
  await expect(widget.getByTestId("map-0")).toBeVisible();
  const inked = await widget.getByTestId("map-0").evaluate((c) => {
    const canvas = c as HTMLCanvasElement;
    return canvas.getContext("2d")!.getImageData(0, 0, canvas.width, canvas.height).data.some((v, i) => i % 4 === 3 && v > 0);
  });
  expect(inked).toBe(true);

  // Clear, then the keyboard: a horizontal bar of cells, then a stroke down: the reading changes
  await widget.getByRole("button", { name: "Clear drawing" }).click();
  await expect(status).toHaveText(/^Trained 3 epochs/);
  await pad.focus();
  for (let k = 0; k < 4; k++) await page.keyboard.press("ArrowUp");
  for (let k = 0; k < 4; k++) await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("Space");
  for (let k = 0; k < 8; k++) await page.keyboard.press("Shift+ArrowRight");
  for (let k = 0; k < 9; k++) await page.keyboard.press("Shift+ArrowDown");
  await expect(status).toHaveText(/^It reads a \d/);
  const keyboard = await probabilities(widget);
  expect(keyboard).not.toEqual(one);
  expect(keyboard.every((t) => /^[<>]? ?[\d.]+ %$/.test(t))).toBe(true);

  // a reload: the saved model is loaded, no training
  await page.reload();
  const again = page.locator("nn-digit-reader");
  await again.scrollIntoViewIfNeeded();
  await expect(again.getByRole("status")).toHaveText(/^Loaded the model you trained .*\(([\d.]+) % held-out\), without training again/);
  expect(await again.getByRole("status").textContent()).toContain(`(${accuracy.toFixed(1)} % held-out)`);
  await expect(again.locator("progress")).toBeHidden();
  await expect(again.getByTestId("first-layer").locator("canvas").first()).toBeVisible();
  await again.getByRole("button", { name: "Forget saved model" }).click();
  await expect(again.getByRole("status")).toHaveText(/^Press “Train the network”/);
  expect(await page.evaluate(() => localStorage.getItem("nnbook:digit-reader:v1"))).toBeNull();
  // nothing left to forget
  await expect(again.getByRole("button", { name: "Forget saved model" })).toHaveAttribute("aria-disabled", "true");
  expect(errors).toEqual([]);
});

test("a digits file that fails to load is said in words, and Train is offered again", async ({ page }) => {
  await page.route("**/data/digits.bin", (route) => route.fulfill({ status: 404, body: "not here" }));
  const widget = await openWidget(page);
  await widget.getByRole("button", { name: "Train the network" }).click();
  await expect(widget.getByRole("status")).toHaveText(/^The digits file failed to load: GET .*digits\.bin failed with HTTP 404/);
  await expect(widget.getByRole("button", { name: "Train the network" })).toHaveAttribute("aria-disabled", "false");
});

test("Stop ends a run early with the weights so far; leaving mid-run ends the worker without errors", async ({ page }) => {
  const errors = collectErrors(page);
  const widget = await openWidget(page);
  const status = widget.getByRole("status");
  await widget.getByRole("button", { name: "Train the network" }).click();
  await expect(status).toHaveText(/^Training: epoch 1 of 3 · batch \d+/, { timeout: 20_000 });
  await widget.getByRole("button", { name: "Stop" }).click();
  await expect(status).toHaveText(/^Stopped early: [\d.]+ % right on 2,000 held-out digits/, { timeout: 20_000 });
  await page.evaluate(() => localStorage.clear());
  // train again and take the widget off the page mid-run
  await widget.getByRole("button", { name: "Train again" }).click();
  await expect(status).toHaveText(/^Training: epoch 1/, { timeout: 20_000 });
  await widget.evaluate((el) => {
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
  });
  await expect(status).toHaveText(/^Training was interrupted/);
  await page.goto("/");
  expect(errors).toEqual([]);
});
