import { describe, expect, it } from "vitest";
import { optim, tensor } from "@nnbook/nn";
import { DEFAULT_CONFIG, regime, runLearningRate } from "./model.ts";

describe("learning-rate model", () => {
  it("runLearningRate(config) is optim.SGD's path, and the closed form (1 − ηλ)ᵗ", () => {
    const run = runLearningRate(DEFAULT_CONFIG);
    const theta = tensor([1, 1], { requiresGrad: true });
    const opt = new optim.SGD([theta], { lr: 0.15 });
    const direct = [Array.from(theta.data)];
    for (let t = 0; t < 30; t++) {
      opt.zeroGrad();
      theta.pow(2).mul(tensor([1, 10])).sum().mul(0.5).backward();
      opt.step();
      direct.push(Array.from(theta.data));
    }
    expect(run.path).toEqual(direct);
    expect(run.path).toBeAllclose(run.path.map((_, t) => [0.85 ** t, (-0.5) ** t]), { rtol: 1e-5, atol: 1e-7 });
  });

  it("regime(lr, λmax) splits at 1/λmax and 2/λmax", () => {
    expect([0.05, 0.15, 0.2, 0.25].map((lr) => regime(lr, 10))).toEqual(["converges", "oscillates", "boundary", "diverges"]);
  });

  it("runLearningRate stops a diverging run with finite values only", () => {
    const run = runLearningRate({ ...DEFAULT_CONFIG, lr: 0.5, steps: 100 });
    expect(run.regime).toBe("diverges");
    expect(run.divergedAt).not.toBeNull();
    expect(run.path.flat().every((v) => Number.isFinite(v) && Math.abs(v) <= 1e6)).toBe(true);
    expect(runLearningRate({ ...DEFAULT_CONFIG, dimensions: 1 }).path[0]).toEqual([1]);
  });
});
