import { describe, expect, test } from "vitest";
import "../setup.ts";
import { optim, tensor, type Tensor } from "../../src/index.ts";
import { optimLayersReference } from "../reference/optim-layers.ts";

const sgd = (lr = 0.1) => new optim.SGD([tensor([1], { requiresGrad: true })], { lr });

describe("learning-rate schedules", () => {
  for (const c of optimLayersReference.schedules) {
    test(`${c.name} gives PyTorch's rates over ${c.epochs} epochs`, () => {
      const opt = sgd(c.lr);
      const schedule = new optim[c.schedule](opt, c.options as never);
      const lrs = [opt.lr];
      for (let epoch = 0; epoch < c.epochs; epoch++) {
        schedule.step();
        lrs.push(opt.lr);
        expect(schedule.getLastLr()).toEqual([opt.lr]);
      }
      // PyTorch computes the same recursive formulas in float64: agreement to round-off
      expect(lrs).toBeAllclose(c.lrs, { rtol: 1e-12, atol: 1e-15 });
      expect(schedule.lastEpoch).toBe(c.epochs);
      if (c.closedForm) expect(lrs).toBeAllclose(c.closedForm, { rtol: 1e-12, atol: 1e-15 });
    });
  }

  test("CosineAnnealingLR(opt, { tMax }) reaches exactly 0 at tMax and rises again", () => {
    const opt = sgd(0.1);
    const schedule = new optim.CosineAnnealingLR(opt, { tMax: 4 });
    for (let i = 0; i < 4; i++) schedule.step();
    expect(opt.lr).toBe(0);
    schedule.step();
    expect(opt.lr).toBeCloseTo(0.1 * (1 - Math.cos(Math.PI / 4)) / 2, 15);
  });

  test("LinearLR(opt, options) sets the start rate at once, as PyTorch's constructor does", () => {
    const opt = sgd(0.5);
    const schedule = new optim.LinearLR(opt, { startFactor: 0.1, totalIters: 4 });
    expect(opt.lr).toBeCloseTo(0.05, 15);
    expect(schedule.getLastLr()).toEqual([opt.lr]);
    expect(schedule.baseLr).toBe(0.5);
    for (let i = 0; i < 6; i++) schedule.step();
    expect(opt.lr).toBeCloseTo(0.5, 15);
  });

  test("new LinearLR(opt, options) rejects factors outside their ranges and a bad totalIters", () => {
    expect(() => new optim.LinearLR(sgd(), { startFactor: 0 })).toThrow("LinearLR: startFactor must be a number in (0, 1], got 0");
    expect(() => new optim.LinearLR(sgd(), { endFactor: 1.5 })).toThrow("LinearLR: endFactor must be a number in [0, 1], got 1.5");
    expect(() => new optim.LinearLR(sgd(), { totalIters: 0 })).toThrow("LinearLR: totalIters must be a positive integer, got 0");
  });

  test("StepLR(opt) carries on from a rate changed by hand, as PyTorch's chainable schedules do", () => {
    const opt = sgd(1);
    const schedule = new optim.StepLR(opt, { stepSize: 2, gamma: 0.5 });
    schedule.step();
    opt.lr = 0.25;
    schedule.step();
    expect(opt.lr).toBe(0.125);
    expect(schedule.baseLr).toBe(1);
  });

  test("new StepLR(opt, options) rejects a bad stepSize or gamma", () => {
    expect(() => new optim.StepLR(sgd(), { stepSize: 0 })).toThrow("StepLR: stepSize must be a positive integer, got 0");
    expect(() => new optim.StepLR(sgd(), { stepSize: 2.5 })).toThrow("StepLR: stepSize must be a positive integer, got 2.5");
    expect(() => new optim.StepLR(sgd(), {} as { stepSize: number })).toThrow("StepLR: stepSize must be a positive integer, got undefined");
    expect(() => new optim.StepLR(sgd(), { stepSize: 3, gamma: 0 })).toThrow("StepLR: gamma must be a positive finite number, got 0");
  });

  test("new ExponentialLR(opt, { gamma }) and new CosineAnnealingLR(opt, options) reject bad values", () => {
    expect(() => new optim.ExponentialLR(sgd(), { gamma: -0.5 })).toThrow("ExponentialLR: gamma must be a positive finite number, got -0.5");
    expect(() => new optim.ExponentialLR(sgd(), {} as { gamma: number })).toThrow("ExponentialLR: gamma must be a positive finite number, got undefined");
    expect(() => new optim.CosineAnnealingLR(sgd(), { tMax: 0 })).toThrow("CosineAnnealingLR: tMax must be a positive integer, got 0");
    expect(() => new optim.CosineAnnealingLR(sgd(), { tMax: 10, etaMin: -1 })).toThrow("CosineAnnealingLR: etaMin must be a finite number >= 0, got -1");
  });

  test("new StepLR(notAnOptimizer) says to pass an optimizer", () => {
    const params: Tensor[] = [tensor([1])];
    expect(() => new optim.StepLR(params as never, { stepSize: 1 })).toThrow("StepLR: expected an optimizer (e.g. new optim.SGD(params, { lr })), got Array");
  });
});
