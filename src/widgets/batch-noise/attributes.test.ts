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
    const s = scatter(p, 16);
    expect(scatterStatus(16, s)).toMatch(/^B = 16: all 48 mini-batch gradients shown; their mean squared distance from the full gradient [\d.e−]+\.$/);
    expect(scatterStatus(16, s, 1)).toMatch(/^B = 16: 1 of 48 mini-batch gradients shown; its squared distance from the full gradient [\d.e−]+ \(all 48: [\d.e−]+\)\.$/);
    expect(scatterStatus(16, s, 2)).toMatch(/^B = 16: 2 of 48 mini-batch gradients shown; their mean/);
    expect(scatterStatus(N, scatter(p, N, 1))).toMatch(/^Full batch: .* no noise\.$/);
  });
});
