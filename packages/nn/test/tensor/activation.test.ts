import { describe, expect, test } from "vitest";
import "../setup.ts";
import { tensor } from "../../src/index.ts";
import { testOpsAgainstReference } from "../reference/ops.ts";

describe("relu, sigmoid, tanh", () => {
  testOpsAgainstReference("relu", "sigmoid", "tanh");

  test("relu(a) has gradient 0 at 0, as PyTorch", () => {
    const a = tensor([-1, 0, 2], { requiresGrad: true });
    a.relu().sum().backward();
    expect(a.grad?.toArray()).toEqual([0, 0, 1]);
  });

  test("sigmoid(a) stays finite and exact at ±1000 (no overflow of e^{-x})", () => {
    const a = tensor([-1000, 1000], { requiresGrad: true });
    const y = a.sigmoid();
    expect(y.toArray()).toEqual([0, 1]);
    y.sum().backward();
    expect(a.grad?.toArray()).toEqual([0, 0]);
  });

  test("tanh(a) saturates to ±1 with gradient 0", () => {
    const a = tensor([-50, 50], { requiresGrad: true });
    const y = a.tanh();
    y.sum().backward();
    expect(y.toArray()).toEqual([-1, 1]);
    expect(a.grad?.toArray()).toEqual([0, 0]);
  });
});
