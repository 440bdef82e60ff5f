import { decodeDigits, type DecodeDigitsOptions, type Digits } from "./digits.ts";

/**
 * Download the packed digits file (`data/digits.bin`, see `decodeDigits`) with the global `fetch`
 * and decode it: `await data.fetchDigits("/data/digits.bin", { n: 1000, shape: "image" })` →
 * `{ X [1000,1,28,28], y [1000] }`, pixels p/255 in [0, 1]. Works wherever `fetch` exists (a page,
 * a Web Worker, Node 18+); an HTTP error or a network failure is reported with the URL.
 * Chapter 9, CNNs (a CNN trained on real digits).
 */
export async function fetchDigits(url: string | URL, options: DecodeDigitsOptions = {}): Promise<Digits> {
  if (typeof fetch !== "function") throw new Error("fetchDigits: no global fetch here — in Node use loadDigits from @nnbook/nn/node");
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new Error(`fetchDigits: could not fetch ${String(url)} — ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  if (!response.ok) {
    throw new Error(
      `fetchDigits: GET ${String(url)} failed with HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ""} — ` +
        "is data/digits.bin served there? (`npm run prepare:data` makes it)",
    );
  }
  return decodeDigits(await response.arrayBuffer(), options);
}
