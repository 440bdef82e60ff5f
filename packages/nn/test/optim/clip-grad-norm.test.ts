import { describe, expect, test } from "vitest";
import "../setup.ts";
import { optim, tensor, zeros } from "../../src/index.ts";
import { toTensor } from "../reference/reference.ts";
import { optimLayersReference } from "../reference/optim-layers.ts";

describe("clipGradNorm", () => {
  for (const c of optimLayersReference.clipGradNorm) {
    test(`${c.name} matches PyTorch's clip_grad_norm_`, () => {
      const params = c.grads.map((g) => {
        const p = zeros(g.shape, { requiresGrad: true });
        p.grad = toTensor(g);
        return p;
      });
      const normType = c.normType === "Infinity" ? Infinity : c.normType;
      const total = optim.clipGradNorm(params, c.maxNorm, { normType });
      expect(total).toBeAllclose(c.totalNorm, { rtol: 1e-6 });
      params.forEach((p, i) => expect(p.grad).toBeAllclose(c.clipped[i], { rtol: 1e-5, atol: 1e-7 }));
    });
  }

  test("clipGradNorm(param, maxNorm) takes a single tensor and skips parameters without a gradient", () => {
    const p = tensor([3, 4], { requiresGrad: true });
    p.grad = tensor([3, 4]);
    expect(optim.clipGradNorm(p, 1)).toBe(5);
    expect(p.grad).toBeAllclose([0.6, 0.8], { rtol: 1e-6 });
    expect(optim.clipGradNorm([tensor([1], { requiresGrad: true })], 1)).toBe(0);
  });

  test("clipGradNorm(params, maxNorm, { errorIfNonfinite: true }) reports a NaN norm", () => {
    const p = tensor([1, 2], { requiresGrad: true });
    p.grad = tensor([Number.NaN, 1]);
    expect(() => optim.clipGradNorm([p], 1, { errorIfNonfinite: true })).toThrow("clipGradNorm: the total norm of the gradients is NaN");
  });

  test("clipGradNorm(params, maxNorm) rejects a maxNorm that is not positive, and a bad normType", () => {
    const params = [tensor([1], { requiresGrad: true })];
    expect(() => optim.clipGradNorm(params, 0)).toThrow("clipGradNorm: maxNorm must be a positive finite number, got 0");
    expect(() => optim.clipGradNorm(params, -1)).toThrow("clipGradNorm: maxNorm must be a positive finite number, got -1");
    expect(() => optim.clipGradNorm(params, 1, { normType: 0.5 })).toThrow("clipGradNorm: normType must be a number >= 1 or Infinity, got 0.5");
  });
});
