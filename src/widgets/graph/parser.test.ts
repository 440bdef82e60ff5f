import { describe, test, expect } from "vitest";
import { parse, type Expr } from "./parser.ts";

// The tree written back as fully parenthesised text, to compare structure compactly.
function text(e: Expr): string {
  switch (e.kind) {
    case "number": return e.text;
    case "variable": return e.name;
    case "negate": return `(-${text(e.arg)})`;
    case "binary": return `(${text(e.left)} ${e.op} ${text(e.right)})`;
    case "power": return `(${text(e.base)} ^ ${e.exponent})`;
    case "call": return `${e.fn}(${text(e.arg)})`;
  }
}

function tree(source: string): string {
  const r = parse(source);
  if (!r.ok) throw new Error(r.error.message);
  return text(r.expr);
}

function error(source: string) {
  const r = parse(source);
  if (r.ok) throw new Error(`"${source}" parsed`);
  return r.error;
}

describe("parse(text)", () => {
  test("follows precedence: * before +, ^ before unary minus, left to right", () => {
    expect(tree("a + b * c")).toBe("(a + (b * c))");
    expect(tree("a - b - c")).toBe("((a - b) - c)");
    expect(tree("a / b * c")).toBe("((a / b) * c)");
    expect(tree("-x^2")).toBe("(-(x ^ 2))");
    expect(tree("(a + b) * c")).toBe("((a + b) * c)");
  });

  test("reads functions and the same operations as Value methods", () => {
    expect(tree("tanh(a*b + c)")).toBe("tanh(((a * b) + c))");
    expect(tree("(a*b + c).tanh()")).toBe("tanh(((a * b) + c))");
    expect(tree("a.mul(b).add(c).sigmoid()")).toBe("sigmoid(((a * b) + c))");
    expect(tree("x.pow(2)")).toBe("(x ^ 2)");
    expect(tree("pow(x, 3)")).toBe("(x ^ 3)");
    expect(tree("relu(-x).exp().log()")).toBe("log(exp(relu((-x))))");
    expect(tree("neg(x)")).toBe("(-x)");
  });

  test("takes constant exponents, negative or as fractions, and ** for ^", () => {
    expect(tree("x^-1")).toBe("(x ^ -1)");
    expect(tree("x^(1/2)")).toBe("(x ^ 0.5)");
    expect(tree("x**2")).toBe("(x ^ 2)");
  });

  test("reads numbers with decimals and exponents, and typographic − and ×", () => {
    expect(tree("0.5*x + 1e-3")).toBe("((0.5 * x) + 1e-3)");
    expect(tree("a − b × c")).toBe("(a - (b * c))");
  });

  test("lists variables once, in order of first appearance", () => {
    const r = parse("w1*x1 + w2*x2 + b + x1");
    expect(r.ok && r.variables).toEqual(["w1", "x1", "w2", "x2", "b"]);
  });

  test("reports an unclosed parenthesis at the end of the expression", () => {
    const e = error("tanh(a*b");
    expect(e.message).toMatch(/Expected “\)”/);
    expect(e.at).toBe(8);
  });

  test("reports an unexpected character with its position", () => {
    expect(error("a $ b")).toEqual({ message: "Unexpected character “$” at position 3.", at: 2 });
  });

  test("rejects an exponent that is not a number, since Value.pow takes a number", () => {
    expect(error("a^b").message).toMatch(/exponent must be a number/);
  });

  test("rejects unknown methods, a dangling operator and an empty expression", () => {
    expect(error("x.sin()").message).toMatch(/Unknown method \.sin\(\)/);
    expect(error("a +").message).toMatch(/found the end of the expression/);
    expect(error("").message).toMatch(/Expected a number/);
    expect(error("a b").message).toBe("Unexpected “b”.");
    expect(error("tanh").message).toMatch(/write tanh\(…\)/);
  });

  test("never evaluates the text as code", () => {
    expect(parse("alert(1)").ok).toBe(false);
    expect(error("constructor.constructor('x')()").message).toMatch(/Unknown method|Unexpected/);
  });
});
