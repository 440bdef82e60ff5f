import { describe, expect, it } from "vitest";
import { DEFAULT_STATE, parseAttributes, toAttributes } from "./attributes.ts";
import { N, problem, scatter } from "./model.ts";
import { scatterStatus } from "./text.ts";

const read = (attrs: Record<string, string>) => (name: string) => attrs[name] ?? null;

describe("batch-noise attributes and text", () => {
  it("parseAttributes(read) and toAttributes(state) round-trip, with defaults for bad values", () => {
    const attrs = { "batch-size": "64", axis: "examples" };
    expect(toAttributes(parseAttributes(read(attrs)))).toEqual(attrs);
    expect(parseAttributes(read({ "batch-size": "7", axis: "time" }))).toEqual(DEFAULT_STATE);
  });

  it("scatterStatus says how far the batch gradients fall from the full one", () => {
    const p = problem();
    expect(scatterStatus(16, scatter(p, 16))).toMatch(/^B = 16: 48 mini-batch gradients around the full gradient; mean squared distance [\d.e−]+\.$/);
    expect(scatterStatus(N, scatter(p, N, 1))).toMatch(/^Full batch: .* no noise\.$/);
  });
});
