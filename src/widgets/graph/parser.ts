// A small, safe parser for the expressions the reader types: numbers, variables, + − * / ^ (or **),
// unary minus, parentheses, the functions tanh exp log relu sigmoid pow, and the same operations
// written as Value methods, `(a*b + c).tanh()`. It builds a syntax tree; nothing is ever evaluated
// as code.
import { tokenize, type Token } from "./tokens.ts";

export const FUNCTIONS = ["tanh", "exp", "log", "relu", "sigmoid"] as const;
export type FunctionName = (typeof FUNCTIONS)[number];

export type Expr =
  | { kind: "number"; value: number; text: string }
  | { kind: "variable"; name: string }
  | { kind: "negate"; arg: Expr }
  | { kind: "binary"; op: "+" | "-" | "*" | "/"; left: Expr; right: Expr }
  | { kind: "power"; base: Expr; exponent: number }
  | { kind: "call"; fn: FunctionName; arg: Expr };

/** Where parsing stopped and why; `at` counts characters from 0. */
export interface ParseError {
  message: string;
  at: number;
}

export type ParseResult = { ok: true; expr: Expr; variables: string[] } | { ok: false; error: ParseError };

const MAX_LENGTH = 200;
const METHODS_BINARY = { add: "+", sub: "-", mul: "*", div: "/" } as const;

const isFunction = (name: string): name is FunctionName => (FUNCTIONS as readonly string[]).includes(name);
const RESERVED = new Set<string>([...FUNCTIONS, "pow", "neg"]);

class Failure extends Error {
  readonly at: number;
  constructor(message: string, at: number) {
    super(message);
    this.at = at;
  }
}

/** Parses `text`; the variables are listed in order of first appearance. */
export function parse(text: string): ParseResult {
  if (text.length > MAX_LENGTH) {
    return { ok: false, error: { message: `The expression is longer than ${MAX_LENGTH} characters.`, at: MAX_LENGTH } };
  }
  const lexed = tokenize(text);
  if (!lexed.ok) return lexed;
  const tokens = lexed.tokens;
  const variables: string[] = [];
  let i = 0;

  const peek = (): Token => tokens[i];
  const next = (): Token => tokens[i++];
  const describe = (t: Token) => (t.type === "end" ? "the end of the expression" : `“${t.text}”`);
  const expect = (text: string, context: string): Token => {
    const t = peek();
    if (t.text !== text || t.type === "end") throw new Failure(`Expected “${text}” ${context}, found ${describe(t)}.`, t.at);
    return next();
  };

  function expression(): Expr {
    let left = term();
    while (peek().text === "+" || peek().text === "-") {
      const op = next().text as "+" | "-";
      left = { kind: "binary", op, left, right: term() };
    }
    return left;
  }

  function term(): Expr {
    let left = unary();
    while (peek().text === "*" || peek().text === "/") {
      const op = next().text as "*" | "/";
      left = { kind: "binary", op, left, right: unary() };
    }
    return left;
  }

  function unary(): Expr {
    if (peek().text === "-") {
      next();
      return { kind: "negate", arg: unary() };
    }
    if (peek().text === "+") {
      next();
      return unary();
    }
    return power();
  }

  function power(): Expr {
    const base = postfix();
    if (peek().text !== "^" && peek().text !== "**") return base;
    next();
    const at = peek().at;
    return { kind: "power", base, exponent: constant(unary(), at) };
  }

  // Method calls after a primary: x.tanh(), (a*b).add(c), x.pow(2).
  function postfix(): Expr {
    let e = primary();
    while (peek().text === ".") {
      next();
      const t = next();
      if (t.type !== "name") throw new Failure(`Expected a method name after “.”, found ${describe(t)}.`, t.at);
      expect("(", `after .${t.text}`);
      if (isFunction(t.text) || t.text === "neg") {
        expect(")", `: .${t.text}() takes no argument`);
        e = t.text === "neg" ? { kind: "negate", arg: e } : { kind: "call", fn: t.text, arg: e };
      } else if (t.text in METHODS_BINARY) {
        const right = expression();
        expect(")", `to close .${t.text}(`);
        e = { kind: "binary", op: METHODS_BINARY[t.text as keyof typeof METHODS_BINARY], left: e, right };
      } else if (t.text === "pow") {
        const at = peek().at;
        const p = constant(expression(), at);
        expect(")", "to close .pow(");
        e = { kind: "power", base: e, exponent: p };
      } else {
        throw new Failure(`Unknown method .${t.text}(); try tanh, exp, log, relu, sigmoid, pow, add, sub, mul, div or neg.`, t.at);
      }
    }
    return e;
  }

  function primary(): Expr {
    const t = next();
    if (t.type === "number") return { kind: "number", value: Number(t.text), text: t.text };
    if (t.text === "(") {
      const e = expression();
      expect(")", `to close the “(” at position ${t.at + 1}`);
      return e;
    }
    if (t.type === "name") {
      if (RESERVED.has(t.text)) return call(t);
      if (!variables.includes(t.text)) variables.push(t.text);
      return { kind: "variable", name: t.text };
    }
    throw new Failure(`Expected a number, a variable, a function or “(”, found ${describe(t)}.`, t.at);
  }

  function call(t: Token): Expr {
    expect("(", `after ${t.text}: write ${t.text}(…)`);
    const arg = expression();
    if (t.text === "pow") {
      expect(",", "between the two arguments of pow(x, p)");
      const at = peek().at;
      const p = constant(expression(), at);
      expect(")", "to close pow(");
      return { kind: "power", base: arg, exponent: p };
    }
    expect(")", `to close ${t.text}(`);
    return t.text === "neg" ? { kind: "negate", arg } : { kind: "call", fn: t.text as FunctionName, arg };
  }

  try {
    const expr = expression();
    const t = peek();
    if (t.type !== "end") throw new Failure(`Unexpected ${describe(t)}.`, t.at);
    return { ok: true, expr, variables };
  } catch (e) {
    if (e instanceof Failure) return { ok: false, error: { message: e.message, at: e.at } };
    throw e;
  }
}

// An exponent must be a plain number, since Value.pow takes a number: 2, −1, 0.5, or 1/2.
function constant(e: Expr, at: number): number {
  const v = constantValue(e);
  if (v === null) throw new Failure("An exponent must be a number, like x^2 or x^-1 (Value.pow takes a number, not a variable).", at);
  return v;
}

function constantValue(e: Expr): number | null {
  switch (e.kind) {
    case "number":
      return e.value;
    case "negate": {
      const v = constantValue(e.arg);
      return v === null ? null : -v;
    }
    case "binary": {
      const l = constantValue(e.left), r = constantValue(e.right);
      if (l === null || r === null) return null;
      return e.op === "+" ? l + r : e.op === "-" ? l - r : e.op === "*" ? l * r : l / r;
    }
    default:
      return null;
  }
}
