/** A text edit at an offset: remove `remove` characters there, then insert `insert`. */
export type Edit = { at: number; remove?: number; insert: string };

/** Applies edits from the end backwards so earlier offsets stay valid; ties keep their order. */
export function applyEdits(text: string, edits: Edit[]): string {
  const ordered = edits.map((edit, index) => ({ edit, index })).sort((a, b) => b.edit.at - a.edit.at || b.index - a.index);
  let out = text;
  for (const { edit } of ordered) out = out.slice(0, edit.at) + edit.insert + out.slice(edit.at + (edit.remove ?? 0));
  return out;
}
