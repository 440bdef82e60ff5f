import { describe, expect, it } from "vitest";
import { LAST_STEP, STEPS, createState, next, type BackpropState } from "./model.ts";
import { STEP_TEXT } from "./steps.ts";
import { figureLabel, numbersText, short, show, statusText, vector } from "./text.ts";

const at = (step: number): BackpropState => {
  let s = createState();
  for (let i = 0; i < step; i++) s = next(s);
  return s;
};

describe("text", () => {
  it("show(n) and short(n) write a typographic minus and never −0", () => {
    expect(show(-1.23456)).toBe("−1.235");
    expect(show(-0.0001)).toBe("0.000");
    expect(short(0.5)).toBe("0.5");
    expect(short(1)).toBe("1");
    expect(short(-0.25)).toBe("−0.25");
    expect(vector([0.5, -1], short)).toBe("(0.5, −1)");
  });

  it("numbersText(state) puts the numbers into every step's equations", () => {
    for (let i = 0; i <= LAST_STEP; i++) {
      const lines = numbersText(at(i));
      expect(lines.length, STEPS[i]).toBeGreaterThan(0);
      for (const line of lines) expect(line, STEPS[i]).not.toMatch(/NaN|undefined|-\d/);
    }
    expect(numbersText(at(0))).toEqual(["x = (1, 0.5), y = 1"]);
    expect(numbersText(at(1))[0]).toMatch(/^z₁⁽¹⁾ = −?\d\.\d{3} × 1 [+−] \d\.\d{3} × 0\.5 [+−] \d\.\d{3} = −?\d\.\d{3}$/);
    expect(numbersText(at(4))[0]).toMatch(/^δ⁽²⁾ = 0\.\d{3} − 1 = −0\.\d{3}$/);
    expect(numbersText(at(8))).toHaveLength(5);
  });

  it("statusText(state) names the iteration, the step and its result", () => {
    expect(statusText(at(0))).toBe("Iteration 1: ready, x = (1, 0.5) and y = 1; Next step runs the forward pass.");
    expect(statusText(at(3))).toMatch(/^Iteration 1 · step 3 of 8 · Loss \(cross-entropy\): loss 𝓛 = \d\.\d{3}\.$/);
    expect(statusText(at(9))).toMatch(/^Iteration 2 · step 1 of 8 · Forward, layer 1:/);
    expect(figureLabel(at(0))).toContain("label y = 1");
  });

  it("STEP_TEXT has a title, TeX and plain equations for every step", () => {
    for (const id of STEPS) {
      expect(STEP_TEXT[id].title.length).toBeGreaterThan(0);
      expect(STEP_TEXT[id].title.length).toBeLessThanOrEqual(25);
      expect(STEP_TEXT[id].tex.length).toBe(STEP_TEXT[id].plain.length);
    }
  });
});

describe("rich", () => {
  it("scriptRuns(text) splits Unicode sub- and superscripts into runs", async () => {
    const { scriptRuns } = await import("./rich.ts");
    expect(scriptRuns("z₁⁽¹⁾ = −0.469")).toEqual([["base", "z"], ["sub", "1"], ["sup", "(1)"], ["base", " = −0.469"]]);
    expect(scriptRuns("0.385")).toEqual([["base", "0.385"]]);
  });
});
