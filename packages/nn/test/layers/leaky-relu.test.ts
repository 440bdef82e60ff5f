import { describe, expect, test } from "vitest";
import "../setup.ts";
import { gradcheck, nn, tensor } from "../../src/index.ts";
import { GRADCHECK } from "../reference/ops.ts";

describe("LeakyReLU", () => {
  test("new LeakyReLU().forward(x) scales negative values by 0.01, as PyTorch's default", () => {
    const y = new nn.LeakyReLU().forward(tensor([-2, -0.5, 0, 1.5]));
    expect(y).toBeAllclose([-0.02, -0.005, 0, 1.5], { rtol: 1e-6 });
  });

  test("new LeakyReLU(0.2).forward(x) passes the gradient 0.2 for negative inputs and 1 for positive", () => {
    const x = tensor([-2, 3], { requiresGrad: true });
    new nn.LeakyReLU(0.2).forward(x).sum().backward();
    expect(x.grad).toBeAllclose([0.2, 1], { rtol: 1e-6 });
    const result = gradcheck((x) => new nn.LeakyReLU(0.2).forward(x), [tensor([[-1.5, 0.5], [2, -0.25]])], GRADCHECK);
    expect(result.ok, result.message).toBe(true);
  });

  test("new LeakyReLU(slope) rejects a non-finite slope; toString() shows it", () => {
    expect(() => new nn.LeakyReLU(Number.NaN)).toThrow("LeakyReLU: slope must be a finite number, got NaN");
    expect(String(new nn.LeakyReLU(0.1))).toBe("LeakyReLU(negativeSlope=0.1)");
  });
});
