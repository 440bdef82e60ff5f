import { describe, expect, test } from "vitest";
import "../setup.ts";
import { arange, tensor } from "../../src/index.ts";
import { testOpsAgainstReference } from "../reference/ops.ts";

describe("reshape, transpose", () => {
  testOpsAgainstReference("reshape", "transpose");

  test("reshape(shape) names both shapes when the sizes differ", () => {
    expect(() => arange(6).reshape([4, 2])).toThrow("reshape: cannot reshape [6] into [4,2] — 6 values do not fit 8");
    expect(() => arange(6).reshape([4, -1])).toThrow("reshape: cannot reshape [6] into [4,-1] — 6 values do not divide into 4s");
    expect(() => arange(6).reshape([-1, -1])).toThrow("at most one -1");
  });

  test("reshape(shape) copies: writing the result leaves the input alone", () => {
    const a = arange(4);
    a.reshape([2, 2]).data[0] = 99;
    expect(a.data[0]).toBe(0);
  });

  test("transpose() swaps the last two dimensions and leaves a vector as it is", () => {
    expect(arange(6).reshape([2, 3]).transpose().toArray()).toEqual([[0, 3], [1, 4], [2, 5]]);
    expect(arange(3).transpose().toArray()).toEqual([0, 1, 2]);
    expect(arange(24).reshape([2, 3, 4]).transpose().shape).toEqual([2, 4, 3]);
  });

  test("transpose(dim0, dim1) names the shape when an axis is out of range", () => {
    expect(() => tensor([[1, 2]]).transpose(0, 2)).toThrow("transpose: axis 2 is out of range for shape [1,2]");
    expect(() => tensor([[1, 2]]).transpose(0)).toThrow("transpose: give both dimensions to swap, or neither");
  });
});
