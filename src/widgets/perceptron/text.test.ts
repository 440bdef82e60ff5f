import { describe, expect, it } from "vitest";
import { createState, trainStep } from "./model.ts";
import { countersText, equation, figureLabel, minus, show, stepText, stoppedText } from "./text.ts";

describe("text", () => {
  it("show(n, digits) writes a typographic minus and never −0", () => {
    expect(show(-1.234)).toBe("−1.23");
    expect(show(-0.001)).toBe("0.00");
    expect(show(-0.5, 0)).toBe("−1");
    expect(show(0.5, 1)).toBe("0.5");
    expect(minus("-0.25")).toBe("−0.25");
  });

  it("equation(weights) signs each term", () => {
    expect(equation({ w1: 0.5, w2: -1, b: 0.25 })).toBe("0.50 x₁ − 1.00 x₂ + 0.25");
    expect(equation({ w1: -2, w2: 0, b: -0.004 })).toBe("−2.00 x₁ + 0.00 x₂ + 0.00");
  });

  it("stepText(state, index) names the point the rule used, or says there was none", () => {
    const { state, index } = trainStep(createState());
    expect(stepText(state, index)).toBe(
      "Updated on point 3 (x₁ = −0.42, x₂ = −0.19, y = 0): 14 of 40 points misclassified.",
    );
    const and = createState({ dataset: "and", w1: 1, w2: 1, b: -1.5 });
    expect(stepText(and, null)).toBe("Nothing to update: 0 of 4 points misclassified.");
  });

  it("stoppedText(state, epochs) and countersText(state) count in the singular for 1", () => {
    const s = createState({ dataset: "xor" });
    expect(stoppedText(s, 1)).toBe("Stopped after 1 epoch: 2 of 4 points misclassified.");
    expect(stoppedText(s, 3)).toBe("Stopped after 3 epochs: 2 of 4 points misclassified.");
    expect(countersText({ ...s, epochs: 1, steps: 2 })).toBe("η = 0.1 · 1 epoch · 2 updates");
  });

  it("figureLabel(state) describes the data, the line and the count", () => {
    expect(figureLabel(createState({ dataset: "and" }))).toBe(
      "Scatter plot of the AND data set: 4 points, circles for class 0 and triangles for class 1, " +
        "split by the decision line 0.50 x₁ − 1.00 x₂ + 0.25 = 0; 3 of 4 points misclassified.",
    );
  });
});
