import { test, expect } from "@playwright/test";
import { collectErrors } from "./console.ts";

test("a cell loads the real digits from the book with data.fetchDigits", async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto("/chapters/perceptron/");
  const cell = page.locator("nn-cell").first();
  await cell.scrollIntoViewIfNeeded();
  await cell.getByRole("textbox").click();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.insertText([
    'import { data } from "@nnbook/nn";',
    'const { X, y } = await data.fetchDigits("/data/digits.bin", { n: 20, shape: "image" });',
    "`${X.shape} ${y.toArray().slice(0, 10)}`",
  ].join("\n"));
  await cell.getByRole("button", { name: "Run" }).click();
  // classes are interleaved 0, 1, …, 9 in the packed file
  await expect(cell.getByRole("status")).toContainText("20,1,28,28 0,1,2,3,4,5,6,7,8,9", { timeout: 20_000 });
  expect(errors).toEqual([]);
});

test("/data/digits.bin is served whole from the book's origin", async ({ request }) => {
  const response = await request.get("/data/digits.bin");
  expect(response.status()).toBe(200);
  expect((await response.body()).length).toBeGreaterThan(7_000_000);
});
