import { test, expect } from "@playwright/test";

test("after one visit the book reads, runs cells and works its widgets offline; an unsaved page says so", async ({ page, context }) => {
  test.setTimeout(120_000);
  await page.goto("/");
  // the service worker installs with every page, script and the digits data cached
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect.poll(() => page.evaluate(async () => (await caches.keys()).some((k) => k.startsWith("nnbook-")))).toBe(true);
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute("href", "/manifest.webmanifest");

  await context.setOffline(true);
  await page.goto("/chapters/perceptron/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("The perceptron");
  const cell = page.locator("nn-cell").first();
  await cell.scrollIntoViewIfNeeded();
  await cell.getByRole("button", { name: "Run" }).click();
  await expect(cell.getByRole("status")).toHaveAttribute("data-state", "done", { timeout: 30_000 });
  await expect(cell.getByRole("status")).toHaveText("4.75");
  // a widget: one training step of the perceptron
  const widget = page.locator("nn-perceptron").first();
  await widget.scrollIntoViewIfNeeded();
  await widget.getByRole("button", { name: /Train one step/ }).click();
  await expect(widget.getByRole("button", { name: /Train one step/ })).toBeEnabled();
  // the digits data a cell may load is there too
  const digits = await page.evaluate(async () => (await fetch("/data/digits.bin")).ok);
  expect(digits).toBe(true);
  // a page the book never had
  await page.goto("/no-such-page/");
  await expect(page.locator("body")).toContainText(/not available offline|not found/i);
  await context.setOffline(false);
});

test("the web app manifest makes the book installable", async ({ request }) => {
  const manifest = await (await request.get("/manifest.webmanifest")).json();
  expect(manifest.start_url).toBe("/");
  expect(manifest.display).toBe("standalone");
  const sizes = manifest.icons.map((i: { sizes: string }) => i.sizes);
  expect(sizes).toEqual(expect.arrayContaining(["192x192", "512x512"]));
  for (const icon of manifest.icons) expect((await request.get(icon.src)).ok()).toBe(true);
});

// A new version of the book (a new build, so a new /sw.js) is picked up on the reader's next
// visit: the new worker caches the new files, drops the old cache, and the reader's saved edits
// stay (they live in localStorage, which no cache touches). The new build is played here by
// serving /sw.js with another version (scripts/serve-dist.mjs, nextBuild).
test("a new version of the book is picked up on the next visit, offline too, and the reader's edits stay", async ({ page, context }) => {
  test.setTimeout(120_000);
  await page.goto("/chapters/perceptron/");
  await page.evaluate(async () => void (await navigator.serviceWorker.ready));
  const cacheNames = () => page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith("nnbook-")));
  await expect.poll(cacheNames).toHaveLength(1);
  const [first] = await cacheNames();

  // the reader edits a cell; the edit is saved
  const cell = page.locator("nn-cell").first();
  await cell.scrollIntoViewIfNeeded();
  await cell.getByRole("textbox").click();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.insertText("// my own version\n6 * 7");
  await expect(cell).toHaveAttribute("data-edited", "");
  await page.waitForTimeout(400); // the save is debounced by 250 ms

  // the site is rebuilt: /sw.js now carries another version (the test server plays it on this cookie)
  await context.addCookies([{ name: "nnbook-next-build", value: "next", url: new URL("/", page.url()).href }]);
  // the next visit: the browser checks /sw.js on its own as the page opens, installs the new worker,
  // which takes over and drops the old cache
  await page.goto("/");
  await expect.poll(cacheNames, { timeout: 60_000 }).toEqual([`${first}next`]);

  // the new version works offline, and the edit is still the reader's
  await context.setOffline(true);
  await page.goto("/chapters/perceptron/");
  const again = page.locator("nn-cell").first();
  await again.scrollIntoViewIfNeeded();
  await expect(again).toHaveAttribute("data-edited", "");
  await again.getByRole("button", { name: "Run" }).click();
  await expect(again.getByRole("status")).toHaveText("42", { timeout: 30_000 });
  await context.setOffline(false);
});
