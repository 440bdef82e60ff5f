import { describe, expect, test } from "vitest";
import "../setup.ts";
import { optim, tensor } from "../../src/index.ts";
import { optimLayersReference } from "../reference/optim-layers.ts";
import { followsPyTorch } from "./follows-pytorch.ts";

const params = () => [tensor([1], { requiresGrad: true })];

describe("RMSprop", () => {
  for (const c of optimLayersReference.optimizers.filter((c) => c.optimizer === "RMSprop")) {
    test(`step() follows PyTorch's update for ${c.name} over ${c.steps} steps`, () => followsPyTorch(c, (params) => new optim[c.optimizer](params, c.options)));
  }

  test("new RMSprop(params) has PyTorch's defaults: lr 1e-2, alpha 0.99, eps 1e-8, no momentum, not centered", () => {
    const opt = new optim.RMSprop(params());
    expect([opt.lr, opt.alpha, opt.eps, opt.momentum, opt.weightDecay, opt.centered]).toEqual([1e-2, 0.99, 1e-8, 0, 0, false]);
  });

  test("step() divides the first gradient by √(1 − α)·|g|", () => {
    const p = tensor([0], { requiresGrad: true });
    const opt = new optim.RMSprop([p], { lr: 0.1, alpha: 0.75 });
    p.grad = tensor([4]);
    opt.step(); // v = 0.25·16 = 4, step = 0.1 · 4 / 2
    expect(p.data[0]).toBeCloseTo(-0.2, 6);
  });

  test("new RMSprop(params, options) rejects bad lr, alpha, eps, momentum and weightDecay", () => {
    expect(() => new optim.RMSprop(params(), { lr: -1 })).toThrow("RMSprop: lr must be a positive finite number, got -1");
    expect(() => new optim.RMSprop(params(), { lr: Infinity })).toThrow("RMSprop: lr must be a positive finite number, got Infinity");
    expect(() => new optim.RMSprop(params(), { alpha: 1 })).toThrow("RMSprop: alpha must be a number in [0, 1), got 1");
    expect(() => new optim.RMSprop(params(), { eps: 0 })).toThrow("RMSprop: eps must be a positive finite number, got 0");
    expect(() => new optim.RMSprop(params(), { momentum: -0.9 })).toThrow("RMSprop: momentum must be a finite number >= 0, got -0.9");
    expect(() => new optim.RMSprop(params(), { weightDecay: Number.NaN })).toThrow("RMSprop: weightDecay must be a finite number >= 0, got NaN");
  });
});
