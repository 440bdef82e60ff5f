import { describe, expect, test } from "vitest";
import "../setup.ts";
import { arange, gradcheck, nn, tensor } from "../../src/index.ts";
import { GRADCHECK } from "../reference/ops.ts";

describe("Flatten", () => {
  test("new Flatten().forward(x) keeps the batch dimension: [2,3,2,2] → [2,12], same values", () => {
    const x = arange(24).reshape([2, 3, 2, 2]);
    const y = new nn.Flatten().forward(x);
    expect(y.shape).toEqual([2, 12]);
    expect([...y.data]).toEqual([...x.data]);
  });

  test("new Flatten(startDim, endDim).forward(x) merges only those dimensions", () => {
    const x = arange(24).reshape([2, 3, 2, 2]);
    expect(new nn.Flatten(0).forward(x).shape).toEqual([24]);
    expect(new nn.Flatten(1, 2).forward(x).shape).toEqual([2, 6, 2]);
  });

  test("new Flatten().forward(x) passes gradcheck", () => {
    const result = gradcheck((x) => new nn.Flatten().forward(x).pow(2), [tensor([[[0.5, -1], [2, 0.25]], [[1, 3], [-2, 0.5]]])], GRADCHECK);
    expect(result.ok, result.message).toBe(true);
  });

  test("new Flatten(startDim) rejects a non-integer dimension; toString() shows the dimensions", () => {
    expect(() => new nn.Flatten(1.5)).toThrow("Flatten: startDim must be an integer, got 1.5");
    expect(String(new nn.Flatten())).toBe("Flatten(startDim=1, endDim=-1)");
  });
});
