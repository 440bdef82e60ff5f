import { describe, expect, test } from "vitest";
import "../setup.ts";
import { gradcheck, nn, tensor, zeros } from "../../src/index.ts";
import { REF_TOLERANCE, toTensor } from "../reference/reference.ts";
import { convReference } from "../reference/conv.ts";
import { GRADCHECK } from "../reference/ops.ts";

describe("MaxPool2d", () => {
  test("conv.json has cases", () => expect(convReference.maxPool2d.length).toBeGreaterThan(3));

  for (const c of convReference.maxPool2d) {
    test(`${c.name} matches PyTorch: output and input gradient`, () => {
      const x = toTensor(c.input, true);
      const y = new nn.MaxPool2d(c.kernelSize, { stride: c.stride }).forward(x);
      expect(y).toBeAllclose(c.output, REF_TOLERANCE);
      y.backward(toTensor(c.upstream));
      expect(x.grad).toBeAllclose(c.grads.input, REF_TOLERANCE);
    });
  }

  for (const [k, stride] of [[2, 2], [3, 2]]) {
    test(`forward(x) with MaxPool2d(${k}, { stride: ${stride} }) passes gradcheck`, () => {
      // distinct values far apart (≥ 0.01 ≫ eps), so no window's winner changes under the step
      const data = Float32Array.from({ length: 2 * 2 * 7 * 6 }, (_, i) => ((i * 37) % 168) / 50 - 1.5);
      const result = gradcheck((x) => new nn.MaxPool2d(k, { stride }).forward(x), [tensor(data, { shape: [2, 2, 7, 6] })], GRADCHECK);
      expect(result.ok, result.message).toBe(true);
    });
  }

  test("forward(x) sends the gradient to the first maximum on ties, like PyTorch", () => {
    const x = tensor([[[[1, 1], [1, 1]]]], { requiresGrad: true });
    new nn.MaxPool2d(2).forward(x).sum().backward();
    expect(x.grad).toBeAllclose([[[[1, 0], [0, 0]]]]);
  });

  test("new MaxPool2d(k) strides by k: [N, C, 28, 28] becomes [N, C, 14, 14]", () => {
    expect(new nn.MaxPool2d(2).forward(zeros(3, 8, 28, 28)).shape).toEqual([3, 8, 14, 14]);
    expect(new nn.MaxPool2d(3, { stride: 2 }).forward(zeros(1, 1, 7, 8)).shape).toEqual([1, 1, 3, 3]);
    expect(new nn.MaxPool2d(2).parameters()).toEqual([]);
    expect(String(new nn.MaxPool2d(3, { stride: 2 }))).toBe("MaxPool2d(kernelSize=3, stride=2)");
  });

  test("forward(x) names the expected layout and the sizes at fault", () => {
    expect(() => new nn.MaxPool2d(2).forward(zeros(8, 28, 28))).toThrow(
      "maxPool2d: expected input [batch, channels, height, width], got [8,28,28]",
    );
    expect(() => new nn.MaxPool2d(3).forward(zeros(1, 1, 2, 5))).toThrow("maxPool2d: kernel 3×3 is larger than the input 2×5");
    expect(() => new nn.MaxPool2d(0)).toThrow("MaxPool2d: kernelSize must be a positive integer, got 0");
  });
});
