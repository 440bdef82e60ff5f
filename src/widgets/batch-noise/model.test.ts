import { describe, expect, it } from "vitest";
import { data, nn, optim, tensor } from "@nnbook/nn";
import { BATCH_SIZES, N, W0, curves, gradientAt, problem, scatter } from "./model.ts";

describe("batch-noise model", () => {
  const p = problem();

  it("scatter(p, N) is the full gradient itself: no noise", () => {
    const s = scatter(p, N, 3);
    expect(s.meanSquaredError).toBeLessThan(1e-12);
  });

  it("scatter(p, B) spreads less as B grows, about as 1/B", () => {
    const errors = [1, 4, 16, 64].map((B) => scatter(p, B, 64).meanSquaredError);
    for (let k = 1; k < errors.length; k++) {
      const ratio = errors[k - 1] / errors[k];
      expect(ratio).toBeGreaterThan(2);
      expect(ratio).toBeLessThan(8);
    }
  });

  it("the mean of one epoch's batch gradients is the full gradient", () => {
    const s = scatter(p, 16, N / 16);
    const mean = [0, 1].map((i) => s.batches.reduce((a, g) => a + g[i], 0) / s.batches.length);
    expect(mean).toBeAllclose(s.full, { rtol: 1e-5, atol: 1e-7 });
  });

  it("curves(p) are optim.SGD's runs on data.batches", () => {
    const points = curves(p, [64], 0.5, 1);
    const w = tensor([[W0[0]], [W0[1]]], { requiresGrad: true });
    const opt = new optim.SGD([w], { lr: 0.5 });
    const expected = [nn.bceWithLogits(p.X.matmul(w), p.Y).item()];
    for (const b of data.batches(p.X, p.Y, { batchSize: 64, seed: 2 })) {
      opt.zeroGrad();
      nn.bceWithLogits(b.X.matmul(w), b.y).backward();
      opt.step();
      expected.push(nn.bceWithLogits(p.X.matmul(w), p.Y).item());
    }
    expect(points.map((q) => q.loss)).toEqual(expected);
    expect(points.at(-1)!.examples).toBe(N);
    expect(gradientAt(W0, p.X, p.Y)).toEqual(scatter(p, N, 1).full);
    expect(BATCH_SIZES.at(-1)).toBe(N);
  });
});
