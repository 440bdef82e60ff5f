import { test, expect } from "@playwright/test";

test("the contents page's Next leads to chapter 1, and the last chapter's to the end of the book", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator(".pagination-links a[rel='next']")).toHaveAttribute("href", "/chapters/perceptron/");
  const last = await page.locator('.sidebar-content a[href^="/chapters/"]').last().getAttribute("href");
  await page.goto(last!);
  await page.locator(".pagination-links a[rel='next']").click();
  await expect(page).toHaveURL(/\/next\/$/);
  await expect(page.getByRole("heading", { name: "What the book covers" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "What is coming" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Where to go next" }).last()).toBeVisible();
});

test("a chapter read to its end is ticked in the sidebar, and the home page offers to continue", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("#nn-continue")).toBeHidden(); // nothing read yet
  await page.goto("/chapters/forward-pass/");
  await page.locator("footer").scrollIntoViewIfNeeded();
  await expect(page.locator('.sidebar-content a[href="/chapters/forward-pass/"]')).toHaveAttribute("data-read", "");
  await page.goto("/");
  const box = page.locator("#nn-continue");
  await expect(box).toBeVisible();
  await expect(box.getByRole("link")).toHaveAttribute("href", "/chapters/forward-pass/");
  await expect(box).toContainText("You have read 1 chapter.");
  await expect(page.locator('.sidebar-content a[href="/chapters/forward-pass/"]')).toHaveAccessibleName(/\(read\)/);
  await expect(page.locator('.sidebar-content a[href="/chapters/perceptron/"]')).not.toHaveAttribute("data-read");
});

test("the page for teachers says how to link, print with answers, the licenses and how to reach the authors", async ({ page }) => {
  await page.goto("/teachers/");
  for (const heading of ["Linking an exercise, a cell or a figure", "Printing", "Embedding", "Hand-in and grading", "License", "Reaching the authors"]) {
    await expect(page.getByRole("heading", { name: heading })).toBeVisible();
  }
  await expect(page.locator("main")).toContainText("?answers=1");
  await expect(page.locator("main")).toContainText("CC BY 4.0");
  await expect(page.locator("main")).toContainText("MIT");
  // the hand-in loop, step by step, from the page that makes the link to the command that grades
  await expect(page.locator("main").getByRole("link", { name: "Assignments", exact: true })).toHaveAttribute("href", "/assign/");
  await expect(page.locator("main")).toContainText("npm run grade -- submissions/ --out grades.csv");
  await expect(page.locator(".sidebar-content a[href='/assign/']")).toHaveText("Assignments");
  await expect(page.locator(".sidebar-content a[href='/progress/']")).toHaveText("Your progress");
});
