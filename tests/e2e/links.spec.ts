import { test, expect } from "@playwright/test";

const CHAPTER = "/chapters/perceptron/";

test("cells, exercises and figures have ids named after their section, with a label that links to them", async ({ page }) => {
  await page.goto(CHAPTER);
  const ids = await page.locator("nn-cell, .nn-exercise, .nn-anchored").evaluateAll((els) => els.map((e) => e.id));
  expect(ids.length).toBeGreaterThan(20);
  expect(new Set(ids).size).toBe(ids.length); // unique
  expect(ids.filter((id) => /^cell-\d+$/.test(id))).toEqual([]); // nothing positional
  expect(ids).toContain("cell-what-the-bias-does-1");
  expect(ids).toContain("exercise-a-line-by-hand");
  // the teacher's handle: "Cell 1.6" in the toolbar, "Exercise 1.2" above the exercise, both links to themselves
  const cell = page.locator("#cell-what-the-bias-does-1");
  await expect(cell.getByRole("link", { name: /^Cell 1\.\d+$/ })).toHaveAttribute("href", "#cell-what-the-bias-does-1");
  const exercise = page.locator("#exercise-a-line-by-hand");
  await expect(exercise.getByRole("link", { name: "Exercise 1.2", exact: true })).toHaveAttribute("href", "#exercise-a-line-by-hand");
  // a pasted link lands on it
  await page.goto(`${CHAPTER}#exercise-a-line-by-hand`);
  await expect(exercise).toBeInViewport();
});

test("an edit saved under the old positional key (#cell-3) moves to the cell's stable id", async ({ page }) => {
  await page.goto(CHAPTER);
  await page.evaluate((path) => localStorage.setItem(`nnbook:cell:${path}#cell-3`, "// saved before ids were stable\n3"), CHAPTER);
  await page.reload();
  const third = page.locator("nn-cell").nth(2);
  await expect(third).toHaveAttribute("data-edited", "");
  expect(await third.evaluate((el) => (el as HTMLElement & { code: string }).code)).toBe("// saved before ids were stable\n3");
  const keys = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("nnbook:cell:")));
  expect(keys).toEqual([`nnbook:cell:${CHAPTER}#${await third.getAttribute("id")}`]);
});

test("without a configured site address no page claims a wrong canonical address", async ({ page }) => {
  for (const path of ["/", CHAPTER]) {
    await page.goto(path);
    expect(await page.locator('link[rel="canonical"]').count()).toBe(0);
    expect(await page.locator('meta[property="og:url"]').count()).toBe(0);
    expect(await page.content()).not.toContain("nnbook.example");
  }
});
