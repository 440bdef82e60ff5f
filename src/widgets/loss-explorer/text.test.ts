import { describe, expect, it } from "vitest";
import { binaryReading, createState, softmaxReading } from "./model.ts";
import { binaryStatus, probability, show, softmaxStatus } from "./text.ts";

describe("text", () => {
  it("show(n) uses a typographic minus and never writes −0.000", () => {
    expect(show(-0.5)).toBe("−0.500");
    expect(show(-0.00001)).toBe("0.000");
    expect(show(Infinity)).toBe("∞");
    expect(show(123456)).toBe("1.2e+5");
  });

  it("binaryStatus(reading) gives both losses and their slopes in z", () => {
    const text = binaryStatus(binaryReading(createState({ p: 0.05, y: 1 })));
    expect(text).toBe("ŷ = 0.05, y = 1: MSE 0.902, BCE 2.996; slope in z: MSE −0.090, BCE −0.950");
  });

  it("probability(q) switches to a power of ten below 0.0005", () => {
    expect(probability(0.2241)).toBe("0.224");
    expect(probability(3.72e-44)).toBe("3.7e−44");
    expect(probability(0)).toBe("0.000");
  });

  it("softmaxStatus(state, reading) names the true class counting from 1", () => {
    const s = createState({ logits: [0, 0], trueClass: 1, temperature: 1 });
    expect(softmaxStatus(s, softmaxReading(s))).toBe("True class 2: probability 0.500, cross-entropy −log 0.500 = 0.693 at T = 1");
  });
});
