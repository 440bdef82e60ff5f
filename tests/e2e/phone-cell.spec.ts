import { test, expect, devices } from "@playwright/test";

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: devices["Pixel 7"].deviceScaleFactor });

test("on a phone the completion list leaves Run uncovered, and tapping Run runs instead of completing", async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto("/chapters/perceptron/");
  const cell = page.locator("nn-cell").first();
  await cell.scrollIntoViewIfNeeded();
  const editor = cell.getByRole("textbox");
  await expect(editor).toBeVisible();
  await editor.click();
  await page.keyboard.press("Control+End");
  await page.keyboard.type("\nx.");
  const list = page.locator(".cm-tooltip-autocomplete");
  await expect(list).toBeVisible({ timeout: 30_000 });
  const code = await editor.textContent();
  const run = cell.getByRole("button", { name: "Run" });
  const toolbar = (await cell.locator(".nn-cell-toolbar").boundingBox())!;
  const popup = (await list.boundingBox())!;
  expect(popup.y + popup.height, "the list ends above the toolbar").toBeLessThanOrEqual(toolbar.y + 1);
  // a tap at Run's coordinates, whatever lies on top (a locator's tap would wait until uncovered)
  const box = (await run.boundingBox())!;
  await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
  await expect(cell.getByRole("status")).toHaveAttribute("data-state", /done|failed/);
  expect(await editor.textContent(), "no completion was inserted").toBe(code);
});
