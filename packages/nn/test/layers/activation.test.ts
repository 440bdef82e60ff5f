import { describe, expect, test } from "vitest";
import { gradcheck, nn, tensor, Tensor } from "../../src/index.ts";
import { GRADCHECK } from "../reference/ops.ts";

describe("ReLU, Sigmoid, Tanh modules", () => {
  const x = tensor([[-2, 0.5], [0, 3]]);
  test.each([
    ["ReLU", new nn.ReLU(), x.relu()],
    ["Sigmoid", new nn.Sigmoid(), x.sigmoid()],
    ["Tanh", new nn.Tanh(), x.tanh()],
  ])("%s().forward(x) equals the tensor method and has no parameters", (_, module, expected) => {
    expect(module.forward(x).toArray()).toEqual(expected.toArray());
    expect(module.parameters()).toEqual([]);
  });

  test.each([
    ["ReLU", new nn.ReLU()],
    ["Sigmoid", new nn.Sigmoid()],
    ["Tanh", new nn.Tanh()],
    ["LeakyReLU", new nn.LeakyReLU(0.1)],
    ["Softmax", new nn.Softmax(1)],
    ["LogSoftmax", new nn.LogSoftmax(1)],
  ])("%s().forward(x) passes gradcheck", (_, module) => {
    // no input at a kink (0) of relu and leaky relu
    const result = gradcheck((x: Tensor) => module.forward(x), [tensor([[-2, 0.5, 1.25], [0.75, 3, -0.5]])], GRADCHECK);
    expect(result.ok, result.message).toBe(true);
  });
});
