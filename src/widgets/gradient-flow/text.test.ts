import { expect, test } from "vitest";
import { diagnosis, power, saturationText, sci } from "./text.ts";

test("power(exponent) writes 10 with a superscript exponent", () => {
  expect(power(-9)).toBe("10⁻⁹");
  expect(power(12)).toBe("10¹²");
});

test("sci(n) keeps plain numbers plain and writes tiny or huge ones in powers of ten", () => {
  expect(sci(0.0551)).toBe("0.055");
  expect(sci(0.693147)).toBe("0.69");
  expect(sci(1.1e-9)).toBe("1.1 × 10⁻⁹");
  expect(sci(9.96e-5)).toBe("1 × 10⁻⁴");
  expect(sci(2.5e6)).toBe("2.5 × 10⁶");
  expect(sci(-3e-5)).toBe("−3 × 10⁻⁵");
  expect(sci(0)).toBe("0");
  expect([sci(Infinity), sci(NaN)]).toEqual(["∞", "NaN"]);
});

test("diagnosis(norms, loss) tells vanishing, exploding and balanced gradients apart", () => {
  expect(diagnosis([1.1e-9, 1e-5, 5.5e-2], 0.69)).toBe("vanishing: layer 1's is 7.7 orders of magnitude smaller");
  expect(diagnosis([0.02, 0.03, 0.05], 0.5)).toMatch(/^balanced/);
  expect(diagnosis([500, 300, 700], 400)).toBe("exploding");
  expect(diagnosis([NaN, 1], 1)).toMatch(/^exploding/);
  expect(diagnosis([7e-15, 1e-14, 1.6e-14], 0.69)).toMatch(/^vanishing in every layer/);
  expect(diagnosis([7e-7, 1e-7, 1.6e-7], 1e-4)).toMatch(/^balanced/); // a minimum: small gradients are right
});

test("saturationText(activation, layer, share) names the slope that is small", () => {
  expect(saturationText("sigmoid", 3, 0.426)).toBe("Layer 3: 43% of the pre-activations are saturated (σ′ below a tenth of its peak).");
  expect(saturationText("relu", 1, 0.5)).toMatch(/at or below 0, where ReLU′ = 0/);
});
