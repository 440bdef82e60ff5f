import { test, expect, type Locator, type Page } from "@playwright/test";
import { collectErrors } from "./console.ts";

const CHAPTER = "/chapters/perceptron/";

async function replaceCode(page: Page, cell: Locator, code: string) {
  await cell.scrollIntoViewIfNeeded();
  const box = cell.getByRole("textbox");
  await box.click();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.insertText(code);
}

const codeOf = (cell: Locator) => cell.evaluate((el) => (el as HTMLElement & { code: string }).code);

test("Copy link puts the edited code in the address; the link opens it marked as shared, not run until Run", async ({ page, context, browser }) => {
  test.setTimeout(120_000); // two readers, two page loads each: over a minute beside the security tests on two cores
  const errors = collectErrors(page);
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto(CHAPTER);
  const cell = page.locator("nn-cell").nth(2);
  const shared = '// a shared edit: ηₜ and ✓ survive the link\nconst ran = "yes";\nconsole.log("shared code ran");\n6 * 7';
  await replaceCode(page, cell, shared);
  await cell.getByRole("button", { name: "Copy link" }).click();
  await expect(cell).toContainText("Link copied");
  const url = await page.evaluate(() => navigator.clipboard.readText());
  expect(url).toMatch(/\/chapters\/perceptron\/#cell-the-step-function-1=z[A-Za-z0-9_-]+$/);
  expect(url.length).toBeLessThan(300);

  // a new reader, with an edit of their own saved for that cell
  const reader = await browser.newContext();
  const other = await reader.newPage();
  const otherErrors = collectErrors(other);
  await other.goto(CHAPTER);
  const mine = other.locator("nn-cell").nth(2);
  await replaceCode(other, mine, "// my own edit\n1");
  await other.waitForTimeout(400); // saved after a pause in typing

  await other.goto(url);
  await other.reload(); // a hash-only navigation: reload to open it as a new visit would
  const opened = other.locator("nn-cell").nth(2);
  await expect(opened).toHaveAttribute("data-shared", "");
  await expect(opened).toContainText("Shared code — not run yet. Read it, then press Run.");
  expect(await codeOf(opened)).toBe(shared);
  await expect(opened).toBeInViewport();
  // not run: no output, no run started
  await other.waitForTimeout(500);
  const output = opened.locator(".nn-cell-output"); // its role=status region, hidden while empty
  await expect(output).toBeEmpty();
  await expect(output).not.toHaveAttribute("data-state");
  // the reader's own saved edit is untouched while the shared code is only shown
  expect(await other.evaluate(() => Object.entries(localStorage).filter(([k]) => k.endsWith("#cell-the-step-function-1")).map(([, v]) => v))).toEqual(["// my own edit\n1"]);

  await opened.getByRole("button", { name: "Run" }).click();
  await expect(opened.getByRole("status")).toContainText("shared code ran");
  await expect(opened.getByRole("status")).toContainText("42");
  await expect(opened).toContainText("Edit it to keep it as your own");

  // editing makes it the reader's own: saved, no longer marked, and gone from the address
  await replaceCode(other, opened, "// mine now\n2");
  await expect(opened).not.toHaveAttribute("data-shared");
  await expect(opened.locator(".nn-cell-shared-note")).toHaveCount(0);
  expect(other.url()).not.toContain("cell-the-step-function-1=");
  await other.waitForTimeout(400);
  await other.reload();
  expect(await codeOf(other.locator("nn-cell").nth(2))).toBe("// mine now\n2");
  expect(errors).toEqual([]);
  expect(otherErrors).toEqual([]);
  await reader.close();
});

test("a link to an unedited cell is just its anchor; damaged links fall back to the book's code", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto(CHAPTER);
  const cell = page.locator("nn-cell").first();
  await cell.scrollIntoViewIfNeeded();
  await cell.getByRole("button", { name: "Copy link" }).click();
  await expect(cell).toContainText("Link copied (the book's code)");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/#cell-the-artificial-neuron-1$/);
  const original = await codeOf(cell);

  await page.goto(`${CHAPTER}#cell-the-artificial-neuron-1=zAAAA`);
  await page.reload();
  const again = page.locator("nn-cell").first();
  await expect(again).toContainText("damaged");
  expect(await codeOf(again)).toBe(original);
  await expect(again).not.toHaveAttribute("data-shared");
});

test("several cells in one link open together; without a clipboard the link is offered to select", async ({ page }) => {
  await page.goto(CHAPTER);
  // build a two-cell link with the page's own encoder
  const hash = await page.evaluate(async () => {
    const bytes = (s: string) => btoa(String.fromCharCode(...new TextEncoder().encode(s))).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
    return `cell-the-artificial-neuron-1=t${bytes("1 + 1")}&cell-the-artificial-neuron-2=t${bytes("2 + 2")}`;
  });
  await page.goto(`${CHAPTER}#${hash}`);
  await page.reload(); // a hash-only navigation only offers the code (security.spec.ts): open the link as a new visit would
  await expect(page.locator("nn-cell[data-shared]")).toHaveCount(2);
  expect(await codeOf(page.locator("nn-cell").nth(0))).toBe("1 + 1");
  expect(await codeOf(page.locator("nn-cell").nth(1))).toBe("2 + 2");

  await page.evaluate(() => Object.defineProperty(navigator, "clipboard", { value: undefined }));
  const cell = page.locator("nn-cell").nth(1);
  await cell.getByRole("button", { name: "Copy link" }).click();
  const field = cell.getByRole("textbox", { name: /Link to the code of cell 1\.2/ });
  await expect(field).toBeFocused();
  expect(await field.inputValue()).toMatch(/#cell-the-artificial-neuron-2=t/);
  await expect(cell).toContainText("Copy this link:");
});

test("reader code gets no network, storage or script loading in its worker", async ({ page }) => {
  await page.goto(CHAPTER);
  const cell = page.locator("nn-cell").first();
  const names = ["fetch", "indexedDB", "caches", "XMLHttpRequest", "WebSocket", "EventSource", "BroadcastChannel", "importScripts", "Worker", "localStorage", "document"];
  await replaceCode(
    page,
    cell,
    `const names = ${JSON.stringify(names)};\n` +
      "const g = globalThis as any;\n" +
      "console.log(names.map((n) => `${n}:${typeof g[n]}`).join(' '));\n" +
      "console.log('bare:', typeof fetch, typeof indexedDB, 'storage:', typeof (navigator as any).storage);\n" +
      "console.log('proto:', Object.getPrototypeOf(g) && typeof Object.getPrototypeOf(g).fetch);\n" +
      "'checked'",
  );
  await cell.getByRole("button", { name: "Run" }).click();
  const output = cell.getByRole("status");
  await expect(output).toContainText("checked");
  for (const name of names) await expect(output).toContainText(`${name}:undefined`);
  await expect(output).toContainText("bare: undefined undefined storage: undefined");
  await expect(output).toContainText("proto: undefined");
});

test("the engine's data loader still reaches the book's own files, and only those", async ({ page }) => {
  await page.goto(CHAPTER);
  const cell = page.locator("nn-cell").first();
  await replaceCode(
    page,
    cell,
    'import { data } from "@nnbook/nn";\n' +
      "const tryLoad = (url: string) => data.fetchDigits(url).then(() => 'loaded', (e: Error) => e.message);\n" +
      "console.log(await tryLoad('https://elsewhere.example/digits.bin'));\n" +
      "console.log(await tryLoad('/no-such-file.bin'));\n" +
      "'done'",
  );
  await cell.getByRole("button", { name: "Run" }).click();
  const output = cell.getByRole("status");
  await expect(output).toContainText("done");
  await expect(output).toContainText("only the book's own files can be loaded, not https://elsewhere.example");
  await expect(output).toContainText("GET /no-such-file.bin failed with HTTP 404");
});
