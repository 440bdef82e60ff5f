import { describe, expect, test } from "vitest";
import "../setup.ts";
import { nn, optim, tensor, type Tensor } from "../../src/index.ts";

// One weight fitting y = 2x by mean squared error: the loss is (w − 2)²·mean(x²), whose second
// derivative is λ = 2·mean(x²) = 3.4, so gradient descent is stable exactly for η < 2/λ ≈ 0.59.
const X = tensor([[1], [2], [0.5], [-1], [1.5]]);
const Y = X.mul(2);
const problem = () => {
  const w = tensor([[0]], { requiresGrad: true });
  return { w, lossOf: () => nn.mseLoss(X.matmul(w), Y) };
};

describe("lrRangeTest(optimizer, lossOf, options)", () => {
  test("tries rates spaced evenly on a log scale and records the loss before each step", () => {
    const { w, lossOf } = problem();
    const { points, stopped } = optim.lrRangeTest(new optim.SGD([w], { lr: 1 }), lossOf, { startLr: 1e-3, endLr: 1e-1, steps: 3, smoothing: 0 });
    expect(stopped).toBe("end");
    expect(points.map((p) => p.lr)).toBeAllclose([1e-3, 1e-2, 1e-1], { rtol: 1e-12 });
    expect(points[0].loss).toBeCloseTo(4 * 1.7, 5);
    expect(points.map((p) => p.smoothLoss)).toEqual(points.map((p) => p.loss));
  });

  test("follows a hand-written SGD loop step for step", () => {
    const { w, lossOf } = problem();
    const result = optim.lrRangeTest(new optim.SGD([w], { lr: 1 }), lossOf, { startLr: 1e-3, endLr: 1, steps: 8, smoothing: 0, stopFactor: 1e9 });
    const mine = problem();
    const opt = new optim.SGD([mine.w], { lr: 1 });
    const losses: number[] = [];
    for (const { lr } of result.points) {
      const loss = mine.lossOf();
      losses.push(loss.item());
      opt.lr = lr;
      opt.zeroGrad();
      loss.backward();
      opt.step();
    }
    expect(result.points.map((p) => p.loss)).toEqual(losses);
  });

  test("stops when the loss blows up, and restores the parameters and the rate", () => {
    const { w, lossOf } = problem();
    const opt = new optim.SGD([w], { lr: 0.05 });
    const result = optim.lrRangeTest(opt, lossOf, { startLr: 1e-4, endLr: 100, steps: 60 });
    expect(result.stopped).toBe("diverged");
    expect(result.points.length).toBeLessThan(60);
    expect(w.data[0]).toBe(0);
    expect(opt.lr).toBe(0.05);
    // the test ran past the stability limit before it stopped, and both reads lie before the end
    const last = result.points[result.points.length - 1].lr;
    expect(last).toBeGreaterThan(2 / 3.4);
    expect(result.steepestLr).toBeLessThanOrEqual(result.minLossLr);
    expect(result.minLossLr).toBeLessThan(last);
  });

  test("reports NaN or Infinity in the loss as nonfinite instead of throwing", () => {
    const { w } = problem();
    const big = tensor([[1e30]]);
    const lossOf = (): Tensor => nn.mseLoss(big.matmul(w), tensor([[1]]));
    const result = optim.lrRangeTest(new optim.SGD([w], { lr: 1 }), lossOf, { startLr: 1, endLr: 10, steps: 10, stopFactor: 1e300 });
    expect(result.stopped).toBe("nonfinite");
    expect(result.points.length).toBeGreaterThan(0);
  });

  test("rejects bad options", () => {
    const { w, lossOf } = problem();
    const opt = new optim.SGD([w], { lr: 1 });
    expect(() => optim.lrRangeTest(opt, lossOf, { startLr: 1, endLr: 0.5 })).toThrow("lrRangeTest: endLr must be a finite number > startLr (1), got 0.5");
    expect(() => optim.lrRangeTest(opt, lossOf, { steps: 1 })).toThrow("lrRangeTest: steps must be at least 2, got 1");
    expect(() => optim.lrRangeTest(opt, lossOf, { stopFactor: 1 })).toThrow("lrRangeTest: stopFactor must be a finite number > 1, got 1");
    expect(() => optim.lrRangeTest({} as optim.Optimizer, lossOf)).toThrow("lrRangeTest: expected an optimizer");
  });
});
