// Golden-file snapshots of a widget's figure (as Plot's test/output/*.svg and *.html): a figure drawn for a
// fixed state, serialised with one element per line so a diff shows what moved.
import { expect } from "vitest";

/** The element's markup, one tag per line. */
export function serialize(element: Element): string {
  return element.outerHTML.replace(/></g, ">\n<") + "\n";
}

/** Compares the figure's markup with the golden file `file` (written on the first run, or with -u). */
export async function expectFigure(element: Element, file: string): Promise<void> {
  await expect(serialize(element)).toMatchFileSnapshot(file);
}
