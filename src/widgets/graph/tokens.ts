// Splits an expression into tokens: numbers, names, and the operator and punctuation symbols.

export interface Token {
  type: "number" | "name" | "symbol" | "end";
  text: string;
  /** Position of the first character, counting from 0. */
  at: number;
}

export type TokenizeResult = { ok: true; tokens: Token[] } | { ok: false; error: { message: string; at: number } };

const NUMBER = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/;
const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;
const SYMBOLS = ["**", "+", "-", "−", "*", "×", "·", "/", "^", "(", ")", ",", "."];
// typographic variants a reader may paste from the book, read as their ASCII operators
const ASCII: Record<string, string> = { "−": "-", "×": "*", "·": "*" };

/** Tokens of `text`, ending with an `end` token; an unknown character is an error at its position. */
export function tokenize(text: string): TokenizeResult {
  const tokens: Token[] = [];
  let at = 0;
  while (at < text.length) {
    const rest = text.slice(at);
    const space = /^\s+/.exec(rest);
    if (space) {
      at += space[0].length;
      continue;
    }
    const number = NUMBER.exec(rest);
    if (number) {
      tokens.push({ type: "number", text: number[0], at });
      at += number[0].length;
      continue;
    }
    const name = NAME.exec(rest);
    if (name) {
      tokens.push({ type: "name", text: name[0], at });
      at += name[0].length;
      continue;
    }
    const symbol = SYMBOLS.find((s) => rest.startsWith(s));
    if (symbol) {
      tokens.push({ type: "symbol", text: ASCII[symbol] ?? symbol, at });
      at += symbol.length;
      continue;
    }
    const char = String.fromCodePoint(rest.codePointAt(0) ?? 0);
    return { ok: false, error: { message: `Unexpected character “${char}” at position ${at + 1}.`, at } };
  }
  tokens.push({ type: "end", text: "", at: text.length });
  return { ok: true, tokens };
}
