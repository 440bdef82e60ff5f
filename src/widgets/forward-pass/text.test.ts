import { describe, expect, it } from "vitest";
import { createState, forward, type State } from "./model.ts";
import { arithmetic, figureLabel, networkText, neuronName, outputText, parameterLabel, parameterName, show } from "./text.ts";

const paper: State = createState({
  x: [1, -2],
  layers: [
    { weight: [[1, 0.5], [0, 1], [1, -1]], bias: [0, -0.25, 0.5] },
    { weight: [[1, 1, 1], [0, -1, 2]], bias: [0, 1] },
  ],
  activation: "relu",
  output: "linear",
});

describe("text", () => {
  it("show(n) uses a typographic minus and never prints −0.00", () => {
    expect(show(-0.5)).toBe("−0.50");
    expect(show(-0.001)).toBe("0.00");
    expect(show(2 / 3, 3)).toBe("0.667");
  });

  it("neuronName, parameterName and parameterLabel count from 1, as the formulas do", () => {
    expect([0, 1, 2].map((layer) => neuronName({ layer: layer as 0 | 1 | 2, unit: 1 }))).toEqual(["x₂", "h₂", "ŷ₂"]);
    expect(parameterName({ layer: 1, row: 1, col: 0 })).toBe("w₂₁⁽¹⁾");
    expect(parameterName({ layer: 2, row: 0, col: null })).toBe("b₁⁽²⁾");
    expect(parameterLabel({ layer: 2, row: 1, col: 2 })).toBe("w₂₃⁽²⁾ (h₃ → ŷ₂)");
    expect(parameterLabel({ layer: 1, row: 2, col: null })).toBe("b₃⁽¹⁾ (bias of h₃)");
  });

  it("arithmetic(state, forward, hidden unit) writes z = Σ w·a + b with the numbers, then a = φ(z)", () => {
    const lines = arithmetic(paper, forward(paper), { layer: 1, unit: 0 });
    expect(lines).toEqual([
      "z₁⁽¹⁾ = w₁₁⁽¹⁾x₁ + w₁₂⁽¹⁾x₂ + b₁⁽¹⁾",
      "= 1.000 · 1 + 0.500 · (−2) + 0.000 = 0.000",
      "h₁ = ReLU(z₁⁽¹⁾) = ReLU(0.000) = 0.000",
    ]);
    expect(arithmetic(paper, forward(paper), { layer: 1, unit: 1 })[1]).toBe("= 0.000 · 1 + 1.000 · (−2) − 0.250 = −2.250");
  });

  it("arithmetic(state, forward, output) reads the hidden values and names the output function", () => {
    const f = forward(paper); // h = (0, 0, 3.5)
    expect(arithmetic(paper, f, { layer: 2, unit: 1 })).toEqual([
      "z₂⁽²⁾ = w₂₁⁽²⁾h₁ + w₂₂⁽²⁾h₂ + w₂₃⁽²⁾h₃ + b₂⁽²⁾",
      "= 0.000 · 0.000 + (−1.000) · 0.000 + 2.000 · 3.500 + 1.000 = 8.000",
      "ŷ₂ = z₂⁽²⁾ = 8.000 (linear: no activation)",
    ]);
    const soft = { ...paper, output: "softmax" as const };
    expect(arithmetic(soft, forward(soft), { layer: 2, unit: 0 })[2]).toBe(
      "ŷ₁ = softmax(z⁽²⁾)₁ = exp(3.500) / (exp(3.500) + exp(8.000)) = 0.011",
    );
    expect(arithmetic(paper, f, { layer: 0, unit: 1 })[0]).toMatch(/^x₂ = −2, an input/);
  });

  it("outputText(state, forward) gives ŷ and x for the status line", () => {
    expect(outputText(paper, forward(paper))).toBe("Output ŷ = (3.500, 8.000) for x = (1, −2)");
    expect(outputText({ ...paper, x: [Math.fround(0.1), -0.5] }, forward(paper))).toMatch(/x = \(0.1, −0.5\)$/);
  });
});

describe("descriptions", () => {
  it("networkText(state) and figureLabel(state, forward) name the functions as the chapter does", () => {
    expect(networkText(paper)).toBe("a network with 2 inputs, 3 hidden units (ReLU) and 2 outputs (linear)");
    const soft = { ...paper, activation: "leaky-relu" as const, output: "softmax" as const };
    expect(figureLabel(soft, forward(soft))).toMatch(/^Network diagram: 2 inputs, 3 hidden units with leaky ReLU activation, 2 outputs \(softmax\)/);
  });
});
