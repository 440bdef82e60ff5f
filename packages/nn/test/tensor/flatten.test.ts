import { describe, expect, test } from "vitest";
import "../setup.ts";
import { tensor, zeros } from "../../src/index.ts";
import { testOps2AgainstReference } from "../reference/ops2.ts";

describe("flatten", () => {
  testOps2AgainstReference("flatten");

  test("flatten(1) turns NCHW images into [N, C·H·W] rows for a dense layer", () => {
    expect(zeros([8, 1, 28, 28]).flatten(1).shape).toEqual([8, 784]);
    expect(zeros([8, 3, 4, 4]).flatten(1, 2).shape).toEqual([8, 12, 4]);
    expect(tensor(5).flatten().shape).toEqual([1]);
  });

  test("flatten(startDim, endDim) rejects a start after the end", () => {
    expect(() => zeros([2, 3, 4]).flatten(2, 1)).toThrow("flatten: startDim 2 comes after endDim 1 for shape [2,3,4]");
  });
});
