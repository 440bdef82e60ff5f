import { test, expect, type Locator, type Page } from "@playwright/test";
import { collectErrors } from "./console.ts";

const CHAPTER = "/chapters/perceptron/";
const TENSOR_CODE = 'import { tensor } from "@nnbook/nn";\nconst x = tensor([[1, 2], [3, 4]]);\n';

/** Opens the chapter, focuses the first cell's editor and replaces its code (the type worker starts on that focus). */
async function openWith(page: Page, code: string): Promise<Locator> {
  await page.goto(CHAPTER);
  const cell = page.locator("nn-cell").first();
  await cell.scrollIntoViewIfNeeded();
  const box = cell.getByRole("textbox");
  await box.click();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.insertText(code);
  return cell;
}

/** Moves the mouse over the middle of the first line of the editor that contains `text`. */
async function hoverText(page: Page, cell: Locator, text: string) {
  const point = await cell.locator(".cm-content").evaluate((content, needle) => {
    for (const line of content.querySelectorAll(".cm-line")) {
      const at = line.textContent!.indexOf(needle);
      if (at < 0) continue;
      // map the line's character offsets to its text nodes (CodeMirror splits tokens into spans)
      const range = document.createRange();
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      let seen = 0;
      const middle = at + Math.floor(needle.length / 2);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const length = node.textContent!.length;
        if (middle < seen + length) {
          range.setStart(node, middle - seen);
          range.setEnd(node, middle - seen + 1);
          const rect = range.getBoundingClientRect();
          return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
        }
        seen += length;
      }
    }
    return null;
  }, text);
  expect(point, `"${text}" is in the editor`).not.toBeNull();
  await page.mouse.move(point!.x, point!.y);
}

test("autocomplete offers matmul after `x.` for a Tensor x", async ({ page }) => {
  const errors = collectErrors(page);
  const cell = await openWith(page, TENSOR_CODE);
  await page.keyboard.type("x.");
  const popup = page.locator(".cm-tooltip-autocomplete");
  await expect(popup.getByRole("option", { name: /^matmul/ })).toBeVisible({ timeout: 20_000 });
  // narrowing works, and Enter accepts
  await page.keyboard.type("matm");
  await expect(popup.getByRole("option")).toHaveCount(1);
  await page.keyboard.press("Enter");
  await expect(cell.locator(".cm-content")).toContainText("x.matmul");
  expect(errors).toEqual([]);
});

test("hovering an engine name shows its signature and doc comment", async ({ page }) => {
  const errors = collectErrors(page);
  const cell = await openWith(page, `${TENSOR_CODE}x.matmul(x)`);
  // the checker is up once the completions answer; then hover works anywhere
  await hoverText(page, cell, "matmul");
  const tooltip = page.locator(".cm-tooltip-hover");
  await expect(tooltip).toContainText("matmul(other: Tensor): Tensor", { timeout: 20_000 });
  await expect(tooltip).toContainText("Matrix product");
  await page.mouse.move(0, 0); // away, so the tooltip (drawn above line 3, over line 2) closes
  await expect(tooltip).toHaveCount(0);
  await hoverText(page, cell, "tensor([[");
  await expect(tooltip).toContainText("Chapter 2");
  expect(errors).toEqual([]);
});

test("a type error is underlined and explained", async ({ page }) => {
  const errors = collectErrors(page);
  const cell = await openWith(page, `${TENSOR_CODE}x.matmull(x)`);
  const mark = cell.locator(".cm-lintRange-error");
  await expect(mark).toHaveText("matmull", { timeout: 20_000 });
  await hoverText(page, cell, "matmull");
  await expect(page.locator(".cm-tooltip-lint")).toContainText("Property 'matmull' does not exist on type 'Tensor'");
  // fixing it clears the mark
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("Backspace");
  await expect(mark).toHaveCount(0, { timeout: 20_000 });
  expect(errors).toEqual([]);
});

test("Tab indents; Escape then Tab leaves the editor for the Run button", async ({ page }) => {
  const errors = collectErrors(page);
  const cell = await openWith(page, "const a = 1;");
  const box = cell.getByRole("textbox");
  await page.keyboard.press("Home");
  await page.keyboard.press("Tab");
  await expect(box).toBeFocused();
  await expect(box).toContainText(/^\s+const a = 1;/);
  await page.keyboard.press("Escape");
  await page.keyboard.press("Tab");
  await expect(cell.getByRole("button", { name: "Run" })).toBeFocused();
  // and Shift+Tab from there comes back into the editor
  await page.keyboard.press("Shift+Tab");
  await expect(box).toBeFocused();
  expect(errors).toEqual([]);
});

test("the type worker starts on first focus, not when the editor mounts", async ({ page }) => {
  const workers: string[] = [];
  page.on("worker", (worker) => workers.push(worker.url()));
  await page.goto(CHAPTER);
  const cell = page.locator("nn-cell").first();
  await cell.scrollIntoViewIfNeeded(); // the first interaction: editors near the viewport load
  await expect(cell.locator(".cm-editor")).toBeVisible();
  await page.waitForTimeout(500);
  expect(workers.filter((url) => url.includes("ts-worker"))).toEqual([]);
  await cell.getByRole("textbox").click();
  await expect.poll(() => workers.filter((url) => url.includes("ts-worker")).length).toBe(1);
});
