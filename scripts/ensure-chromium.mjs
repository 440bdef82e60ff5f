// Before the browser tests: make sure a Chromium is there, obtaining one if it is not.
// Debian as root: `apt-get install chromium` (what works on machines without Playwright's CDN);
// elsewhere: Playwright's own download. If neither can be done, say which command to run.
import { execSync } from "node:child_process";
import { existsSync } from "node:fs";
import { systemChromium, playwrightChromiumInstalled } from "./chromium.mjs";

if (playwrightChromiumInstalled() || systemChromium()) process.exit(0);

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
const run = (command) => {
  console.log(`> ${command}`);
  execSync(command, { stdio: "inherit" });
};

try {
  if (isRoot && existsSync("/usr/bin/apt-get")) {
    console.log("No Chromium found: installing Debian's chromium package for the browser tests.");
    run("apt-get update -qq");
    run("DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium");
  } else {
    console.log("No Chromium found: downloading Playwright's Chromium for the browser tests.");
    run("npx playwright install chromium");
  }
} catch {
  // fall through to the check below
}

if (!playwrightChromiumInstalled() && !systemChromium()) {
  console.error(
    "\nThe browser tests need Chromium and none could be installed.\n" +
      "  On Debian/Ubuntu:  sudo apt-get install chromium\n" +
      "  Elsewhere:         npx playwright install chromium\n" +
      "then run `npm test` again.",
  );
  process.exit(1);
}
