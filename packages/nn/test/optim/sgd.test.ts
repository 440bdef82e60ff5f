import { describe, expect, test } from "vitest";
import "../setup.ts";
import { optim, tensor } from "../../src/index.ts";
import { reference } from "../reference/reference.ts";
import { followsPyTorch } from "./follows-pytorch.ts";

describe("SGD", () => {
  for (const c of reference.sgd) {
    test(`step() follows PyTorch's update for ${c.name} over ${c.steps} steps`, () => {
      followsPyTorch(c, (params) => new optim.SGD(params, c.options));
    });
  }

  test("step() with momentum uses the gradient itself as the first buffer (no dampening on step 1)", () => {
    const p = tensor([1], { requiresGrad: true });
    const opt = new optim.SGD([p], { lr: 0.1, momentum: 0.9, dampening: 0.5 });
    p.grad = tensor([2]);
    opt.step(); // buf = 2, p = 1 - 0.2
    expect(p.data[0]).toBeCloseTo(0.8, 6);
    opt.step(); // buf = 0.9·2 + 0.5·2 = 2.8, p = 0.8 - 0.28
    expect(p.data[0]).toBeCloseTo(0.52, 6);
  });

  test("step() skips parameters without a gradient", () => {
    const a = tensor([1], { requiresGrad: true }), b = tensor([1], { requiresGrad: true });
    const opt = new optim.SGD([a, b], { lr: 0.5, weightDecay: 0.1 });
    a.grad = tensor([1]);
    opt.step();
    expect([a.data[0], b.data[0]]).toEqual([Math.fround(1 - 0.5 * 1.1), 1]);
  });

  test("lr can be changed between steps, and the next step uses it", () => {
    const p = tensor([0], { requiresGrad: true });
    const opt = new optim.SGD([p], { lr: 1 });
    opt.lr = 0.25;
    p.grad = tensor([1]);
    opt.step();
    expect(p.data[0]).toBe(-0.25);
    expect(opt.lr).toBe(0.25);
  });

  test("new SGD(params, { lr }) requires lr to be a positive finite number", () => {
    const params = [tensor([1], { requiresGrad: true })];
    for (const lr of [0, -0.1, Number.NaN, Infinity]) {
      expect(() => new optim.SGD(params, { lr })).toThrow(`SGD: lr must be a positive finite number, got ${lr}`);
    }
    expect(() => new optim.SGD(params, {} as { lr: number })).toThrow("SGD: lr must be a positive finite number, got undefined");
    const opt = new optim.SGD(params, { lr: 0.1 });
    expect(() => (opt.lr = -1)).toThrow("SGD: lr must be a positive finite number, got -1");
  });

  test("new SGD(params, { nesterov }) requires momentum and zero dampening", () => {
    const params = [tensor([1], { requiresGrad: true })];
    expect(() => new optim.SGD(params, { lr: 0.1, nesterov: true })).toThrow("SGD: nesterov needs momentum > 0 and dampening 0");
    expect(() => new optim.SGD(params, { lr: 0.1, momentum: 0.9, dampening: 0.1, nesterov: true })).toThrow("nesterov needs");
    expect(() => new optim.SGD(params, { lr: 0.1, momentum: -1 })).toThrow("SGD: momentum must be a finite number >= 0, got -1");
    expect(() => new optim.SGD(params, { lr: 0.1, weightDecay: -1 })).toThrow("SGD: weightDecay must be a finite number >= 0, got -1");
  });
});
