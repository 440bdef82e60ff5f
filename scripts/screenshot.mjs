// Looks at a page as a reader would: `node scripts/screenshot.mjs <url> <out.png> [width] [light|dark] [full]`.
// Uses the same Chromium as the browser tests. Serve the site first (`npm run preview`).
import { chromium } from "@playwright/test";
import { chromiumLaunchOptions } from "./chromium.mjs";

const [url, out = "page.png", width = "1280", theme = "light", full = ""] = process.argv.slice(2);
if (!url) {
  console.error("usage: node scripts/screenshot.mjs <url> <out.png> [width] [light|dark] [full]");
  process.exit(2);
}
const browser = await chromium.launch(chromiumLaunchOptions());
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: theme === "dark" ? "dark" : "light" });
await page.addInitScript((t) => localStorage.setItem("starlight-theme", t), theme);
await page.goto(url, { waitUntil: "networkidle" });
await page.waitForTimeout(300);
await page.screenshot({ path: out, fullPage: full === "full" });
await browser.close();
console.log(`${out}: ${url} at ${width}px, ${theme}`);
