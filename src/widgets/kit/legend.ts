// A figure's key, built from elements (not innerHTML): each entry is a small mark and its text.
// Hidden from assistive technology, since the figure's label says what the marks mean.
import { html, svg } from "./dom.ts";

export type LegendMark =
  /** An SVG mark in a box of `size` viewBox units around 0: a circle, a path, a line. */
  | { readonly svg: readonly [tag: "circle" | "path" | "line" | "rect", attrs: Record<string, string | number>]; readonly size?: number }
  /** A CSS swatch: a span with these classes. */
  | { readonly swatch: string };

export interface LegendEntry {
  readonly mark: LegendMark;
  readonly text: string;
}

export function createLegend(entries: readonly LegendEntry[], className = ""): HTMLUListElement {
  const ul = html("ul", { class: `nnk-legend ${className}`.trim(), "aria-hidden": "true" });
  for (const { mark, text } of entries) {
    const li = html("li");
    if ("swatch" in mark) {
      li.append(html("span", { class: mark.swatch }));
    } else {
      const half = (mark.size ?? 16) / 2;
      const box = svg("svg", { viewBox: `${-half} ${-half} ${2 * half} ${2 * half}` });
      svg(mark.svg[0], mark.svg[1], box);
      li.append(box);
    }
    li.append(text);
    ul.append(li);
  }
  return ul;
}
