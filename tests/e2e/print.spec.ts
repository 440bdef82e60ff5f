import { test, expect } from "@playwright/test";

const CHAPTER = "/chapters/perceptron/";

test("a printed chapter shows every cell's code without buttons, and exercises without answers", async ({ page }) => {
  await page.goto(CHAPTER);
  await page.emulateMedia({ media: "print" });
  const cells = page.locator("nn-cell");
  const count = await cells.count();
  for (let i = 0; i < count; i++) await expect(cells.nth(i).locator(".nn-cell-source, .cm-content").first()).toBeVisible();
  await expect(page.locator("nn-cell button:visible")).toHaveCount(0);
  await expect(page.locator("nn-chapter-tools")).toBeHidden();
  await expect(page.locator(".nn-exercises details").first()).toBeHidden();
  // nothing is cut in half by a page break
  expect(await cells.first().evaluate((e) => getComputedStyle(e).breakInside)).toBe("avoid");
});

test("?answers=1 prints the exercises with their answers open", async ({ page }) => {
  await page.goto(`${CHAPTER}?answers=1`);
  await page.emulateMedia({ media: "print" });
  const hint = page.locator(".nn-exercises details").first();
  await expect(hint).toBeVisible();
  await expect(hint).toHaveAttribute("open", "");
  await expect(hint).toContainText("Hint");
  await expect(hint.locator(":scope > :not(summary)").first()).toBeVisible(); // its body shows, not only the summary
});

test("the chapter prints to a PDF", async ({ page }, info) => {
  await page.goto(`${CHAPTER}?answers=1`);
  const pdf = await page.pdf({ format: "A4", printBackground: true });
  expect(pdf.length).toBeGreaterThan(50_000);
  await info.attach("chapter.pdf", { body: pdf, contentType: "application/pdf" });
  if (process.env.NNBOOK_PDF_OUT) (await import("node:fs")).writeFileSync(process.env.NNBOOK_PDF_OUT, pdf);
});
