import { describe, expect, test } from "vitest";
import "../setup.ts";
import { tensor } from "../../src/index.ts";
import { testOps2AgainstReference } from "../reference/ops2.ts";

describe("leakyRelu", () => {
  testOps2AgainstReference("leakyRelu");

  test("leakyRelu(a) has gradient slope at 0, as PyTorch", () => {
    const a = tensor([-1, 0, 2], { requiresGrad: true });
    a.leakyRelu(0.1).sum().backward();
    expect(a.grad).toBeAllclose([0.1, 0.1, 1]);
  });

  test("leakyRelu(a, slope) rejects a slope that is not a finite number", () => {
    expect(() => tensor([1]).leakyRelu(NaN)).toThrow("leakyRelu: slope must be a finite number, got NaN");
  });
});
