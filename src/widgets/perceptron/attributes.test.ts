import { describe, expect, it } from "vitest";
import { parseAttributes, toAttributes } from "./attributes.ts";
import { DEFAULT_CONFIG } from "./model.ts";

describe("attributes", () => {
  const read = (attrs: Record<string, string>) => (name: string) => attrs[name] ?? null;

  it("parseAttributes(read) and toAttributes(config) round-trip", () => {
    const attrs = { w1: "-1.25", w2: "0.5", b: "0.1", dataset: "xor", lr: "0.05" };
    const config = parseAttributes(read(attrs));
    expect(config).toEqual({ w1: -1.25, w2: 0.5, b: 0.1, learningRate: 0.05, dataset: "xor" });
    expect(toAttributes(config)).toEqual(attrs);
    expect(parseAttributes(read(toAttributes(DEFAULT_CONFIG)))).toEqual(DEFAULT_CONFIG);
  });

  it("toAttributes(state) rounds a trained state to 4 decimals", () => {
    const attrs = toAttributes({ ...DEFAULT_CONFIG, w1: 0.1 + 0.2, w2: -1e-9, b: 2 / 3 });
    expect([attrs.w1, attrs.w2, attrs.b]).toEqual(["0.3", "0", "0.6667"]);
  });

  it("parseAttributes(read) falls back to defaults for missing or malformed values", () => {
    expect(parseAttributes(read({}))).toEqual(DEFAULT_CONFIG);
    const bad = parseAttributes(read({ w1: "abc", w2: "", b: "Infinity", dataset: "spiral", lr: "-1" }));
    expect(bad).toEqual(DEFAULT_CONFIG);
    expect(parseAttributes(read({ dataset: " XOR " })).dataset).toBe("xor");
    expect(parseAttributes(read({ lr: "0" })).learningRate).toBe(DEFAULT_CONFIG.learningRate);
  });
});
