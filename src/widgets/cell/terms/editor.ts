/**
 * The editor's half of formula ↔ code (terms.ts): marks the names linked to the formula's terms,
 * highlights the one the page asks for, and tells the page when the caret rests on one, so a
 * keyboard reader gets the same highlight as a mouse.
 */
import { EditorView, ViewPlugin, Decoration, type DecorationSet } from "@codemirror/view";
import { StateEffect, StateField, type Extension, type EditorState } from "@codemirror/state";
import { termRanges } from "./find.ts";

const setActive = StateEffect.define<string | null>();

function build(state: EditorState, terms: ReadonlySet<string>, active: string | null): DecorationSet {
  const marks = termRanges(state.doc.toString(), terms).map(({ from, to, term }) =>
    Decoration.mark({ class: term === active ? "nn-term nn-term-active" : "nn-term", attributes: { "data-term": term } }).range(from, to),
  );
  return Decoration.set(marks);
}

/** Links the cell's names to the terms its formulas declare (`data-terms` on the cell, set by terms.ts). */
export function cellTerms(parent: HTMLElement): Extension {
  const cell = parent.closest<HTMLElement>("nn-cell");
  const terms = new Set((cell?.dataset.terms ?? "").split(" ").filter(Boolean));
  if (!cell || terms.size === 0) return [];
  let active: string | null = null;
  const field = StateField.define<DecorationSet>({
    create: (state) => build(state, terms, null),
    update(marks, tr) {
      const effect = tr.effects.find((e) => e.is(setActive));
      if (effect) active = effect.value as string | null;
      return effect || tr.docChanged ? build(tr.state, terms, active) : marks;
    },
    provide: (f) => EditorView.decorations.from(f),
  });
  let caretTerm: string | null = null;
  return [
    field,
    EditorView.updateListener.of((update) => {
      if (!update.selectionSet && !update.focusChanged) return;
      const head = update.state.selection.main.head;
      const here = update.view.hasFocus ? (termRanges(update.state.doc.toString(), terms).find((r) => r.from <= head && head <= r.to)?.term ?? null) : null;
      if (here === caretTerm) return;
      caretTerm = here;
      // after this update finishes: the page answers with an effect on this same view
      queueMicrotask(() => cell.dispatchEvent(new CustomEvent("nn-term-caret", { detail: here })));
    }),
    // the page's highlight requests (`nn-term` events on the cell, from terms.ts) become effects
    ViewPlugin.define((view) => {
      const onTerm = (event: Event) => {
        const term = (event as CustomEvent<string | null>).detail;
        if (term !== active) queueMicrotask(() => view.dispatch({ effects: setActive.of(term) }));
      };
      cell.addEventListener("nn-term", onTerm);
      return { destroy: () => cell.removeEventListener("nn-term", onTerm) };
    }),
  ];
}
