import { test, expect } from "vitest";
import { inspect, toDisplay } from "./display.ts";

test("inspect(value) prints nested values readably", () => {
  expect(inspect({ a: 1, b: [1, 2], c: "s" })).toBe('{ a: 1, b: [1, 2], c: "s" }');
  expect(inspect("top")).toBe("top");
  expect(inspect(new Float32Array([1, 0.5]))).toBe("Float32Array(2) [1, 0.5]");
  expect(inspect(-0)).toBe("-0");
  expect(inspect(new Map([["k", 1]]))).toBe('Map(1) { "k" => 1 }');
});

test("inspect(value) survives cycles and cuts long arrays", () => {
  const a: unknown[] = [1];
  a.push(a);
  expect(inspect(a)).toBe("[1, [Circular]]");
  expect(inspect(Array.from({ length: 150 }, (_, i) => i))).toContain("… 50 more");
});

test("toDisplay(value) shows strings quoted, hides undefined, and recognises tensors", () => {
  expect(toDisplay("hi")).toEqual({ type: "text", text: '"hi"' });
  expect(toDisplay(undefined)).toBeNull();
  const fake = { shape: [2, 2], data: new Float32Array([1, 2, 3, 4]), requiresGrad: false, toString: () => "tensor([[1, 2], [3, 4]])" };
  expect(toDisplay(fake)).toEqual({
    type: "tensor", shape: [2, 2], size: 4, values: [1, 2, 3, 4], requiresGrad: false, text: "tensor([[1, 2], [3, 4]])",
    stats: { min: 1, max: 4, mean: 2.5, nonFinite: 0 },
  });
});

test("inspect(value) keeps long arrays of numbers on one wrapping line, objects one per line", () => {
  const numbers = [0.11920292202211755, 0.3775406687981454, 0.5, 0.6224593312018546, 0.8807970779778823];
  expect(inspect(numbers)).not.toContain("\n");
  expect(inspect([{ name: "first point", x: 0.123456 }, { name: "second point", x: 0.654321 }])).toContain("\n");
});

test("toDisplay(figure) sends a worker-drawn element as markup, and inspect names it briefly", () => {
  const svg = { nodeType: 1, localName: "svg", outerHTML: "<svg><circle r=\"1\"></circle></svg>" };
  expect(toDisplay(svg)).toEqual({ type: "figure", html: '<svg><circle r="1"></circle></svg>' });
  expect(inspect(svg)).toBe("<svg> (show a figure with display(…))");
});
