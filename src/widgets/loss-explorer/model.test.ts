import { describe, expect, it } from "vitest";
import { nn, tensor } from "@nnbook/nn";
import {
  DEFAULT_STATE,
  binaryReading,
  createState,
  lossCurves,
  setLogit,
  setPrediction,
  setTarget,
  setTemperature,
  setTrueClass,
  softmaxReading,
} from "./model.ts";

describe("model", () => {
  it("createState() starts badly wrong: p = 0.05 for y = 1", () => {
    const r = binaryReading(createState());
    expect(r.p).toBe(0.05);
    expect(r.bce).toBeCloseTo(-Math.log(0.05), 12);
    // in the logit, BCE pushes 1 / (2p(1 − p)) ≈ 10.5 times harder than MSE
    expect(r.bceGradZ / r.mseGradZ).toBeCloseTo(1 / (2 * 0.05 * 0.95), 10);
  });

  it("setPrediction(s, p) and setTarget(s, y) snap to the slider steps and clamp", () => {
    let s = setPrediction(DEFAULT_STATE, 0.1 + 0.2);
    expect(s.p).toBe(0.3);
    s = setPrediction(s, 5);
    expect(s.p).toBe(0.99);
    s = setTarget(s, 0.33);
    expect(s.y).toBe(0.35);
    expect(DEFAULT_STATE.p).toBe(0.05); // states are never mutated
  });

  it("binaryReading(s) agrees with the engine's losses and autograd", () => {
    const s = createState({ p: 0.2, y: 1 });
    const r = binaryReading(s);
    const p = tensor([0.2], { requiresGrad: true });
    const loss = nn.binaryCrossEntropy(p, tensor([1]));
    loss.backward();
    expect(r.bce).toBeCloseTo(loss.item(), 5);
    expect(r.bceGradP).toBeCloseTo(p.grad!.item(), 4);
    const z = tensor([r.z], { requiresGrad: true });
    const m = nn.mseLoss(z.sigmoid(), tensor([1]));
    m.backward();
    expect(r.mse).toBeCloseTo(m.item(), 5);
    expect(r.mseGradZ).toBeCloseTo(z.grad!.item(), 5);
  });

  it("both losses are smallest where the prediction equals the target", () => {
    const { p, mse, bce } = lossCurves(0.3, 1000, 0.001, 0.999);
    const argmin = (v: number[]) => p[v.indexOf(Math.min(...v))];
    expect(argmin(mse)).toBeCloseTo(0.3, 2);
    expect(argmin(bce)).toBeCloseTo(0.3, 2);
  });

  it("setLogit, setTemperature and setTrueClass change the softmax reading like the engine says", () => {
    let s = setLogit(DEFAULT_STATE, 2, 3);
    s = setTemperature(s, 2);
    s = setTrueClass(s, 2);
    expect(s.logits).toEqual([2, 1, 3, -1]);
    const r = softmaxReading(s);
    const z = tensor([[...s.logits]], { requiresGrad: true });
    const loss = nn.crossEntropy(z.div(2), [2]);
    loss.backward();
    expect(r.loss).toBeCloseTo(loss.item(), 5);
    const g = (z.grad!.toArray() as number[][])[0];
    r.gradient.forEach((v, k) => expect(v).toBeCloseTo(g[k], 5));
    expect(r.probabilities.reduce((a, b) => a + b)).toBeCloseTo(1, 12);
  });

  it("a high temperature flattens the softmax toward uniform, a low one sharpens it", () => {
    const hot = softmaxReading(setTemperature(DEFAULT_STATE, 5)).probabilities;
    const cold = softmaxReading(setTemperature(DEFAULT_STATE, 0.1)).probabilities;
    expect(Math.max(...hot) - Math.min(...hot)).toBeLessThan(0.25);
    expect(cold[0]).toBeGreaterThan(0.9999);
  });

  it("setTrueClass(s, c) keeps c within the classes", () => {
    expect(setTrueClass(DEFAULT_STATE, 9).trueClass).toBe(3);
    expect(setTrueClass(DEFAULT_STATE, -1).trueClass).toBe(0);
  });
});
