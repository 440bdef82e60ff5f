import { describe, expect, test } from "vitest";
import { nn, tensor, Tensor, zeros } from "../../src/index.ts";

/** A module written the way a reader would: tensors and sub-modules as plain properties. */
class TwoLayer extends nn.Module {
  hidden = new nn.Linear(2, 3);
  out = new nn.Linear(3, 1);
  scale = tensor([2], { requiresGrad: true });
  steps = 0; // not a tensor: ignored
  constructor() {
    super();
    this.registerBuffer("runningMean", zeros(3));
  }
  forward(x: Tensor): Tensor {
    return this.out.forward(this.hidden.forward(x).relu()).mul(this.scale);
  }
}

describe("Module", () => {
  test("parameters() finds tensor properties and sub-modules' parameters, in definition order", () => {
    const m = new TwoLayer();
    expect(m.namedParameters().map(([name]) => name)).toEqual(["scale", "hidden.weight", "hidden.bias", "out.weight", "out.bias"]);
    expect(m.parameters()).toEqual([m.scale, m.hidden.weight, m.hidden.bias, m.out.weight, m.out.bias]);
  });

  test("registerBuffer(name, t) stores state that parameters() leaves out", () => {
    const m = new TwoLayer();
    const buffer = (m as unknown as { runningMean: Tensor }).runningMean;
    expect(buffer.shape).toEqual([3]);
    expect(m.parameters()).not.toContain(buffer);
    expect(m.buffers()).toEqual([buffer]);
  });

  test("parameters() lists a tensor shared by two modules once", () => {
    const a = new nn.Linear(2, 2), b = new nn.Linear(2, 2);
    b.weight = a.weight;
    expect(new nn.Sequential(a, b).parameters()).toHaveLength(3);
  });

  test("parameters() finds modules kept in an array, named by index", () => {
    class Stack extends nn.Module {
      blocks = [new nn.Linear(1, 1), new nn.Linear(1, 1)];
      forward(x: Tensor) {
        return this.blocks.reduce((h, b) => b.forward(h), x);
      }
    }
    expect(new Stack().namedParameters().map(([n]) => n)).toEqual(["blocks.0.weight", "blocks.0.bias", "blocks.1.weight", "blocks.1.bias"]);
  });

  test("train() and eval() set training on every sub-module", () => {
    const m = new TwoLayer();
    expect(m.eval()).toBe(m);
    expect([m.training, m.hidden.training, m.out.training]).toEqual([false, false, false]);
    m.train();
    expect([m.training, m.hidden.training, m.out.training]).toEqual([true, true, true]);
  });

  test("zeroGrad() clears every parameter's gradient", () => {
    const m = new TwoLayer();
    m.forward(tensor([[1, -1]])).sum().backward();
    expect(m.parameters().every((p) => p.grad !== null)).toBe(true);
    m.zeroGrad();
    expect(m.parameters().every((p) => p.grad === null)).toBe(true);
  });

  test("toString() prints the module tree like PyTorch", () => {
    expect(String(new nn.Sequential(new nn.Linear(2, 8), new nn.ReLU()))).toBe(
      "Sequential(\n  (0): Linear(inFeatures=2, outFeatures=8, bias=true)\n  (1): ReLU()\n)",
    );
  });
});
