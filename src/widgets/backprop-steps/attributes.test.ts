import { describe, expect, it } from "vitest";
import { formatFloat32, parseAttributes, stateFromAttributes, toAttributes } from "./attributes.ts";
import { DEFAULT_CONFIG, createState, currentParams, next, setLearningRate } from "./model.ts";
import { initialParams } from "./network.ts";

const read = (attrs: Record<string, string>) => (name: string) => attrs[name] ?? null;

describe("attributes", () => {
  it("formatFloat32(n) writes the shortest decimal that reads back as the same float32", () => {
    expect(formatFloat32(0.5)).toBe("0.5");
    expect(formatFloat32(Math.fround(0.1))).toBe("0.1");
    expect(formatFloat32(-0)).toBe("0");
    for (const w of Object.values(initialParams(0)).flat()) expect(Math.fround(Number(formatFloat32(w)))).toBe(w);
  });

  it("toAttributes(state) and stateFromAttributes(read) round-trip weights, step, iteration and lr", () => {
    let s = setLearningRate(createState(), 0.25);
    for (let i = 0; i < 11; i++) s = next(s); // iteration 2, step 3
    const attrs = toAttributes(s);
    expect([attrs.step, attrs.iteration, attrs.lr]).toEqual(["3", "2", "0.25"]);
    const back = stateFromAttributes(read(attrs));
    expect(currentParams(back)).toEqual(currentParams(s));
    expect([back.step, back.firstIteration, back.config]).toEqual([s.step, 2, s.config]);
    expect(toAttributes(back)).toEqual(attrs);
  });

  it("parseAttributes(read) falls back to defaults for missing or malformed values", () => {
    expect(parseAttributes(read({})).config).toEqual(DEFAULT_CONFIG);
    const bad = parseAttributes(read({ seed: "1.5", lr: "-1", x1: "abc", y: "2", weights: "1,2,3", step: "x" }));
    expect(bad.config).toEqual(DEFAULT_CONFIG);
    expect(bad.restore).toEqual({ params: undefined, step: 0, iteration: 1 });
    expect(stateFromAttributes(read({ weights: "1,2,3,4,5,6,7,8,NaN" })).iterations[0]).toEqual(initialParams(0));
    const custom = parseAttributes(read({ seed: "4", x1: "-1", x2: "2", y: "0", lr: "0.1" })).config;
    expect(custom).toEqual({ seed: 4, lr: 0.1, example: { x: [-1, 2], y: 0 } });
  });
});
