// Where a Chromium for the browser tests is: Playwright's own download if the user has one,
// else the system's (Debian's `chromium` package puts it at /usr/bin/chromium).
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

const SYSTEM_PATHS = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"];

/** @returns {string | undefined} an executable path, or undefined to use Playwright's own */
export function systemChromium() {
  return SYSTEM_PATHS.find((path) => existsSync(path));
}

/** @returns {boolean} */
export function playwrightChromiumInstalled() {
  try {
    return existsSync(chromium.executablePath());
  } catch {
    return false;
  }
}

/** Launch options for the tests: Playwright's browser when present, else the system's. */
export function chromiumLaunchOptions() {
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const args = [
    // a closed network: no background calls home, no component updates
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
    ...(isRoot ? ["--no-sandbox"] : []),
  ];
  if (playwrightChromiumInstalled()) return { args };
  const executablePath = systemChromium();
  return executablePath ? { executablePath, args } : { args };
}
