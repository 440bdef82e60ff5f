/**
 * The page's side of loading files for a cell's worker, which has no network of its own: the
 * worker's own built code (by file name, next to its entry) and the book's data files (same
 * origin, GET, no cookies, no redirects). Reader code may ask for anything; only these answer.
 */

/** The worker's code files, fetched once per page and shared by every sandbox. */
const chunks = new Map<string, Promise<string>>();

export function codeFile(name: string, entryUrl: string): Promise<string> {
  let text = chunks.get(name);
  if (!text) {
    text = fetch(new URL(name, entryUrl), { credentials: "omit" }).then((response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.text();
    });
    text.catch(() => chunks.delete(name)); // a dropped connection may come back: try again next run
    chunks.set(name, text);
  }
  return text;
}

/** A data file must be smaller than this (the digits are ~8 MB). */
const MAX_DATA_BYTES = 64 * 1024 * 1024;

export type DataAnswer = { status?: number; bytes?: ArrayBuffer; error?: string };

/** Loads `url` (relative to the page) for a cell, if it is one of the book's own files. */
export async function bookFile(url: string): Promise<DataAnswer> {
  let target: URL;
  try {
    target = new URL(url, location.href);
  } catch {
    return { error: `${url} is not an address` };
  }
  if (target.origin !== location.origin) return { error: `only the book's own files can be loaded, not ${target.origin}` };
  try {
    const response = await fetch(target, { method: "GET", credentials: "omit", redirect: "error" });
    if (!response.ok) return { status: response.status };
    const bytes = await response.arrayBuffer();
    return bytes.byteLength > MAX_DATA_BYTES ? { error: "the file is too large for a cell" } : { status: response.status, bytes };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}
