import { describe, expect, test } from "vitest";
import { nn, tensor } from "../../src/index.ts";

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
});
