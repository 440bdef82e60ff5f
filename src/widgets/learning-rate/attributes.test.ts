import { describe, expect, it } from "vitest";
import { parseAttributes, toAttributes } from "./attributes.ts";
import { DEFAULT_CONFIG, runLearningRate } from "./model.ts";
import { learningRateStatus } from "./text.ts";

const read = (attrs: Record<string, string>) => (name: string) => attrs[name] ?? null;

describe("learning-rate attributes and text", () => {
  it("parseAttributes(read) and toAttributes(config) round-trip, with defaults for bad values", () => {
    const attrs = { lr: "0.21", "lambda-max": "10", dimensions: "1" };
    expect(toAttributes(parseAttributes(read(attrs)))).toEqual(attrs);
    expect(parseAttributes(read({ lr: "-1", "lambda-max": "abc", dimensions: "3" }))).toEqual(DEFAULT_CONFIG);
  });

  it("learningRateStatus names the regime and the bound, in words", () => {
    expect(learningRateStatus(0.15, runLearningRate(DEFAULT_CONFIG))).toBe(
      "η = 0.150, bound 2/λmax = 0.200: the factor 1 − ηλmax is −0.50, so the run converges, zig-zagging across the steep axis.",
    );
    const diverging = learningRateStatus(0.3, runLearningRate({ ...DEFAULT_CONFIG, lr: 0.3, steps: 100 }));
    expect(diverging).toMatch(/so the run diverges \(stopped at step \d+, when θ passed 10⁶\)\.$/);
  });
});
