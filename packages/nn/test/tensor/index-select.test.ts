import { describe, expect, test } from "vitest";
import "../setup.ts";
import { tensor } from "../../src/index.ts";
import { testOps2AgainstReference } from "../reference/ops2.ts";

describe("indexSelect", () => {
  testOps2AgainstReference("indexSelect");

  test("indexSelect(dim, indices) takes the indices as a tensor too", () => {
    const x = tensor([[1, 2], [3, 4], [5, 6]]);
    expect(x.indexSelect(0, tensor([2, 0])).toArray()).toEqual([[5, 6], [1, 2]]);
  });

  test("indexSelect(0, indices) adds the gradient of a repeated row", () => {
    const x = tensor([[1, 2], [3, 4]], { requiresGrad: true });
    x.indexSelect(0, [1, 1, 1]).sum().backward();
    expect(x.grad?.toArray()).toEqual([[0, 0], [3, 3]]);
  });

  test("indexSelect(dim, indices) names an index out of range, with the dimension's size", () => {
    expect(() => tensor([[1, 2], [3, 4]]).indexSelect(0, [0, 2])).toThrow(
      "indexSelect: index 2 is out of range for dimension 0 of size 2 (shape [2,2])",
    );
    expect(() => tensor([1, 2]).indexSelect(0, [-1])).toThrow("indexSelect: index -1 is out of range");
  });

  test("indexSelect(dim, indices) rejects indices that are not integers", () => {
    expect(() => tensor([1, 2]).indexSelect(0, [0.5])).toThrow("indexSelect: index 0.5 is not an integer");
    expect(() => tensor([1, 2]).indexSelect(0, tensor([[0]]))).toThrow("indexSelect: indices must be 1-D, got shape [1,1]");
  });
});
