/**
 * Starlight's search loads Pagefind's UI (26 KB gzipped) as soon as the page is idle, which alone
 * would take most of a chapter's 40 KB budget for JavaScript before any interaction. astro.config
 * points `@pagefind/default-ui` here: the same UI, built on the reader's first interaction (the
 * pointer reaching the search button, Ctrl+K…), before the dialog can open.
 */
import { afterFirstInteraction } from "../loading/first-interaction.ts";

export class PagefindUI {
  constructor(options: Record<string, unknown>) {
    afterFirstInteraction(async () => {
      // @ts-expect-error: Pagefind ships no types
      const { PagefindUI: Real } = await import("@pagefind/default-ui/npm_dist/mjs/ui-core.mjs");
      new Real(options);
    });
  }
}
