import { describe, expect, it } from "vitest";
import { parseAttributes, toAttributes } from "./attributes.ts";
import { DEFAULT_STATE } from "./model.ts";

describe("attributes", () => {
  const read = (attrs: Record<string, string>) => (name: string) => attrs[name] ?? null;

  it("parseAttributes(read) and toAttributes(state) round-trip", () => {
    const attrs = { view: "softmax", p: "0.3", y: "0", logits: "1,-2.5,0", temperature: "2.5", "true-class": "3" };
    const state = parseAttributes(read(attrs));
    expect(state).toEqual({ view: "softmax", p: 0.3, y: 0, logits: [1, -2.5, 0], temperature: 2.5, trueClass: 2 });
    expect(toAttributes(state)).toEqual(attrs);
    expect(parseAttributes(read(toAttributes(DEFAULT_STATE)))).toEqual(DEFAULT_STATE);
  });

  it("parseAttributes(read) falls back to defaults for missing or malformed values", () => {
    expect(parseAttributes(read({}))).toEqual(DEFAULT_STATE);
    const bad = parseAttributes(read({ view: "all", p: "abc", y: "", logits: "1,,2", temperature: "-1", "true-class": "x" }));
    expect(bad).toEqual(DEFAULT_STATE);
    expect(parseAttributes(read({ view: " Binary " })).view).toBe("binary");
    expect(parseAttributes(read({ logits: "3" })).logits).toEqual(DEFAULT_STATE.logits); // one class is not a choice
  });

  it("parseAttributes(read) clamps values into the sliders' ranges", () => {
    const s = parseAttributes(read({ p: "0", y: "2", logits: "9,-9,0,0,0,0,0", temperature: "100", "true-class": "12" }));
    expect([s.p, s.y, s.temperature]).toEqual([0.01, 1, 5]);
    expect(s.logits).toEqual([5, -5, 0, 0, 0, 0]); // at most 6 classes
    expect(s.trueClass).toBe(5);
  });
});
