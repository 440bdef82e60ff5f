import { describe, expect, it } from "vitest";
import { DEFAULT_CONFIG } from "./config.ts";
import { weightHistogram } from "./histogram.ts";
import { createRun, trainSteps } from "./model.ts";
import { histogramText, lossText, magnitudeText, rateText, statusText } from "./text.ts";

describe("overfitting text", () => {
  it("the status line says the step, the losses and the settings", () => {
    const run = trainSteps(createRun(DEFAULT_CONFIG), 2);
    expect(statusText(run)).toMatch(
      /^Step 2: train loss 0\.\d{3}, test loss 0\.\d{3} \(gap −?0\.\d{3}\); accuracy \d+% train, \d+% test\. Moons, noise 0\.30, 40 training and 160 test points; 3 hidden layers of 32 units; L1 0, L2 0, dropout 0\.00, learning rate 0\.01, early stopping off\.$/,
    );
  });

  it("says a divergence in words, never as NaN or Infinity", () => {
    const run = trainSteps(createRun({ ...DEFAULT_CONFIG, lr: 1e30 }), 20);
    const text = statusText(run);
    expect(text).toMatch(/^Stopped at step \d+: training diverged, the loss (stopped being a number|grew to infinity)|the training loss passed 1,000\./);
    expect(text).not.toMatch(/NaN|Infinity/);
  });

  it("says early stopping and where it went back to", () => {
    const run = trainSteps(createRun({ ...DEFAULT_CONFIG, earlyStopping: true }), 4000);
    expect(statusText(run)).toMatch(/^Early stopping at step \d+: the validation loss had not improved for 150 steps, so the weights of step \d+ are back; there, train loss .* validation loss .* test loss/);
    expect(statusText(run)).toContain("30 training, 10 validation and 160 test points");
  });

  it("formats losses, rates and the histogram", () => {
    expect([lossText(0.12345), lossText(12.345), lossText(12345)]).toEqual(["0.123", "12.3", "12,345"]);
    expect([rateText(0), rateText(0.0003), rateText(0.001), rateText(0.03), rateText(0.31623)]).toEqual(["0", "3e−4", "0.001", "0.03", "0.32"]);
    const h = weightHistogram([0, 0.005, -0.3, 0.7, 1.5]);
    expect(h.range).toBe(2);
    expect(h.counts.reduce((a, b) => a + b, 0)).toBe(5);
    expect(histogramText(h)).toBe("5 weights; 40% within ±0.01 of zero; the largest |w| is 1.50.");
    expect([rateText(1e30), magnitudeText(9.99e29), magnitudeText(0.5)]).toEqual(["1e30", "1.0 × 10³⁰", "0.50"]);
  });
});
