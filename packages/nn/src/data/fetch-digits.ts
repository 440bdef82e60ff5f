import { decodeDigits, type DecodeDigitsOptions, type Digits } from "./digits.ts";

/** What `fetchDigits` needs of a `fetch`: a GET of one URL, answered with a status and the bytes. */
export type FetchLike = (url: string) => Promise<{ ok: boolean; status: number; statusText?: string; arrayBuffer(): Promise<ArrayBuffer> }>;

export interface FetchDigitsOptions extends DecodeDigitsOptions {
  /**
   * How to load the file (default: the global `fetch`). The book's cells get one that asks the
   * page for the book's own files, since reader code runs with no network of its own.
   */
  fetch?: FetchLike;
}

/**
 * Download the packed digits file (`data/digits.bin`, see `decodeDigits`) and decode it:
 * `await data.fetchDigits("/data/digits.bin", { n: 1000, shape: "image" })` →
 * `{ X [1000,1,28,28], y [1000] }`, pixels p/255 in [0, 1]. Works wherever `fetch` exists (a page,
 * a Web Worker, Node 18+) or with the `fetch` option; an HTTP error or a network failure is
 * reported with the URL. Chapter 9, CNNs (a CNN trained on real digits).
 */
export async function fetchDigits(url: string | URL, options: FetchDigitsOptions = {}): Promise<Digits> {
  const { fetch: load = typeof fetch === "function" ? (fetch as FetchLike) : undefined, ...decode } = options;
  if (!load) throw new Error("fetchDigits: no global fetch here — in Node use loadDigits from @nnbook/nn/node");
  let response: Awaited<ReturnType<FetchLike>>;
  try {
    response = await load(String(url));
  } catch (error) {
    throw new Error(`fetchDigits: could not fetch ${String(url)} — ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  if (!response.ok) {
    throw new Error(
      `fetchDigits: GET ${String(url)} failed with HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ""} — ` +
        "is data/digits.bin served there? (`npm run prepare:data` makes it)",
    );
  }
  return decodeDigits(await response.arrayBuffer(), decode);
}
