import { describe, expect, test } from "vitest";
import "../setup.ts";
import { tensor } from "../../src/index.ts";
import { testOps2AgainstReference } from "../reference/ops2.ts";

describe("narrow, slice", () => {
  testOps2AgainstReference("narrow", "slice");

  test("slice(start, end) follows Array.prototype.slice: negatives count from the end, ranges clamp", () => {
    const x = tensor([[0], [1], [2], [3], [4]]);
    expect(x.slice(-2).toArray()).toEqual([[3], [4]]);
    expect(x.slice(3, 100).toArray()).toEqual([[3], [4]]);
    expect(x.slice(4, 2).shape).toEqual([0, 1]);
    expect(x.slice().toArray()).toEqual(x.toArray());
  });

  test("slice(start, end) walks a data set in mini-batches", () => {
    const x = tensor([1, 2, 3, 4, 5]);
    const batches = [0, 2, 4].map((i) => x.slice(i, i + 2).toArray());
    expect(batches).toEqual([[1, 2], [3, 4], [5]]);
  });

  test("narrow(dim, start, length) names the window and the dimension that it does not fit", () => {
    expect(() => tensor([[1, 2, 3]]).narrow(1, 2, 2)).toThrow(
      "narrow: start 2 and length 2 do not fit dimension 1 of size 3 (shape [1,3])",
    );
    expect(() => tensor(1).narrow(0, 0, 1)).toThrow("narrow: a scalar (shape []) has no dimension to narrow");
  });
});
