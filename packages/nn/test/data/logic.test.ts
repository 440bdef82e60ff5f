import { describe, expect, test } from "vitest";
import { data } from "../../src/index.ts";

describe("xor, and, or", () => {
  test.each([
    ["xor", data.xor, [0, 1, 1, 0]],
    ["and", data.and, [0, 0, 0, 1]],
    ["or", data.or, [0, 1, 1, 1]],
  ] as const)("%s() gives X [4,2] with the four input pairs and y [4] with the gate's labels", (_, make, labels) => {
    const { X, y } = make();
    expect(X.shape).toEqual([4, 2]);
    expect(X.toArray()).toEqual([[0, 0], [0, 1], [1, 0], [1, 1]]);
    expect(y.shape).toEqual([4]);
    expect(y.toArray()).toEqual(labels);
  });

  test("xor() returns fresh tensors each call", () => {
    const a = data.xor();
    a.X.data[0] = 5;
    expect(data.xor().X.data[0]).toBe(0);
  });
});
