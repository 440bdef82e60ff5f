import { test, expect } from "@playwright/test";
import { collectErrors } from "./console.ts";

// Chapter 9's showpiece: the CNN cell trains on 8,000 real digits in the page's cell worker and
// must reach ≥ 97 % on the 2,000 held-out ones; issue 13's target is 60 s. The time is reported
// (annotation), and asserted only as a guard against a regression (120 s): the training took
// 12.5 s in headless Chromium here on 2026-12-06 (54.6 s in an earlier measure, before the engine's
// later speed-ups). The test runs all of chapter 9's cells, so it is the chapter's Chromium run
// too. One slow test, tagged so a CI can run it once: `playwright test --grep @slow`.
test("Run all cells runs chapter 9 in the page: its CNN trains to ≥ 97 % held out, with progress, curves, confusion matrix and mistakes @slow", async ({ page }) => {
  test.setTimeout(240_000);
  const errors = collectErrors(page);
  await page.goto("/chapters/cnns/");
  // by its lasting id: the editor draws only the lines in view, so the cell's text is no handle
  const cell = page.locator("nn-cell#cell-a-convolutional-network-on-real-digits-1");
  // every cell of the chapter runs, in order, as in Node (tests/content/cells.test.ts); the CNN's is the long one
  const cells = page.locator("nn-cell");
  const count = await cells.count();
  await page.getByRole("button", { name: "Run all cells" }).click();
  // while it trains: a live progress line and a Stop button
  await expect(cell.getByRole("button", { name: "Stop" })).toBeVisible({ timeout: 60_000 });
  const output = cell.getByRole("status");
  await expect(output).toContainText("epoch 1/3", { timeout: 60_000 });
  await expect(output).toContainText("held-out accuracy", { timeout: 120_000 });
  const text = (await output.textContent()) ?? "";
  const [, accuracy, seconds] = /held-out accuracy ([\d.]+) % after 3 epochs, ([\d.]+) s in all/.exec(text) ?? [];
  console.log(`CNN in Chromium: ${accuracy} % held out, ${seconds} s`);
  expect(Number(accuracy)).toBeGreaterThanOrEqual(97);
  test.info().annotations.push({ type: "CNN training", description: `${accuracy} % held out in ${seconds} s (target 60 s)` });
  expect(Number(seconds)).toBeLessThanOrEqual(120);
  // the curves and the confusion matrix are figures; the wrong digits a batch of images
  await expect(output.locator("svg").first()).toBeVisible();
  await expect(output).toContainText("wrong of 2000");
  await expect(page.locator("nn-chapter-tools").getByRole("status")).toHaveText(`${count} of ${count} cells ran without error.`, { timeout: 60_000 });
  await expect(page.locator("nn-cell .nn-out-error")).toHaveCount(0);
  expect(errors).toEqual([]);
});

test("Stop ends the CNN's training and leaves the cell ready to run again", async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto("/chapters/cnns/");
  // by its lasting id: the editor draws only the lines in view, so the cell's text is no handle
  const cell = page.locator("nn-cell#cell-a-convolutional-network-on-real-digits-1");
  await cell.scrollIntoViewIfNeeded();
  // the cell is live once its editor is: a click on Run before that is the page still loading
  await expect(cell.getByRole("textbox")).toBeVisible();
  await cell.getByRole("button", { name: "Run" }).click();
  const stop = cell.getByRole("button", { name: "Stop" });
  await expect(stop).toBeVisible({ timeout: 30_000 });
  await stop.click();
  await expect(cell.getByRole("button", { name: "Run" })).toBeEnabled();
  await expect(stop).toBeHidden();
});
