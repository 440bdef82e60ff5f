import { test, expect } from "@playwright/test";
import { collectErrors } from "./console.ts";
import { readCatalog } from "../../src/exercises/catalog.ts";

test("the contents page says what the book is and links chapter 1", async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto("/");
  await expect(page.locator("main")).toContainText("interactive");
  await page.getByRole("link", { name: "The perceptron" }).first().click();
  await expect(page).toHaveURL(/\/chapters\/perceptron\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("The perceptron");
  expect(errors).toEqual([]);
});

test("formulas are rendered by KaTeX at build time, with no math JavaScript", async ({ page }) => {
  const errors = collectErrors(page);
  const scripts: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "script") scripts.push(request.url());
  });
  await page.goto("/chapters/perceptron/");
  await expect(page.locator(".katex-display").first()).toBeVisible();
  expect(await page.locator(".katex-display .katex-html").count()).toBeGreaterThan(3);
  expect(await page.locator(".katex-error").count()).toBe(0);
  expect(scripts.filter((url) => /katex|mathjax/i.test(url))).toEqual([]);
  expect(errors).toEqual([]);
});

test("the notation page is there", async ({ page }) => {
  await page.goto("/notation/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Notation");
  await expect(page.locator(".katex").first()).toBeVisible();
});

// Every cell of every chapter runs in Chromium, as it does in Node (tests/content/cells.test.ts).
// Chapter 9's run all, with its CNN, is the one slow test (cnn-training.spec.ts).
for (const chapter of readCatalog().filter((c) => c.slug !== "cnns")) {
  test(`Run all cells runs every cell of chapter ${chapter.number} in the browser without an error`, async ({ page }) => {
    test.setTimeout(150_000);
    const errors = collectErrors(page);
    await page.goto(`/chapters/${chapter.slug}/`);
    const cells = page.locator("nn-cell");
    const count = await cells.count();
    expect(count).toBeGreaterThan(5);
    await page.getByRole("button", { name: "Run all cells" }).click();
    const status = page.locator("nn-chapter-tools").getByRole("status");
    await expect(status).toHaveText(`${count} of ${count} cells ran without error.`, { timeout: 120_000 });
    await expect(page.locator("nn-cell .nn-out-error")).toHaveCount(0);
    for (let i = 0; i < count; i++) await expect(cells.nth(i).getByRole("status")).toHaveAttribute("data-state", "done");
    expect(errors).toEqual([]);
  });
}
