import { describe, expect, test } from "vitest";
import "../setup.ts";
import { Generator, gradcheck, manualSeed, nn, ones, tensor } from "../../src/index.ts";
import { toTensor } from "../reference/reference.ts";
import { optimLayersReference } from "../reference/optim-layers.ts";
import { GRADCHECK } from "../reference/ops.ts";

describe("Dropout", () => {
  for (const c of optimLayersReference.dropout) {
    test(`${c.name} is the identity, as in PyTorch`, () => {
      const drop = new nn.Dropout(c.p).eval();
      expect(drop.forward(toTensor(c.input))).toBeAllclose(c.output, { rtol: 0, atol: 0 });
    });
  }

  test("new Dropout(p).forward(x) in training zeroes about p of the values and scales the rest by 1/(1 − p)", () => {
    manualSeed(1);
    const y = new nn.Dropout(0.25).forward(ones([100, 100])).data;
    const kept = y.filter((v) => v !== 0);
    expect(new Set(kept)).toEqual(new Set([Math.fround(1 / 0.75)]));
    expect(kept.length / y.length).toBeGreaterThan(0.74);
    expect(kept.length / y.length).toBeLessThan(0.76);
  });

  test("new Dropout(p).forward(x) repeats after manualSeed, and differs from call to call", () => {
    const x = ones([4, 8]);
    const drop = new nn.Dropout(0.5);
    manualSeed(7);
    const first = drop.forward(x).data, second = drop.forward(x).data;
    manualSeed(7);
    expect(drop.forward(x).data).toEqual(first);
    expect(second).not.toEqual(first);
  });

  test("new Dropout(p).forward(x) sends the gradient through the kept values only, scaled the same", () => {
    const x = tensor([[1, 2, 3, 4], [5, 6, 7, 8]], { requiresGrad: true });
    const y = new nn.Dropout(0.5, { generator: new Generator(3) }).forward(x);
    y.sum().backward();
    const mask = Array.from(y.data, (v, i) => v / x.data[i]);
    expect(x.grad).toBeAllclose({ shape: [2, 4], data: mask });
    expect(mask.every((m) => m === 0 || m === 2)).toBe(true);
  });

  test("new Dropout(p).forward(x) passes gradcheck (with a fixed mask)", () => {
    const fn = (x: ReturnType<typeof tensor>) => new nn.Dropout(0.3, { generator: new Generator(11) }).forward(x);
    const result = gradcheck(fn, [tensor([[0.5, -1.25, 2], [-0.75, 1.5, 3.25]])], GRADCHECK);
    expect(result.ok, result.message).toBe(true);
  });

  test("new Dropout(0) and eval() return the input itself", () => {
    const x = tensor([1, 2, 3]);
    expect(new nn.Dropout(0).forward(x)).toBe(x);
    expect(new nn.Dropout().eval().forward(x)).toBe(x);
    expect(new nn.Dropout().p).toBe(0.5);
  });

  test("new Dropout(p) requires p in [0, 1)", () => {
    for (const p of [1, -0.1, 1.5, Number.NaN]) {
      expect(() => new nn.Dropout(p)).toThrow(`Dropout: p must be a probability in [0, 1), got ${p}`);
    }
  });

  test("toString() shows p", () => {
    expect(String(new nn.Dropout(0.2))).toBe("Dropout(p=0.2)");
  });
});
