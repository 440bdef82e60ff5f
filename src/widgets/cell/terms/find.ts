/**
 * Where a cell's code names a formula's terms. A term `w` (from `\term{w}{…}` in the formula)
 * links every identifier `w` in the cell beside it: as a variable, not as a property (`.w`),
 * and not inside strings or comments. A light scan, not a parser, so it runs on every keystroke.
 */
export type TermRange = { from: number; to: number; term: string };

const IDENT_START = /[\p{L}_$]/u;
const IDENT_PART = /[\p{L}\p{N}_$\u200c\u200d]/u;

export function termRanges(code: string, terms: ReadonlySet<string>): TermRange[] {
  const ranges: TermRange[] = [];
  if (terms.size === 0) return ranges;
  let i = 0;
  let previous = ""; // the last significant character before the current token
  while (i < code.length) {
    const c = code[i];
    if (c === "/" && code[i + 1] === "/") {
      i = lineEnd(code, i);
      continue;
    }
    if (c === "/" && code[i + 1] === "*") {
      const end = code.indexOf("*/", i + 2);
      i = end < 0 ? code.length : end + 2;
      continue;
    }
    if (c === '"' || c === "'" || c === "`") {
      i = stringEnd(code, i, c);
      previous = c;
      continue;
    }
    if (IDENT_START.test(c)) {
      let j = i + 1;
      while (j < code.length && IDENT_PART.test(code[j])) j++;
      const name = code.slice(i, j);
      // `.w` is a property and `w:` after `{` or `,` an object key; both differ from the variable
      const isProperty = previous === "." && !code.slice(Math.max(0, i - 8), i).trimEnd().endsWith("...");
      if (terms.has(name) && !isProperty && !isObjectKey(code, j, previous)) ranges.push({ from: i, to: j, term: name });
      previous = "a";
      i = j;
      continue;
    }
    if (!/\s/.test(c)) previous = c;
    i++;
  }
  return ranges;
}

function lineEnd(code: string, i: number): number {
  const end = code.indexOf("\n", i);
  return end < 0 ? code.length : end;
}

function stringEnd(code: string, i: number, quote: string): number {
  let j = i + 1;
  while (j < code.length && code[j] !== quote) {
    if (code[j] === "\\") j++;
    else if (code[j] === "\n" && quote !== "`") break; // unterminated: stop at the line's end
    j++;
  }
  return j + 1;
}

/** `{ w: 1 }` and `{ a, w: 1 }`: a key, unless it is `cond ? w : v`. */
function isObjectKey(code: string, end: number, previous: string): boolean {
  if (previous !== "{" && previous !== ",") return false;
  let k = end;
  while (k < code.length && (code[k] === " " || code[k] === "\t")) k++;
  return code[k] === ":";
}
