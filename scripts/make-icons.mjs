// Draws the installable app's icons (public/icon-192.png, public/icon-512.png) from the favicon's
// drawing, full-bleed so they work as maskable icons (the mark sits inside the central 80 % safe
// zone). Run by hand after the favicon changes: `node scripts/make-icons.mjs`; the PNGs are committed.
import { readFileSync } from "node:fs";
import { chromium } from "@playwright/test";
import { chromiumLaunchOptions } from "./chromium.mjs";

const svg = readFileSync(new URL("../public/favicon.svg", import.meta.url), "utf8")
  .replace('<rect width="32" height="32" rx="7" fill="#3451d1"/>', "")
  .replace("<svg ", '<svg width="60%" height="60%" ');
const browser = await chromium.launch(chromiumLaunchOptions());
for (const size of [192, 512]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<body style="margin:0;width:${size}px;height:${size}px;background:#3451d1;display:grid;place-items:center">${svg}</body>`);
  await page.screenshot({ path: new URL(`../public/icon-${size}.png`, import.meta.url).pathname });
  await page.close();
}
await browser.close();
