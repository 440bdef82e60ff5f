import { test, expect } from "vitest";
import { EditorState } from "@codemirror/state";
import { errorOffset, errorMarks, markError } from "./error.ts";

const state = EditorState.create({ doc: "const a = 1;\nnull.oops;\n", extensions: [errorMarks] });

test("errorOffset(state, place) counts lines and columns from 1 and clamps into the line", () => {
  expect(errorOffset(state, { line: 2, column: 1 })).toBe(13);
  expect(errorOffset(state, { line: 2, column: 6 })).toBe(18);
  expect(errorOffset(state, { line: 2, column: 99 })).toBe(23);
  expect(errorOffset(state, { line: 9 })).toBeNull();
});

test("markError({ line, column }) tints the line and underlines the word at the column, until an edit", () => {
  const marked = state.update({ effects: markError.of({ line: 2, column: 6 }) }).state;
  const classes: string[] = [];
  marked.field(errorMarks).between(0, marked.doc.length, (from, to, deco) => {
    classes.push(`${deco.spec.class}@${from}-${to}`);
  });
  expect(classes).toEqual(["cm-errorLine@13-13", "cm-errorColumn@18-22"]);
  const edited = marked.update({ changes: { from: 0, insert: " " } }).state;
  expect(edited.field(errorMarks).size).toBe(0);
});
