import { describe, expect, it } from "vitest";
import { countText } from "./count-text.ts";

describe("countText", () => {
  it("groups digits in threes, as toLocaleString('en') does", () => {
    for (const n of [0, 7, 999, 1000, 12345, 199999, 1_000_000, 49_995_000, -1234567, 1234.5, 123456789012]) {
      expect(countText(n)).toBe(n.toLocaleString("en", { maximumFractionDigits: 20 }));
    }
  });
  it("writes what has no digits to group as JavaScript does", () => {
    expect(countText(NaN)).toBe("NaN");
    expect(countText(Infinity)).toBe("Infinity");
    expect(countText(1e300)).toBe("1e+300");
  });
});
