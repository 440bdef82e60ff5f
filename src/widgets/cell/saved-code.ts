/**
 * A reader's edits to a cell, kept in this browser until they press Reset, under the cell's stable
 * id (src/plugins/stable-ids.ts), so an edit stays with its cell when the chapter changes.
 */
const key = (cellId: string) => `nnbook:cell:${location.pathname}#${cellId}`;

/**
 * Edits saved before cells had stable ids were keyed by position (`#cell-4`). The first load under
 * the new ids moves such an edit to the cell at that position then — the position it was saved
 * under, as long as the chapter has not changed since — and forgets the old key.
 */
function migrate(cellId: string, legacyId: string | undefined): void {
  if (!legacyId || legacyId === cellId || localStorage.getItem(key(cellId)) !== null) return;
  const old = localStorage.getItem(key(legacyId));
  if (old === null) return;
  localStorage.setItem(key(cellId), old);
  localStorage.removeItem(key(legacyId));
}

/** `legacyId`: the positional id the cell had before (`cell-4` for the fourth cell of the page). */
export function loadEdit(cellId: string, legacyId?: string): string | null {
  try {
    migrate(cellId, legacyId);
    return localStorage.getItem(key(cellId));
  } catch {
    return null; // storage blocked (private mode, sandboxed iframe): edits just do not persist
  }
}

export function saveEdit(cellId: string, code: string, original: string): void {
  try {
    if (code === original) localStorage.removeItem(key(cellId));
    else localStorage.setItem(key(cellId), code);
  } catch {
    /* storage full or blocked: the edit stays in the page */
  }
}
