import { describe, expect, it } from "vitest";
import { countText } from "./count-text.ts";

describe("countText", () => {
  it("groups a whole number's digits in threes, as toLocaleString('en') does", () => {
    for (const n of [0, 7, 999, 1000, 12345, 199999, 1_000_000, 49_995_000, -1234567, 123456789012]) {
      expect(countText(n)).toBe(n.toLocaleString("en"));
    }
  });
  it("writes what is not a whole count as JavaScript does", () => {
    expect(countText(1234.5)).toBe("1234.5");
    expect(countText(NaN)).toBe("NaN");
    expect(countText(Infinity)).toBe("Infinity");
    expect(countText(1e300)).toBe("1e+300");
  });
});
