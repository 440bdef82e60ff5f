// A DOM for unit tests in Node (linkedom): the kit's pieces and each widget's draw.ts build real
// elements, and their snapshot tests serialise them.
import { parseHTML } from "linkedom";

/** Installs a fresh document as the global `document` and returns it. */
export function installDocument(): Document {
  const { document, window } = parseHTML("<!doctype html><html><head></head><body></body></html>");
  Object.assign(globalThis, { document, window });
  return document as unknown as Document;
}
