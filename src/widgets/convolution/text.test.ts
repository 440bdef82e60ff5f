import { expect, test } from "vitest";
import { poolLine, sizeLine, sumLine } from "./text.ts";
import { PRESETS, receptiveField } from "./model.ts";

test("sizeLine, sumLine and poolLine show the formula and the arithmetic with real minus signs", () => {
  const state = { size: 28, input: Array(784).fill(0), kernel: PRESETS.vertical, stride: 2, padding: 1 };
  expect(sizeLine(state, 14)).toBe("input 28×28 → feature map 14×14 (⌊(28 + 2·1 − 3)/2⌋ + 1 = 14)");
  const { terms, sum } = receptiveField(state, 0, 0);
  expect(sumLine(0, 0, terms, sum)).toMatch(/^z\[0,0\] = 1·0 \(padding\) \+ 0·0 \(padding\) \+ −1·0 \(padding\) .* = 0$/);
  expect(poolLine(1, 2, -0.5, 9, 4)).toContain("o[1,2] = −0.5, the maximum of its 2×2 window, at feature-map pixel (2, 1)");
});
