import { describe, expect, test } from "vitest";
import { createState } from "./model.ts";
import { figureLabel, readingText, show, statusText } from "./text.ts";

describe("text", () => {
  test("show(n, digits) uses a typographic minus and no negative zero", () => {
    expect(show(-1.5, 1)).toBe("−1.5");
    expect(show(-0.0001)).toBe("0.000");
    expect(show(0.25)).toBe("0.250");
  });

  test("statusText(state) names the function and reads f(x) and f′(x)", () => {
    expect(statusText(createState({ fn: "sigmoid", x: 1 }))).toBe("sigmoid: σ(1.0) = 0.731, σ′(1.0) = 0.197");
    expect(statusText(createState({ fn: "tanh", x: -2 }))).toBe("tanh: tanh(−2.0) = −0.964, tanh′(−2.0) = 0.071");
  });

  test("readingText(state) explains the value used at ReLU's kink", () => {
    expect(readingText(createState({ fn: "relu", x: 0 }))).toMatch(/^ReLU\(0\.0\) = 0\.000, ReLU′\(0\.0\) = 0\.000 \(a kink/);
  });

  test("figureLabel(state) describes both plots", () => {
    expect(figureLabel(createState({ fn: "relu", x: 2 }))).toContain("the ReLU function, range [0, ∞), with the tangent line at x = 2.0");
  });
});
