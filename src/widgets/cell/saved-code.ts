/** A reader's edits to a cell, kept in this browser until they press Reset. */
const key = (cellId: string) => `nnbook:cell:${location.pathname}#${cellId}`;

export function loadEdit(cellId: string): string | null {
  try {
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
