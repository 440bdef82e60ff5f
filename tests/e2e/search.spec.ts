import { test, expect } from "@playwright/test";
import { collectErrors } from "./console.ts";

const CHAPTER = "/chapters/perceptron/";

test("Ctrl+K as the page's first interaction focuses the search box, and nothing typed at once is lost", async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto(CHAPTER, { waitUntil: "networkidle" });
  await page.keyboard.press("Control+k"); // loads the search UI: it is not there yet
  await page.keyboard.type("sigmoid");
  const box = page.getByRole("dialog").getByRole("textbox");
  await expect(box).toBeFocused();
  await expect(box).toHaveValue("sigmoid");
  await expect(page.getByRole("dialog").locator(".pagefind-ui__result").first()).toBeVisible();
  expect(errors).toEqual([]);
});

test("tapping Search on a phone focuses the search box on the first open", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto(CHAPTER, { waitUntil: "networkidle" });
  const button = page.getByRole("button", { name: /Search/ }).first();
  const box = (await button.boundingBox())!;
  await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page.getByRole("dialog").getByRole("textbox")).toBeFocused();
  await page.keyboard.type("xor");
  await expect(page.getByRole("dialog").getByRole("textbox")).toHaveValue("xor");
  await context.close();
});

test("search snippets carry a formula once, as text, never as LaTeX or tripled", async ({ page }) => {
  await page.goto(CHAPTER);
  const excerpts = await page.evaluate(async () => {
    const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
    const excerpts: string[] = [];
    for (const term of ["classes", "softmax", "weighted sum", "sigmoid"]) {
      const found = await pagefind.search(term);
      for (const result of found.results.slice(0, 5)) {
        const data = await result.data();
        excerpts.push(data.excerpt, ...data.sub_results.map((s: { excerpt: string }) => s.excerpt));
      }
    }
    return excerpts;
  });
  expect(excerpts.length).toBeGreaterThan(5);
  const strip = (html: string) => html.replace(/<[^>]+>/g, "");
  expect(excerpts.map(strip).filter((e) => /\\[a-zA-Z]+|[_^]\{|\bCCC\b/.test(e))).toEqual([]);
});
