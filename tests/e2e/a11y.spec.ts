import { test, expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { readdirSync, existsSync } from "node:fs";
import { chapterSlug } from "../../src/plugins/chapter-slug.ts";

/** Every page of the book: contents, notation, and each chapter folder in content/chapters. */
const chaptersDir = new URL("../../content/chapters/", import.meta.url);
const chapters = readdirSync(chaptersDir)
  .filter((folder) => existsSync(new URL(`${folder}/index.mdx`, chaptersDir)))
  .sort()
  .map((folder) => `/chapters/${chapterSlug(folder)}/`);
const PAGES = ["/", "/notation/", ...chapters];

async function open(page: Page, path: string, theme: "light" | "dark") {
  await page.emulateMedia({ colorScheme: theme });
  await page.addInitScript((t) => localStorage.setItem("starlight-theme", t), theme);
  await page.goto(path);
  await expect(page.locator("html")).toHaveAttribute("data-theme", theme);
  // scroll through so every lazily loaded cell editor and widget is there when axe looks
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += 600) {
      window.scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 30));
    }
  });
  await expect(page.locator('nn-cell[data-editor="loading"]')).toHaveCount(0);
}

/** Serious and critical violations of axe's standard rules (WCAG A/AA and best practices), or of `rules` only; one line per element. */
async function violations(page: Page, rules?: string[]): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  const results = await (rules ? builder.withRules(rules) : builder).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(" ")} — ${n.failureSummary?.split("\n")[1]?.trim() ?? v.help}`));
}

/** Switches the open page's theme as Starlight's toggle does: the stored choice and the attribute. */
async function setTheme(page: Page, theme: "light" | "dark") {
  await page.emulateMedia({ colorScheme: theme });
  await page.evaluate((t) => (localStorage.setItem("starlight-theme", t), (document.documentElement.dataset.theme = t)), theme);
}

// One load per page, three looks (a load and a scroll-through cost more than axe itself): the
// whole rule set in light at 1280 px, the colour rules in dark, then the whole set at 390 px in
// dark, where wide formulas become scroll regions (scrollable-region-focusable).
for (const path of PAGES) {
  test(`${path} has no serious or critical axe violations in light, in dark, and at 390 px`, async ({ page }) => {
    test.setTimeout(240_000); // a chapter loads an editor per cell before axe looks
    await open(page, path, "light");
    expect(await violations(page), "light, 1280 px").toEqual([]);
    await setTheme(page, "dark");
    expect(await violations(page, ["color-contrast", "link-in-text-block"]), "dark, 1280 px").toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    // the resize observer has marked every formula and table that now scrolls (katex-scroll.ts)
    await expect
      .poll(() => page.locator(".sl-markdown-content .katex-display, .sl-markdown-content > table").evaluateAll((els) => els.filter((e) => e.scrollWidth > e.clientWidth + 1 && !e.hasAttribute("data-scrolls")).length))
      .toBe(0);
    expect(await violations(page), "dark, 390 px").toEqual([]);
    // and no display formula needs that scroll on a phone: each is broken into lines that fit
    const wide = await page.locator(".sl-markdown-content .katex-display").evaluateAll((els) =>
      els.filter((e) => e.scrollWidth > e.clientWidth + 1).map((e) => (e.querySelector("annotation")?.textContent ?? "").trim().slice(0, 60)));
    expect(wide, "display formulas wider than the column at 390 px").toEqual([]);
  });
}

for (const theme of ["light", "dark"] as const) {
  test(`a chapter in ${theme} after running a cell, linking a symbol, sharing and using the widget has no serious axe violations`, async ({ page, context }) => {
    test.setTimeout(120_000);
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await open(page, chapters[0], theme);
    const cell = page.locator("nn-cell").first();
    await cell.scrollIntoViewIfNeeded();
    await cell.getByRole("button", { name: "Run" }).click();
    await expect(cell.getByRole("status")).toHaveAttribute("data-state", "done");
    await cell.getByRole("button", { name: "Copy link" }).click();
    await expect(cell).toContainText("Link copied");
    await page.locator(".katex-html [data-term]").first().focus();
    await expect(cell.locator(".nn-term-active").first()).toBeVisible();
    // the widget, used: one training step
    const widget = page.locator("nn-perceptron").first();
    if ((await widget.count()) > 0) {
      await widget.scrollIntoViewIfNeeded();
      await widget.getByRole("button", { name: /Train one step/ }).click();
    }
    // a hint opened
    await page.locator("details:not(.nnk-embed) summary").first().click();
    expect(await violations(page)).toEqual([]);
  });
}

test("on the narrowest phones (320 px) a display formula that scrolls is a keyboard stop that shows it scrolls", async ({ page }) => {
  test.setTimeout(120_000);
  // every formula fits 390 px (the 390 px pass checks it); at 320 px the widest still scroll
  await page.setViewportSize({ width: 320, height: 700 });
  const scrolling = page.locator(".katex-display[data-scrolls]");
  for (const chapter of chapters) {
    await page.goto(chapter);
    await page.waitForTimeout(300); // the resize observer has marked them
    if ((await scrolling.count()) > 0) break;
  }
  expect(await scrolling.count(), "no chapter has a display formula that scrolls at 390 px").toBeGreaterThan(0);
  const unmarked = await page.locator(".katex-display").evaluateAll((els) =>
    els.filter((e) => e.scrollWidth > e.clientWidth + 1 && (!e.hasAttribute("data-scrolls") || (e as HTMLElement).tabIndex !== 0)).length,
  );
  expect(unmarked).toBe(0);
  const first = scrolling.first();
  await first.focus();
  await expect(first).toBeFocused();
  await expect(first).toHaveAccessibleName(/scrolls sideways/);
  await page.keyboard.press("ArrowRight");
  await expect.poll(() => first.evaluate((e) => e.scrollLeft)).toBeGreaterThan(0);
  // the cue: a fade at the right edge (a background image), and a visible focus outline
  expect(await first.evaluate((e) => getComputedStyle(e).backgroundImage)).toContain("gradient");
  expect(await first.evaluate((e) => getComputedStyle(e).outlineStyle)).not.toBe("none");
});

test("a cell works by keyboard at 390 px: Shift+Enter runs, the output is a named status region, Escape then Tab leaves", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto(chapters[0]);
  const cell = page.locator("nn-cell").first();
  await cell.scrollIntoViewIfNeeded();
  const editor = cell.getByRole("textbox");
  await expect(editor).toBeVisible();
  await editor.focus();
  await page.keyboard.press("Shift+Enter");
  const output = cell.getByRole("status");
  await expect(output).toHaveAttribute("aria-live", "polite");
  await expect(output).toHaveAccessibleName(/Output of cell 1/);
  await expect(output).toHaveText("4.75");
  // the toolbar fits: nothing sticks out of the cell
  const overflow = await cell.evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  // no keyboard trap: Escape, then Tab moves on to the toolbar
  await editor.focus();
  await page.keyboard.press("Escape");
  await page.keyboard.press("Tab");
  await expect(cell.getByRole("button", { name: "Run" })).toBeFocused();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await expect(cell.getByRole("button", { name: "Copy link" })).toBeFocused();
});
