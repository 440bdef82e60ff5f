/**
 * Starlight's search loads Pagefind's UI (26 KB gzipped) as soon as the page is idle, which alone
 * would take most of a chapter's 40 KB budget for JavaScript before any interaction. astro.config
 * points `@pagefind/default-ui` here: the same UI, built on the reader's first interaction (the
 * pointer reaching the search button, Ctrl+K…).
 *
 * That first interaction may be the one that opens the dialog, before the UI exists: Starlight's
 * focus call then finds no search box. So what the reader types meanwhile is kept, and once the
 * box is there it gets the focus and those keys.
 */
import { afterFirstInteraction } from "../loading/first-interaction.ts";

export class PagefindUI {
  constructor(options: Record<string, unknown>) {
    afterFirstInteraction(async () => {
      const host = typeof options.element === "string" ? document.querySelector<HTMLElement>(options.element) : null;
      const dialog = host?.closest("dialog");
      let typed = "";
      const keep = (event: KeyboardEvent) => {
        if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) typed += event.key;
        else if (event.key === "Backspace") typed = typed.slice(0, -1);
      };
      dialog?.addEventListener("keydown", keep);
      // @ts-expect-error: Pagefind ships no types
      const { PagefindUI: Real } = await import("@pagefind/default-ui/npm_dist/mjs/ui-core.mjs");
      new Real(options);
      dialog?.removeEventListener("keydown", keep);
      let input = host?.querySelector("input");
      for (let frames = 0; !input && frames < 30; frames++) {
        await new Promise(requestAnimationFrame);
        input = host?.querySelector("input");
      }
      if (!input || !dialog?.open || document.activeElement === input) return;
      input.focus();
      if (typed) {
        input.value += typed;
        input.dispatchEvent(new Event("input", { bubbles: true }));
      }
    });
  }
}
