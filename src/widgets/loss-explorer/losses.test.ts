import { describe, expect, it } from "vitest";
import { nn, tensor } from "@nnbook/nn";
import {
  bce,
  bceGradP,
  bceGradZ,
  crossEntropy,
  crossEntropyGrad,
  logSumExp,
  logit,
  mse,
  mseGradP,
  mseGradZ,
  sigmoid,
  softmax,
} from "./losses.ts";

// float32 in the engine, float64 here
const near = (a: number, b: number, tol = 1e-5) => expect(Math.abs(a - b)).toBeLessThanOrEqual(tol * Math.max(1, Math.abs(b)));

/** The engine's loss and its gradient for one value x against a target y. */
function engine(loss: (x: ReturnType<typeof tensor>, y: ReturnType<typeof tensor>) => ReturnType<typeof tensor>, x: number, y: number) {
  const xt = tensor([x], { requiresGrad: true });
  const l = loss(xt, tensor([y]));
  l.backward();
  return { value: l.item(), grad: xt.grad!.item() };
}

const CASES: [number, number][] = [[0.05, 1], [0.5, 1], [0.9, 0], [0.3, 0.3], [0.99, 1], [0.01, 0]];

describe("binary losses", () => {
  it("mse(p, y) and mseGradP(p, y) match nn.mseLoss with autograd", () => {
    for (const [p, y] of CASES) {
      const e = engine((a, b) => nn.mseLoss(a, b), p, y);
      near(mse(p, y), e.value);
      near(mseGradP(p, y), e.grad);
    }
  });

  it("bce(p, y) and bceGradP(p, y) match nn.binaryCrossEntropy with autograd", () => {
    for (const [p, y] of CASES) {
      const e = engine((a, b) => nn.binaryCrossEntropy(a, b), p, y);
      near(bce(p, y), e.value);
      near(bceGradP(p, y), e.grad, 1e-4);
    }
  });

  it("bce(p, y) clamps the log at −100 like the engine: p = 0 with y = 1 costs 100", () => {
    expect(bce(0, 1)).toBe(100);
    expect(nn.binaryCrossEntropy(tensor([0]), tensor([1])).item()).toBe(100);
  });

  it("mseGradZ and bceGradZ are the gradients through σ: MSE of sigmoid(z), and bceWithLogits(z)", () => {
    for (const [p, y] of CASES) {
      const z = logit(p);
      const m = engine((a, b) => nn.mseLoss(a.sigmoid(), b), z, y);
      const c = engine((a, b) => nn.bceWithLogits(a, b), z, y);
      near(mseGradZ(p, y), m.grad);
      near(bceGradZ(p, y), c.grad);
      near(bce(p, y), c.value, 1e-4);
    }
  });

  it("at z = −6 with y = 1, BCE's gradient is about 200 times MSE's", () => {
    const p = sigmoid(-6);
    expect(mseGradZ(p, 1)).toBeCloseTo(-0.00492, 5);
    expect(bceGradZ(p, 1)).toBeCloseTo(-0.99753, 5);
    expect(bceGradZ(p, 1) / mseGradZ(p, 1)).toBeGreaterThan(200);
  });

  it("sigmoid(z) and logit(p) are inverses, and sigmoid does not overflow at ±1000", () => {
    for (const p of [0.01, 0.2, 0.5, 0.97]) near(sigmoid(logit(p)), p, 1e-12);
    expect(sigmoid(1000)).toBe(1);
    expect(sigmoid(-1000)).toBe(0);
  });
});

describe("softmax and cross-entropy", () => {
  const Z = [2, 1, 0.5, -1];

  it("softmax(z, T) matches the engine's softmax of z / T and sums to 1", () => {
    for (const T of [0.1, 1, 3]) {
      const s = softmax(Z, T);
      const e = tensor(Z).div(T).softmax(-1).toArray() as number[];
      s.forEach((v, k) => near(v, e[k]));
      near(s.reduce((a, b) => a + b), 1, 1e-12);
    }
  });

  it("crossEntropy(z, c, T) and crossEntropyGrad match nn.crossEntropy of z / T with autograd", () => {
    for (const T of [0.25, 1, 4]) {
      for (const c of [0, 1, 3]) {
        const z = tensor([Z], { requiresGrad: true });
        const loss = nn.crossEntropy(z.div(T), [c]);
        loss.backward();
        near(crossEntropy(Z, c, T), loss.item());
        const g = (z.grad!.toArray() as number[][])[0];
        crossEntropyGrad(Z, c, T).forEach((v, k) => near(v, g[k]));
      }
    }
  });

  it("crossEntropy(z, c) is stable for logits of 1e3", () => {
    const big = [1000, 1001, 1002];
    near(crossEntropy(big, 0), nn.crossEntropy(tensor([big]), [0]).item());
    expect(logSumExp(big)).toBeCloseTo(1002.40761, 4);
    expect(softmax(big).every(Number.isFinite)).toBe(true);
  });
});
