/**
 * The CodeMirror 6 editor of a cell, loaded after the reader's first interaction, for cells near
 * the viewport. Colours come from CSS variables (book.css), so it follows the site's light and
 * dark themes. Tab indents; Escape then Tab moves focus on (CodeMirror's tab focus mode), so the
 * editor is no keyboard trap. Types, completions and hover docs come from types.ts.
 */
import { minimalSetup } from "codemirror";
import { EditorView, keymap, lineNumbers, highlightActiveLine } from "@codemirror/view";
import { EditorState } from "@codemirror/state";
import { javascript } from "@codemirror/lang-javascript";
import { HighlightStyle, syntaxHighlighting, bracketMatching, indentOnInput } from "@codemirror/language";
import { tags as t } from "@lezer/highlight";
import { markError, errorMarks, errorTheme, errorOffset, type ErrorPlace } from "./error.ts";
import { indentWithTab } from "@codemirror/commands";
import { typeAware } from "./types.ts";
import { cellTerms } from "../terms/editor.ts";
import { keepToolbarClear } from "./toolbar-space.ts";

const highlight = HighlightStyle.define([
  { tag: [t.keyword, t.controlKeyword, t.moduleKeyword, t.definitionKeyword], color: "var(--nn-code-keyword)" },
  { tag: [t.string, t.special(t.string)], color: "var(--nn-code-string)" },
  { tag: [t.number, t.bool, t.null], color: "var(--nn-code-number)" },
  { tag: [t.comment, t.lineComment, t.blockComment], color: "var(--nn-code-comment)", fontStyle: "italic" },
  { tag: [t.function(t.variableName), t.function(t.propertyName)], color: "var(--nn-code-function)" },
  { tag: [t.typeName, t.className], color: "var(--nn-code-type)" },
]);

const theme = EditorView.theme({
  "&": { backgroundColor: "var(--nn-cell-bg)", color: "var(--sl-color-text)", fontSize: "0.875rem" },
  ".cm-content": { fontFamily: "var(--__sl-font-mono, ui-monospace, monospace)", caretColor: "var(--sl-color-text)", padding: "0.5rem 0" },
  ".cm-gutters": { backgroundColor: "var(--nn-cell-bg)", color: "var(--sl-color-gray-2)", border: "none" }, // gray-3 is 4.48:1 in dark
  ".cm-activeLine": { backgroundColor: "var(--nn-cell-active-line)" },
  ".cm-activeLineGutter": { backgroundColor: "transparent" },
  "&.cm-focused": { outline: "2px solid var(--sl-color-accent)", outlineOffset: "-2px" },
  ".cm-selectionBackground, &.cm-focused .cm-selectionBackground": { backgroundColor: "var(--nn-cell-selection) !important" },
});

export type CellEditor = {
  getCode(): string;
  setCode(code: string): void;
  /** Marks where a run failed (null clears it). */
  markError(place: ErrorPlace | null): void;
  /** Puts the cursor at a 1-based line and column and focuses the editor. */
  goTo(place: ErrorPlace): void;
  focus(): void;
};

let hints = 0;
/** A hidden line telling screen-reader users how to run the cell and how to leave the editor. */
function keysHint(parent: HTMLElement): HTMLElement {
  const hint = Object.assign(document.createElement("span"), {
    id: `nn-editor-keys-${++hints}`,
    className: "sr-only",
    textContent: "Shift+Enter runs the cell. Tab indents; press Escape, then Tab, to leave the editor.",
  });
  parent.append(hint);
  return hint;
}

export function mountEditor(parent: HTMLElement, code: string, options: { label: string; onRun: () => void; onChange: (code: string) => void }): CellEditor {
  const runKeys = keymap.of([
    { key: "Shift-Enter", run: () => (options.onRun(), true) },
    { key: "Mod-Enter", run: () => (options.onRun(), true) },
  ]);
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: code,
      extensions: [
        runKeys,
        minimalSetup,
        keymap.of([indentWithTab]),
        typeAware(options.label),
        keepToolbarClear,
        lineNumbers(),
        highlightActiveLine(),
        bracketMatching(),
        indentOnInput(),
        javascript({ typescript: true }),
        EditorView.lineWrapping, // long comments wrap instead of scrolling sideways on phones
        syntaxHighlighting(highlight),
        theme,
        errorMarks,
        errorTheme,
        cellTerms(parent), // formula ↔ code links
        EditorView.contentAttributes.of({ "aria-label": options.label, "aria-describedby": keysHint(parent).id }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) options.onChange(update.state.doc.toString());
        }),
      ],
    }),
  });
  return {
    getCode: () => view.state.doc.toString(),
    setCode: (next) => view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: next } }),
    markError: (place) => view.dispatch({ effects: markError.of(place) }),
    goTo: (place) => {
      const at = errorOffset(view.state, place);
      if (at === null) return;
      view.dispatch({ selection: { anchor: at }, scrollIntoView: true });
      view.focus();
    },
    focus: () => view.focus(),
  };
}
