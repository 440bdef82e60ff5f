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
