/**
 * Nothing the editor pops up (completions, type info, errors) may cover the cell's toolbar: on a
 * phone the completion list opened below the last line lay over Run, and tapping Run picked a
 * completion instead of running. Tooltips get the window above the toolbar's top edge; CodeMirror
 * then opens them above the line when there is no room below.
 */
import { tooltips, type EditorView } from "@codemirror/view";

export function spaceAboveToolbar(view: EditorView): { top: number; left: number; bottom: number; right: number } {
  const toolbar = view.dom.closest("nn-cell")?.querySelector(".nn-cell-toolbar");
  const top = toolbar?.getBoundingClientRect().top ?? innerHeight;
  return { top: 0, left: 0, right: innerWidth, bottom: Math.max(0, Math.min(innerHeight, top)) };
}

export const keepToolbarClear = tooltips({ tooltipSpace: spaceAboveToolbar });
