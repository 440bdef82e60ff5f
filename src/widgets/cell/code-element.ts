/**
 * When and how a code element (`<nn-cell>`, `<nn-exercise>`) gets its editor. The server renders
 * the code as plain text; CodeMirror loads after the reader's first interaction, once the element
 * nears the viewport, or at once when focus enters it — so a page ships no editor before anyone
 * reads. `data-editor` says where it stands ("loading", "ready"); focus inside stays inside.
 */
import type { CellEditor } from "./editor/editor.ts";
import { afterFirstInteraction } from "../../loading/first-interaction.ts";

type EditorOptions = { label: string; onRun: () => void; onChange: (code: string) => void };

/** Calls `load` when `element` first matters (see above); returns what stops watching. */
export function whenEditorNeeded(element: HTMLElement, load: () => void, margin = "600px"): () => void {
  const observer = new IntersectionObserver((entries) => {
    if (entries.some((e) => e.isIntersecting)) (observer.disconnect(), load());
  }, { rootMargin: `${margin} 0px` });
  afterFirstInteraction(() => { if (element.isConnected && element.dataset.editor === undefined) observer.observe(element); });
  element.addEventListener("focusin", () => load(), { once: true });
  return () => observer.disconnect();
}

/**
 * Replaces the plain code in `element`'s `.nn-cell-editor` with the editor, holding `code`; null
 * when one is already loading or loaded (the caller keeps the one it has).
 */
export async function mountLazyEditor(element: HTMLElement, code: () => string, options: EditorOptions): Promise<CellEditor | null> {
  if (element.dataset.editor !== undefined) return null;
  element.dataset.editor = "loading";
  const { mountEditor } = await import("./editor/editor.ts");
  const host = element.querySelector<HTMLElement>(".nn-cell-editor")!;
  const hadFocus = host.contains(document.activeElement);
  host.replaceChildren();
  const editor = mountEditor(host, code(), options);
  element.dataset.editor = "ready";
  if (hadFocus) editor.focus();
  return editor;
}

/** Swaps Run (or Check) and Stop, keeping keyboard focus on the toolbar when the button under it goes. */
export function swapRunAndStop(run: HTMLButtonElement, stop: HTMLButtonElement, running: boolean): void {
  const focused = document.activeElement;
  run.hidden = running;
  stop.hidden = !running;
  if (running && focused === run) stop.focus();
  if (!running && focused === stop) run.focus();
}
