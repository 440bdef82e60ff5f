import { describe, expect, test } from "vitest";
import "../setup.ts";
import { manualSeed, nn, noGrad, tensor } from "../../src/index.ts";
import { reference, REF_TOLERANCE, toTensor } from "../reference/reference.ts";
import { gradcheckLayer } from "./gradcheck-layer.ts";

describe("Linear", () => {
  for (const c of reference.linear) {
    test(`${c.name} matches PyTorch: output and weight, bias, input gradients`, () => {
      const layer = new nn.Linear(4, 3, { bias: c.bias !== null });
      layer.weight.data = Float32Array.from(c.weight.data); // writing p.data sets a parameter
      if (c.bias !== null && layer.bias !== null) layer.bias.data = Float32Array.from(c.bias.data);
      const x = toTensor(c.input, true);
      const y = layer.forward(x);
      expect(y).toBeAllclose(c.output, REF_TOLERANCE);
      y.backward(toTensor(c.upstream));
      expect(layer.weight.grad).toBeAllclose(c.grads.weight, REF_TOLERANCE);
      if (c.grads.bias !== null) expect(layer.bias?.grad).toBeAllclose(c.grads.bias, REF_TOLERANCE);
      expect(x.grad).toBeAllclose(c.grads.input, REF_TOLERANCE);
    });
  }

  test("new Linear(in, out) has weight [out, in] and bias [out], uniform in ±1/√in", () => {
    manualSeed(0);
    const layer = new nn.Linear(16, 300);
    expect(layer.weight.shape).toEqual([300, 16]);
    expect(layer.bias?.shape).toEqual([300]);
    const w = [...layer.weight.data];
    expect(Math.max(...w.map(Math.abs))).toBeLessThanOrEqual(0.25);
    expect(Math.max(...w)).toBeGreaterThan(0.24); // the whole range is used
    expect(Math.min(...w)).toBeLessThan(-0.24);
    expect(layer.parameters()).toEqual([layer.weight, layer.bias]);
  });

  test("new Linear(in, out) draws from the seeded generator: same seed, same weights", () => {
    manualSeed(3);
    const a = new nn.Linear(3, 2);
    manualSeed(3);
    const b = new nn.Linear(3, 2);
    expect(a.weight.data).toEqual(b.weight.data);
    expect(new nn.Linear(3, 2).weight.data).not.toEqual(a.weight.data);
  });

  test("new Linear(in, out, { bias: false }) has no bias parameter", () => {
    const layer = new nn.Linear(3, 2, { bias: false });
    expect(layer.bias).toBeNull();
    expect(layer.parameters()).toEqual([layer.weight]);
  });

  test("forward(x) names the layer and the shape when the input size is wrong", () => {
    expect(() => new nn.Linear(2, 8).forward(tensor([[1, 2, 3]]))).toThrow(
      "Linear(2, 8): expected input of shape [batch, 2] or [2], got [1,3]",
    );
    expect(() => new nn.Linear(2, 8, {}).forward(tensor(1))).toThrow("got []");
  });

  test("new Linear(in, out) rejects sizes that are not positive integers", () => {
    expect(() => new nn.Linear(0, 2)).toThrow("Linear: inFeatures must be a positive integer, got 0");
    expect(() => new nn.Linear(2, 1.5)).toThrow("Linear: outFeatures must be a positive integer, got 1.5");
  });

  test("forward(x) passes gradcheck for weight, bias and input", () => {
    const layer = new nn.Linear(3, 2);
    const x = tensor([[0.5, -1, 2], [1, 0.25, -0.5]]);
    const result = gradcheckLayer(layer, x);
    expect(result.ok, result.message).toBe(true);
  });

  test("forward(x) is one fused linear op (no copied transpose), and x of shape [in] gives [out]", () => {
    const layer = new nn.Linear(3, 2);
    const x = tensor([0.5, -1, 2], { requiresGrad: true });
    const y = layer.forward(x);
    expect(y.shape).toEqual([2]);
    expect(y.gradFn?.op).toBe("linear");
    expect(y.gradFn?.inputs).toEqual([x, layer.weight, layer.bias]);
    const batched = noGrad(() => layer.forward(x.detach().reshape([1, 3])));
    expect(y).toBeAllclose(batched.reshape([2]), { rtol: 0, atol: 0 });
  });

  test("forward(x) passes gradcheck for x [in] and for { bias: false }", () => {
    for (const [bias, x] of [[true, tensor([0.5, -1, 2])], [false, tensor([[0.5, -1, 2], [1, 0.25, -0.5], [2, 1, 0]])]] as const) {
      const layer = new nn.Linear(3, 4, { bias });
      const result = gradcheckLayer(layer, x);
      expect(result.ok, result.message).toBe(true);
    }
  });
});
