import { describe, expect, test } from "vitest";
import { parseAttributes, toAttributes } from "./attributes.ts";
import { DEFAULT_STATE } from "./model.ts";

describe("attributes", () => {
  const read = (attrs: Record<string, string>) => (name: string) => attrs[name] ?? null;

  test("parseAttributes(read) and toAttributes(state) round-trip", () => {
    const attrs = { fn: "leaky-relu", x: "-2.3" };
    const state = parseAttributes(read(attrs));
    expect(state).toEqual({ fn: "leaky-relu", x: -2.3 });
    expect(toAttributes(state)).toEqual(attrs);
    expect(parseAttributes(read(toAttributes(DEFAULT_STATE)))).toEqual(DEFAULT_STATE);
  });

  test("parseAttributes(read) falls back to defaults for missing or malformed values", () => {
    expect(parseAttributes(read({}))).toEqual(DEFAULT_STATE);
    expect(parseAttributes(read({ fn: "softmax", x: "abc" }))).toEqual(DEFAULT_STATE);
    expect(parseAttributes(read({ fn: " TANH ", x: "12" }))).toEqual({ fn: "tanh", x: 5 });
    expect(parseAttributes(read({ x: "0.06" })).x).toBe(0.1);
  });

  test("toAttributes(state) never writes −0", () => {
    expect(toAttributes({ fn: "relu", x: -0 }).x).toBe("0");
  });
});
