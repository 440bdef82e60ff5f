import { defineConfig } from "@playwright/test";
import { chromiumLaunchOptions } from "./scripts/chromium.mjs";

// Override both to run several test sessions side by side: NNBOOK_DIST=/tmp/a/dist NNBOOK_PORT=4400
const PORT = Number(process.env.NNBOOK_PORT ?? 4329);
const DIST = process.env.NNBOOK_DIST ?? "dist";

/** Browser tests run against the built site (`astro build` first), served by `astro preview`. */
export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: "chromium",
    launchOptions: chromiumLaunchOptions(),
    trace: "retain-on-failure",
  },
  webServer: {
    command: `node scripts/serve-dist.mjs ${PORT} ${DIST}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
