import { describe, expect, test } from "vitest";
import "../setup.ts";
import { optim, tensor } from "../../src/index.ts";
import { optimLayersReference } from "../reference/optim-layers.ts";
import { followsPyTorch } from "./follows-pytorch.ts";

const params = () => [tensor([1], { requiresGrad: true })];

describe("Adam", () => {
  for (const c of optimLayersReference.optimizers.filter((c) => c.optimizer === "Adam" || c.optimizer === "AdamW")) {
    test(`step() follows PyTorch's update for ${c.name} over ${c.steps} steps`, () => followsPyTorch(c, (params) => new optim[c.optimizer](params, c.options)));
  }

  test("new Adam(params) has PyTorch's defaults: lr 1e-3, betas [0.9, 0.999], eps 1e-8, weightDecay 0", () => {
    const opt = new optim.Adam(params());
    expect([opt.lr, opt.betas, opt.eps, opt.weightDecay, opt.amsgrad]).toEqual([1e-3, [0.9, 0.999], 1e-8, 0, false]);
    expect(new optim.AdamW(params()).weightDecay).toBe(0.01);
  });

  test("step() moves each coordinate by about lr on the first step, whatever the gradient's scale", () => {
    const p = tensor([0, 0], { requiresGrad: true });
    const opt = new optim.Adam([p], { lr: 0.1 });
    p.grad = tensor([1e-3, -50]);
    opt.step(); // m̂ = g, v̂ = g², so the step is −lr·g/(|g| + ε)
    expect(p).toBeAllclose([-0.1, 0.1], { rtol: 1e-5 });
  });

  test("step() skips parameters without a gradient", () => {
    const a = tensor([1], { requiresGrad: true }), b = tensor([1], { requiresGrad: true });
    const opt = new optim.AdamW([a, b], { lr: 0.1, weightDecay: 0.5 });
    a.grad = tensor([1]);
    opt.step();
    expect(b.data[0]).toBe(1);
  });

  test("new Adam(params, options) rejects bad lr, betas, eps and weightDecay", () => {
    expect(() => new optim.Adam(params(), { lr: 0 })).toThrow("Adam: lr must be a positive finite number, got 0");
    expect(() => new optim.Adam(params(), { lr: Number.NaN })).toThrow("Adam: lr must be a positive finite number, got NaN");
    expect(() => new optim.Adam(params(), { betas: [0.9, 1] })).toThrow("Adam: betas must be two numbers in [0, 1), got [0.9, 1]");
    expect(() => new optim.Adam(params(), { betas: [-0.1, 0.999] })).toThrow("Adam: betas must be two numbers in [0, 1), got [-0.1, 0.999]");
    expect(() => new optim.Adam(params(), { betas: [0.9] as unknown as [number, number] })).toThrow("Adam: betas must be two numbers in [0, 1), got [0.9]");
    expect(() => new optim.Adam(params(), { eps: 0 })).toThrow("Adam: eps must be a positive finite number, got 0");
    expect(() => new optim.Adam(params(), { weightDecay: -0.1 })).toThrow("Adam: weightDecay must be a finite number >= 0, got -0.1");
    expect(() => new optim.AdamW(params(), { eps: -1e-8 })).toThrow("AdamW: eps must be a positive finite number, got -1e-8");
  });
});
