import type { Page } from "@playwright/test";

/** Collects console errors and uncaught exceptions of a page, for a final "none" assertion. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(`${error.name}: ${error.message}`));
  return errors;
}
