/**
 * Where the last run failed, shown in the editor: the line gets a tint and, when the column is
 * known, the word there gets a wavy underline. Both clear as soon as the reader edits.
 */
import { EditorView, Decoration, type DecorationSet } from "@codemirror/view";
import { StateEffect, StateField, type EditorState } from "@codemirror/state";

export type ErrorPlace = { line: number; column?: number };

export const markError = StateEffect.define<ErrorPlace | null>();

export const errorMarks = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(marks, tr) {
    for (const effect of tr.effects) if (effect.is(markError)) return decorate(tr.state, effect.value);
    return tr.docChanged ? Decoration.none : marks;
  },
  provide: (field) => EditorView.decorations.from(field),
});

export const errorTheme = EditorView.theme({
  ".cm-errorLine": { backgroundColor: "var(--nn-cell-error-line)" },
  ".cm-errorColumn": { textDecoration: "underline wavy var(--nn-error)", textUnderlineOffset: "3px", textDecorationSkipInk: "none" },
});

/** The document offset of a 1-based line and column, clamped into the line; null if off the end. */
export function errorOffset(state: EditorState, place: ErrorPlace): number | null {
  if (place.line < 1 || place.line > state.doc.lines) return null;
  const line = state.doc.line(place.line);
  return line.from + Math.min(Math.max((place.column ?? 1) - 1, 0), line.length);
}

function decorate(state: EditorState, place: ErrorPlace | null): DecorationSet {
  if (!place) return Decoration.none;
  const at = errorOffset(state, place);
  if (at === null) return Decoration.none;
  const line = state.doc.lineAt(at);
  const marks = [Decoration.line({ class: "cm-errorLine" }).range(line.from)];
  if (place.column !== undefined && line.length > 0) {
    // underline the word starting at the column (at least one character)
    const rest = line.text.slice(at - line.from);
    const word = /^[\w$]+/.exec(rest)?.[0].length ?? 1;
    const from = Math.min(at, line.to - 1);
    marks.push(Decoration.mark({ class: "cm-errorColumn" }).range(from, Math.min(from + word, line.to)));
  }
  return Decoration.set(marks, true);
}
