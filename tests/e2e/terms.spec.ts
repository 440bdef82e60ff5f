import { test, expect, type Page } from "@playwright/test";
import { collectErrors } from "./console.ts";

const CHAPTER = "/chapters/perceptron/";

/** The first display formula (the weighted sum) and the cell after it. */
function weightedSum(page: Page) {
  const formula = page.locator(".katex-display").first();
  const cell = page.locator("nn-cell").first();
  return { formula, cell, symbol: (term: string) => formula.locator(`[data-term="${term}"]`) };
}

test("hovering a formula symbol highlights the names that compute it in the cell, and only those", async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto(CHAPTER);
  const { cell, symbol } = weightedSum(page);
  await cell.scrollIntoViewIfNeeded();
  await expect(cell.getByRole("textbox")).toBeVisible(); // the editor has loaded
  await symbol("w").hover();
  await expect(symbol("w")).toHaveClass(/nn-term-active/);
  const active = cell.locator(".nn-term-active");
  await expect(active.first()).toBeVisible();
  expect(new Set(await active.allTextContents())).toEqual(new Set(["w"]));
  expect(await active.count()).toBe(2); // `const w` and `w[i]`
  await symbol("b").hover();
  expect(new Set(await cell.locator(".nn-term-active").allTextContents())).toEqual(new Set(["b"]));
  await page.mouse.move(0, 0);
  await expect(cell.locator(".nn-term-active")).toHaveCount(0);
  expect(errors).toEqual([]);
});

test("hovering a name in the cell highlights the formula's symbol", async ({ page }) => {
  await page.goto(CHAPTER);
  const { cell, symbol } = weightedSum(page);
  await cell.scrollIntoViewIfNeeded();
  await expect(cell.getByRole("textbox")).toBeVisible();
  await cell.locator('.nn-term[data-term="x"]').first().hover();
  await expect(symbol("x")).toHaveClass(/nn-term-active/);
  await expect(symbol("w")).not.toHaveClass(/nn-term-active/);
});

test("symbols are keyboard stops: focus highlights the code; the caret on a name highlights the formula", async ({ page }) => {
  await page.goto(CHAPTER);
  const { cell, symbol } = weightedSum(page);
  await cell.scrollIntoViewIfNeeded();
  await expect(cell.getByRole("textbox")).toBeVisible();
  const z = symbol("z");
  await expect(z).toHaveAttribute("tabindex", "0");
  await expect(z).toHaveAttribute("role", "button");
  await z.focus();
  await page.keyboard.press("Tab");
  await expect(symbol("w")).toBeFocused();
  await expect(cell.locator('.nn-term-active[data-term="w"]')).toHaveCount(2);
  await page.keyboard.press("Enter"); // shows the code; focus stays on the symbol
  await expect(cell).toBeInViewport();

  // the reverse, by keyboard: put the caret in the name `b` on the editor's line 4
  const line = cell.locator(".cm-line").filter({ hasText: "const b = 0.25" });
  await line.locator('[data-term="b"]').click();
  await expect(symbol("b")).toHaveClass(/nn-term-active/);
  await page.keyboard.press("End");
  await expect(symbol("b")).not.toHaveClass(/nn-term-active/);
});

test("the static code is linked before the editor loads", async ({ page }) => {
  // no IntersectionObserver: the editor loads only on focus, so the cell stays a <pre>
  await page.addInitScript(() => {
    (window as { IntersectionObserver: unknown }).IntersectionObserver = class {
      observe() {}
      disconnect() {}
    };
  });
  await page.goto(CHAPTER);
  const { cell, symbol } = weightedSum(page);
  await expect(cell.locator(".nn-cell-source")).toBeVisible();
  await symbol("w").hover();
  await expect(cell.locator('.nn-cell-source .nn-term-active[data-term="w"]')).toHaveCount(2);
  await cell.locator('.nn-cell-source [data-term="z"]').first().hover();
  await expect(symbol("z")).toHaveClass(/nn-term-active/);
});
