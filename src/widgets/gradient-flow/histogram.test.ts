import { expect, test } from "vitest";
import { activationSlope, activationValue, histogram, saturatedShare, BINS, Z_RANGE } from "./histogram.ts";

test("histogram(values) counts each value once, edges included, and counts what lies beyond the window", () => {
  const h = histogram([-100, -6, -0.1, 0, 0.1, 5.99, 6, 7]);
  expect(h.counts).toHaveLength(BINS);
  expect(h.counts.reduce((a, b) => a + b, 0)).toBe(8);
  expect(h.counts[0]).toBe(2); // −100 (below the window) and −6
  expect(h.counts[BINS - 1]).toBe(3); // 5.99, 6 and 7
  expect(h.counts[BINS / 2 - 1]).toBe(1); // −0.1
  expect(h.counts[BINS / 2]).toBe(2); // 0 and 0.1
  expect([h.below, h.above, h.total]).toEqual([1, 1, 8]);
  expect(Z_RANGE).toBe(6);
});

test("activationSlope(name, z) is σ(1 − σ), 1 − tanh² and the ReLU step", () => {
  expect(activationSlope("sigmoid", 0)).toBe(0.25);
  expect(activationSlope("sigmoid", 2)).toBeCloseTo(activationValue("sigmoid", 2) * (1 - activationValue("sigmoid", 2)), 12);
  expect(activationSlope("tanh", 0)).toBe(1);
  expect([activationSlope("relu", -1), activationSlope("relu", 0), activationSlope("relu", 3)]).toEqual([0, 0, 1]);
});

test("saturatedShare(name, values) counts where the slope is below a tenth of its peak", () => {
  expect(saturatedShare("sigmoid", [0, 1, 3, 4, -5])).toBeCloseTo(2 / 5); // σ′(3) ≈ 0.045 is above 0.025
  expect(saturatedShare("tanh", [0, 1, 2, -3])).toBeCloseTo(2 / 4); // tanh′(2) ≈ 0.07
  expect(saturatedShare("relu", [-1, 0, 2, 3])).toBeCloseTo(2 / 4);
  expect(saturatedShare("relu", [])).toBe(0);
});
