import { test, expect } from "vitest";
import { buildGraph, type BuiltGraph } from "./build.ts";
import { parse } from "./parser.ts";
import { snapshot } from "./steps.ts";
import { errorText, show, statusText } from "./text.ts";

function graphOf(expr: string, values: Record<string, number>): BuiltGraph {
  const r = parse(expr);
  if (!r.ok) throw new Error(r.error.message);
  const g = buildGraph(r.expr, values);
  if ("tooLarge" in g) throw new Error("too large");
  return g;
}

test("show(x) prints 4 significant digits with a true minus, and — for not yet computed", () => {
  expect(show(0.9051482536)).toBe("0.9051");
  expect(show(-0.180706)).toBe("−0.1807");
  expect(show(2.5)).toBe("2.5");
  expect(show(123456)).toBe("1.23e5");
  expect(show(0.00012)).toBe("1.20e−4");
  expect(show(null)).toBe("—");
  expect(show(Number.NaN)).toBe("NaN");
  expect(show(-Infinity)).toBe("−∞");
});

test("statusText(graph, snapshot) says what each step computed", () => {
  const g = graphOf("tanh(a*b)", { a: 2, b: -0.5 });
  const at = (step: number) => statusText(g, snapshot(g, step));
  expect(at(0)).toBe("Step 0 of 5: the inputs are set. Next step starts the forward pass.");
  expect(at(1)).toBe("Step 1 of 5, forward pass: “×” computes 2 × −0.5 = −1.");
  expect(at(2)).toBe("Step 2 of 5, forward pass: “tanh” computes tanh(−1) = −0.7616.");
  expect(at(3)).toBe("Step 3 of 5, backward pass: the output's gradient with respect to itself is 1.");
  expect(at(4)).toBe("Step 4 of 5, backward pass: “tanh” passes its gradient back; “×” gets 1 × 0.42 = 0.42.");
  expect(at(5)).toBe(
    "Step 5 of 5, backward pass: “×” passes its gradient back; a gets 0.42 × −0.5 = −0.21, b gets 0.42 × 2 = 0.8399. " +
      "Done: every node holds ∂output/∂node.",
  );
});

test("errorText(message, at, expr) adds where the parser stopped unless the message says it", () => {
  expect(errorText("Unexpected “)”.", 3, "a+b)")).toBe("Cannot draw this: Unexpected “)” (at character 4).");
  expect(errorText("Unexpected character “$” at position 3.", 2, "a $")).toBe("Cannot draw this: Unexpected character “$” at position 3.");
  expect(errorText("Too many nodes.", -1, "x")).toBe("Cannot draw this: Too many nodes.");
});
