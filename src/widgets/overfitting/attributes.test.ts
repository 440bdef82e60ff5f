import { describe, expect, it } from "vitest";
import { parseAttributes, toAttributes } from "./attributes.ts";
import { DEFAULT_CONFIG, STRENGTHS, normalizeConfig, strengthIndex } from "./config.ts";

const read = (attrs: Record<string, string>) => (name: string) => attrs[name] ?? null;

describe("overfitting attributes", () => {
  it("round-trip, with defaults for missing or bad values", () => {
    const attrs = { dataset: "spiral", noise: "0.15", "train-fraction": "0.5", width: "8", depth: "2", l1: "0.001", l2: "0.0003", dropout: "0.25", "early-stopping": "on", lr: "0.03", seed: "7" };
    expect(toAttributes(parseAttributes(read(attrs)))).toEqual(attrs);
    expect(parseAttributes(read({}))).toEqual(DEFAULT_CONFIG);
    const bad = { dataset: "stripes", noise: "-1", "train-fraction": "x", width: "", l2: "-2", "early-stopping": "maybe", lr: "0", seed: "1.5" };
    expect(parseAttributes(read(bad))).toEqual(DEFAULT_CONFIG);
  });

  it("keeps numbers in range and on their steps", () => {
    const c = normalizeConfig({ ...DEFAULT_CONFIG, width: 99, depth: 0, dropout: 0.93, trainFraction: 0.99, noise: 2, l1: 5 });
    expect([c.width, c.depth, c.dropout, c.trainFraction, c.noise, c.l1]).toEqual([32, 1, 0.6, 0.9, 0.6, 1]);
    expect(strengthIndex(0.001)).toBe(STRENGTHS.indexOf(0.001));
    expect(strengthIndex(0.0012)).toBe(STRENGTHS.indexOf(0.001));
    expect(strengthIndex(0)).toBe(0);
  });
});
