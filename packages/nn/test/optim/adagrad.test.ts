import { describe, expect, test } from "vitest";
import "../setup.ts";
import { optim, tensor } from "../../src/index.ts";
import { optimLayersReference } from "../reference/optim-layers.ts";
import { followsPyTorch } from "./follows-pytorch.ts";

const params = () => [tensor([1], { requiresGrad: true })];

describe("Adagrad", () => {
  for (const c of optimLayersReference.optimizers.filter((c) => c.optimizer === "Adagrad")) {
    test(`step() follows PyTorch's update for ${c.name} over ${c.steps} steps`, () => followsPyTorch(c, (params) => new optim.Adagrad(params, c.options)));
  }

  test("new Adagrad(params) has PyTorch's defaults: lr 1e-2, no decay, accumulator 0, eps 1e-10", () => {
    const opt = new optim.Adagrad(params());
    expect([opt.lr, opt.lrDecay, opt.weightDecay, opt.initialAccumulatorValue, opt.eps]).toEqual([1e-2, 0, 0, 0, 1e-10]);
  });

  test("step() moves by lr on the first step, then by lr·|g|/√(sum of g²)", () => {
    const p = tensor([0], { requiresGrad: true });
    const opt = new optim.Adagrad([p], { lr: 0.5 });
    p.grad = tensor([3]);
    opt.step(); // s = 9, step = 0.5·3/3
    expect(p.data[0]).toBeCloseTo(-0.5, 6);
    p.grad = tensor([4]);
    opt.step(); // s = 25, step = 0.5·4/5
    expect(p.data[0]).toBeCloseTo(-0.9, 6);
  });

  test("new Adagrad(params, options) rejects bad lr, lrDecay, initialAccumulatorValue and eps", () => {
    expect(() => new optim.Adagrad(params(), { lr: 0 })).toThrow("Adagrad: lr must be a positive finite number, got 0");
    expect(() => new optim.Adagrad(params(), { lrDecay: -1 })).toThrow("Adagrad: lrDecay must be a finite number >= 0, got -1");
    expect(() => new optim.Adagrad(params(), { initialAccumulatorValue: -0.1 })).toThrow("Adagrad: initialAccumulatorValue must be a finite number >= 0, got -0.1");
    expect(() => new optim.Adagrad(params(), { eps: 0 })).toThrow("Adagrad: eps must be a positive finite number, got 0");
  });
});
