import { describe, expect, test } from "vitest";
import "../setup.ts";
import { manualSeed, nn, tensor, zeros } from "../../src/index.ts";
import { REF_TOLERANCE, toTensor } from "../reference/reference.ts";
import { convReference } from "../reference/conv.ts";
import { gradcheckLayer } from "./gradcheck-layer.ts";

describe("Conv2d", () => {
  test("conv.json has cases", () => expect(convReference.conv2d.length).toBeGreaterThan(5));

  for (const c of convReference.conv2d) {
    test(`${c.name} matches PyTorch: output and input, weight, bias gradients`, () => {
      const layer = new nn.Conv2d(c.inChannels, c.outChannels, c.kernelSize, { stride: c.stride, padding: c.padding, bias: c.bias !== null });
      layer.weight.data = Float32Array.from(c.weight.data);
      if (c.bias !== null && layer.bias !== null) layer.bias.data = Float32Array.from(c.bias.data);
      const x = toTensor(c.input, true);
      const y = layer.forward(x);
      expect(y).toBeAllclose(c.output, REF_TOLERANCE);
      y.backward(toTensor(c.upstream));
      expect(x.grad).toBeAllclose(c.grads.input, REF_TOLERANCE);
      expect(layer.weight.grad).toBeAllclose(c.grads.weight, REF_TOLERANCE);
      if (c.grads.bias !== null) expect(layer.bias?.grad).toBeAllclose(c.grads.bias, REF_TOLERANCE);
    });
  }

  for (const [stride, padding] of [[1, 0], [2, 1], [1, 2]]) {
    test(`forward(x) with { stride: ${stride}, padding: ${padding} } passes gradcheck for input, weight and bias`, () => {
      manualSeed(1);
      const layer = new nn.Conv2d(2, 3, 3, { stride, padding });
      const x = tensor(Float32Array.from({ length: 2 * 2 * 5 * 4 }, (_, i) => Math.sin(1.7 * i)), { shape: [2, 2, 5, 4] });
      const result = gradcheckLayer(layer, x);
      expect(result.ok, result.message).toBe(true);
    });
  }

  test("new Conv2d(in, out, k) has weight [out, in, k, k] and bias [out], uniform in ±1/√(in·k²)", () => {
    manualSeed(0);
    const layer = new nn.Conv2d(4, 50, 2);
    expect(layer.weight.shape).toEqual([50, 4, 2, 2]);
    expect(layer.bias?.shape).toEqual([50]);
    const w = [...layer.weight.data];
    expect(Math.max(...w.map(Math.abs))).toBeLessThanOrEqual(0.25);
    expect(Math.max(...w)).toBeGreaterThan(0.24);
    expect(Math.min(...w)).toBeLessThan(-0.24);
    expect(Math.max(...[...layer.bias!.data].map(Math.abs))).toBeLessThanOrEqual(0.25);
    expect(layer.parameters()).toEqual([layer.weight, layer.bias]);
    expect(String(layer)).toBe("Conv2d(4, 50, kernelSize=2, stride=1, padding=0, bias=true)");
  });

  test("new Conv2d(in, out, k) draws from the seeded generator: same seed, same weights", () => {
    manualSeed(5);
    const a = new nn.Conv2d(1, 2, 3);
    manualSeed(5);
    expect(new nn.Conv2d(1, 2, 3).weight.data).toEqual(a.weight.data);
  });

  test("forward(x) gives [N, out, ⌊(H + 2p − k)/s⌋ + 1, ⌊(W + 2p − k)/s⌋ + 1]", () => {
    expect(new nn.Conv2d(1, 8, 3).forward(zeros(2, 1, 28, 28)).shape).toEqual([2, 8, 26, 26]);
    expect(new nn.Conv2d(1, 8, 3, { padding: 1 }).forward(zeros(2, 1, 28, 28)).shape).toEqual([2, 8, 28, 28]);
    expect(new nn.Conv2d(3, 4, 3, { stride: 2 }).forward(zeros(1, 3, 7, 10)).shape).toEqual([1, 4, 3, 4]);
    expect(new nn.Conv2d(1, 1, 3, { bias: false }).parameters()).toHaveLength(1);
  });

  test("forward(x) names the expected layout when the input is not 4-D", () => {
    expect(() => new nn.Conv2d(1, 8, 3).forward(zeros(3, 28, 28))).toThrow(
      "conv2d: expected input [batch, channels, height, width], got [3,28,28]",
    );
  });

  test("forward(x) names both shapes when the channels differ", () => {
    expect(() => new nn.Conv2d(3, 8, 3).forward(zeros(1, 1, 28, 28))).toThrow(
      "conv2d: input [1,1,28,28] has 1 channels but weight [8,3,3,3] expects 3",
    );
  });

  test("forward(x) says when the kernel is larger than the padded input", () => {
    expect(() => new nn.Conv2d(1, 1, 5, { padding: 1 }).forward(zeros(1, 1, 2, 9))).toThrow(
      "conv2d: kernel 5×5 is larger than the padded input 4×11 (input 2×9, padding 1)",
    );
  });

  test("new Conv2d(in, out, k, options) rejects sizes that are not positive integers", () => {
    expect(() => new nn.Conv2d(0, 1, 3)).toThrow("Conv2d: inChannels must be a positive integer, got 0");
    expect(() => new nn.Conv2d(1, 1, 2.5)).toThrow("Conv2d: kernelSize must be a positive integer, got 2.5");
    expect(() => new nn.Conv2d(1, 1, 3, { stride: 0 })).toThrow("Conv2d: stride must be a positive integer, got 0");
    expect(() => new nn.Conv2d(1, 1, 3, { padding: -1 })).toThrow("Conv2d: padding must be a non-negative integer, got -1");
  });
});
