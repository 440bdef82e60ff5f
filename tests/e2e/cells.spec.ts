import { test, expect, type Locator, type Page } from "@playwright/test";
import { collectErrors } from "./console.ts";

const CHAPTER = "/chapters/perceptron/";

async function editor(cell: Locator): Promise<Locator> {
  await cell.scrollIntoViewIfNeeded();
  const box = cell.getByRole("textbox");
  await expect(box).toBeVisible();
  return box;
}

/** The cell's current code, as the element holds it (CodeMirror's DOM splits lines into divs). */
function codeOf(cell: Locator): Promise<string> {
  return cell.evaluate((el) => (el as HTMLElement & { code: string }).code);
}

async function replaceCode(page: Page, cell: Locator, code: string) {
  const box = await editor(cell);
  await box.click();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.insertText(code);
}

test("a cell runs its code in a worker and shows the last expression", async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto(CHAPTER);
  const cell = page.locator("nn-cell").first();
  await replaceCode(page, cell, 'import { tensor } from "@nnbook/nn";\nconsole.log("hello");\ntensor([1, 2, 3]).mul(2).sum().item()');
  await cell.getByRole("button", { name: "Run" }).click();
  const output = cell.getByRole("status");
  await expect(output).toContainText("hello");
  await expect(output).toContainText("12");
  expect(errors).toEqual([]);
});

test("Shift+Enter runs the cell; an error names the reader's line and column and leads there", async ({ page }) => {
  await page.goto(CHAPTER);
  const cell = page.locator("nn-cell").nth(1);
  await replaceCode(page, cell, "const a = 1;\nconst b = 2;\nconst c = a + null.oops;");
  await page.keyboard.press("Shift+Enter");
  await expect(cell.getByRole("status")).toContainText("TypeError on line 3, column 20");
  await expect(cell.locator(".cm-errorLine")).toHaveCount(1);
  await expect(cell.locator(".cm-errorColumn")).toHaveText("oops");
  // the place in the message is a button that puts the cursor there
  await page.keyboard.press("ControlOrMeta+Home");
  await cell.getByRole("button", { name: "line 3, column 20" }).click();
  await expect(cell.getByRole("textbox")).toBeFocused();
  const caret = await page.evaluate(() => {
    const selection = getSelection()!;
    return { text: selection.focusNode?.textContent, offset: selection.focusOffset };
  });
  expect(caret.text?.slice(caret.offset)).toMatch(/^oops/);
});

test("an endless loop is stopped with a message and the page still answers", async ({ page }) => {
  test.setTimeout(45_000);
  await page.goto(CHAPTER);
  const cell = page.locator("nn-cell").first();
  await replaceCode(page, cell, "let i = 0;\nwhile (true) {\n  i++;\n}");
  await cell.getByRole("button", { name: "Run" }).click();
  await expect(cell.getByRole("button", { name: "Stop" })).toBeVisible();
  // the page's own thread is free while the worker loops
  expect(await page.evaluate(() => 6 * 7)).toBe(42);
  await expect(cell.getByRole("status")).toContainText("loop on line 2", { timeout: 20_000 });
  await expect(cell.getByRole("button", { name: "Run" })).toBeVisible();
  // and the cell runs again afterwards
  await replaceCode(page, cell, "40 + 2");
  await cell.getByRole("button", { name: "Run" }).click();
  await expect(cell.getByRole("status")).toHaveText("42");
});

test("Run pressed before the cell's script has loaded runs the cell once it has", async ({ page }) => {
  // hold the cells' script back, as a slow connection would, while the page's markup is up
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/Cell\.astro_astro_type_script/, async (route) => (await held, route.continue()));
  await page.goto(CHAPTER, { waitUntil: "commit" });
  const cell = page.locator("nn-cell").first();
  await cell.getByRole("button", { name: "Run" }).click();
  await expect(cell).toHaveAttribute("data-run-pending", "");
  expect(await cell.evaluate((el) => customElements.get(el.localName) === undefined)).toBe(true);
  release();
  await expect(cell.getByRole("status")).toHaveAttribute("data-state", "done", { timeout: 20_000 });
  await expect(cell.getByRole("status")).not.toBeEmpty();
  await expect(cell).not.toHaveAttribute("data-run-pending");
});

test("Stop ends a run at once", async ({ page }) => {
  await page.goto(CHAPTER);
  const cell = page.locator("nn-cell").first();
  await replaceCode(page, cell, "for (;;) {}");
  await cell.getByRole("button", { name: "Run" }).click();
  await cell.getByRole("button", { name: "Stop" }).click();
  await expect(cell.getByRole("status")).toContainText("Stopped");
  await expect(cell.getByRole("button", { name: "Run" })).toBeVisible();
});

test("an edit survives a reload, and Reset restores the original", async ({ page }) => {
  test.setTimeout(60_000); // three page loads, each starting the editor: 26–32 s on CI's two busy cores
  await page.goto(CHAPTER);
  const cell = page.locator("nn-cell").first();
  await editor(cell);
  const original = await codeOf(cell);
  await replaceCode(page, cell, "// my edit\n1 + 1");
  await expect(cell).toHaveAttribute("data-edited", "");
  await page.waitForTimeout(400); // edits are saved after a short pause in typing
  await page.reload();
  const again = page.locator("nn-cell").first();
  await expect(await editor(again)).toContainText("// my edit");
  await again.getByRole("button", { name: "Reset" }).click();
  await expect(again).not.toHaveAttribute("data-edited");
  expect(await codeOf(again)).toBe(original);
  await page.reload();
  const reloaded = page.locator("nn-cell").first();
  await editor(reloaded);
  expect(await codeOf(reloaded)).toBe(original);
});

test("Reset all my edits restores every edited cell after asking", async ({ page }) => {
  await page.goto(CHAPTER);
  const first = page.locator("nn-cell").nth(0);
  const second = page.locator("nn-cell").nth(1);
  await editor(first);
  const originals = [await codeOf(first), await codeOf(second)];
  await replaceCode(page, first, "1");
  await replaceCode(page, second, "2");
  await expect(page.locator("nn-cell[data-edited]")).toHaveCount(2);
  page.once("dialog", (dialog) => {
    expect(dialog.message()).toContain("2 edited cells");
    void dialog.accept();
  });
  await page.getByRole("button", { name: "Reset all my edits" }).click();
  await expect(page.locator("nn-cell[data-edited]")).toHaveCount(0);
  expect([await codeOf(first), await codeOf(second)]).toEqual(originals);
});
