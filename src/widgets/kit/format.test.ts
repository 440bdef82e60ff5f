import { describe, expect, it } from "vitest";
import { formatNumber, minus, plural, round, show } from "./format.ts";
import { parseChoice, parseNumber, parseNumbers } from "./parse.ts";

describe("format", () => {
  it("show(n, digits) writes a typographic minus and never −0", () => {
    expect(show(-1.234)).toBe("−1.23");
    expect(show(-0.001)).toBe("0.00");
    expect(show(-0.0001, 3)).toBe("0.000");
    expect(show(-0.5, 0)).toBe("−1");
    expect(show(0.5, 1)).toBe("0.5");
    expect(minus("-0.25")).toBe("−0.25");
  });

  it("formatNumber(n) rounds to 4 decimals and never writes -0", () => {
    expect(formatNumber(0.1 + 0.2)).toBe("0.3");
    expect(formatNumber(-1e-9)).toBe("0");
    expect(formatNumber(2 / 3)).toBe("0.6667");
  });

  it("round(n, decimals) and plural(n, word)", () => {
    expect(round(1.23456)).toBe(1.23);
    expect(round(1.23456, 3)).toBe(1.235);
    expect(plural(1, "epoch")).toBe("1 epoch");
    expect(plural(2, "epoch")).toBe("2 epochs");
  });
});

describe("parse", () => {
  it("parseNumber(text, fallback) falls back for missing or malformed text", () => {
    expect(parseNumber("-1.25", 0)).toBe(-1.25);
    expect(parseNumber(" −2 ", 0)).toBe(-2);
    for (const bad of [null, undefined, "", " ", "abc", "Infinity", "NaN"]) expect(parseNumber(bad, 7)).toBe(7);
  });

  it("parseChoice(text, choices, fallback) trims and lowercases", () => {
    expect(parseChoice(" XOR ", ["and", "xor"] as const, "and")).toBe("xor");
    expect(parseChoice("spiral", ["and", "xor"] as const, "and")).toBe("and");
    expect(parseChoice(null, ["and", "xor"] as const, "and")).toBe("and");
  });

  it("parseNumbers(text, fallback) reads a list, or none of it", () => {
    expect(parseNumbers("1, -2,3.5", [0])).toEqual([1, -2, 3.5]);
    expect(parseNumbers("1,,3", [0])).toEqual([0]);
    expect(parseNumbers("", [0])).toEqual([0]);
  });
});
