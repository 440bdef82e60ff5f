import { expect, test } from "vitest";
import { decades, layerColor, logDomain, logTicks } from "./scales.ts";

const record = (norms: number[]) => ({ step: 0, loss: 0.69, norms });

test("logDomain(history) spans at least 10⁻¹⁰ … 10⁰ and snaps outward to multiples of 5 decades", () => {
  expect(logDomain([])).toEqual([-10, 0]);
  expect(logDomain([record([1.1e-9, 0.055])])).toEqual([-10, 0]);
  expect(logDomain([record([1.4e-19, 0.011])])).toEqual([-20, 0]);
  expect(logDomain([record([0.02, 3e2]), record([1e-3, 2.5e6])])).toEqual([-10, 10]);
  expect(logDomain([record([0, NaN, Infinity, 1e-60, 1e90])])).toEqual([-40, 40]);
});

test("decades(n, domain) clamps to the domain, puts 0 at the bottom and NaN and ∞ (overflow) at the top", () => {
  expect(decades(1e-3, [-10, 0])).toBeCloseTo(-3, 12);
  expect([decades(0, [-10, 0]), decades(1e-12, [-10, 0]), decades(NaN, [-10, 0]), decades(Infinity, [-10, 0]), decades(1e5, [-10, 0])]).toEqual([-10, -10, 0, 0, 0]);
});

test("logTicks(domain) labels every 5 decades, or every 10 on a long axis", () => {
  expect(logTicks([-10, 0])).toEqual([-10, -5, 0]);
  expect(logTicks([-10, 35])).toEqual([-10, 0, 10, 20, 30]);
});

test("layerColor(layer, layers) runs from purple at layer 1 to orange at the last", () => {
  expect(layerColor(1, 9)).toBe("hsl(265, 70%, 50%)");
  expect(layerColor(9, 9)).toBe("hsl(25, 70%, 50%)");
});
