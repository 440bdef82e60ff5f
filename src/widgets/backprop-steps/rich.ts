// Unicode sub- and superscripts ("z₁⁽¹⁾") as SVG tspans in the text's own font: the Unicode
// glyphs come from fallback fonts of other sizes and look ragged next to the digits.
import { svg } from "../kit/dom.ts";

const SUB = "₀₁₂₃₄₅₆₇₈₉";
const SUP = "⁰¹²³⁴⁵⁶⁷⁸⁹";
const SUP_OTHER: Record<string, string> = { "⁽": "(", "⁾": ")", "ˡ": "l" };

type Kind = "base" | "sub" | "sup";

function kindOf(ch: string): [Kind, string] {
  if (SUB.includes(ch)) return ["sub", String(SUB.indexOf(ch))];
  if (SUP.includes(ch)) return ["sup", String(SUP.indexOf(ch))];
  if (ch in SUP_OTHER) return ["sup", SUP_OTHER[ch]];
  return ["base", ch];
}

/** Splits text into runs of the same kind, with the scripts turned into plain characters. */
export function scriptRuns(text: string): [Kind, string][] {
  const runs: [Kind, string][] = [];
  for (const ch of text) {
    const [kind, plain] = kindOf(ch);
    const last = runs[runs.length - 1];
    if (last && last[0] === kind) last[1] += plain;
    else runs.push([kind, plain]);
  }
  return runs;
}

/** Sets an SVG text's content, with sub- and superscripts lowered and raised by `size`-relative shifts. */
export function setRichText(el: SVGTextElement, text: string, size = 13): void {
  el.replaceChildren();
  const runs = scriptRuns(text);
  if (runs.every(([kind]) => kind === "base")) {
    el.textContent = text;
    return;
  }
  const shift: Record<Kind, number> = { base: 0, sub: size * 0.3, sup: -size * 0.45 };
  let at = 0;
  for (const [kind, content] of runs) {
    const attrs: Record<string, string | number> = {};
    if (shift[kind] !== at) attrs.dy = Math.round((shift[kind] - at) * 10) / 10;
    if (kind !== "base") attrs["font-size"] = Math.round(size * 0.72 * 10) / 10;
    svg("tspan", attrs, el).textContent = content;
    at = shift[kind];
  }
}
