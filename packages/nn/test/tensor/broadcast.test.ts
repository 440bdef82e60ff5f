import { describe, expect, test } from "vitest";
import { broadcastIndex, broadcastShapes, reduceToShape } from "../../src/tensor/broadcast.ts";

describe("broadcasting", () => {
  test("broadcastShapes(op, a, b) aligns on the right and stretches sizes of 1", () => {
    expect(broadcastShapes("add", [2, 3], [3])).toEqual([2, 3]);
    expect(broadcastShapes("add", [2, 1], [1, 3])).toEqual([2, 3]);
    expect(broadcastShapes("add", [4, 1, 5], [3, 1])).toEqual([4, 3, 5]);
    expect(broadcastShapes("add", [], [2, 2])).toEqual([2, 2]);
  });

  test("broadcastShapes(op, a, b) names the op and both shapes when sizes clash", () => {
    expect(() => broadcastShapes("mul", [2, 3], [2])).toThrow("mul: cannot broadcast [2,3] with [2]");
  });

  test("broadcastIndex(out, in) maps each output position to the value it reads", () => {
    expect(broadcastIndex([2, 3], [2, 3])).toBeNull();
    expect([...(broadcastIndex([2, 3], [3]) ?? [])]).toEqual([0, 1, 2, 0, 1, 2]);
    expect([...(broadcastIndex([2, 3], [2, 1]) ?? [])]).toEqual([0, 0, 0, 1, 1, 1]);
  });

  test("reduceToShape(grad, out, in) sums the gradient over stretched dimensions", () => {
    const g = Float32Array.of(1, 2, 3, 4, 5, 6);
    expect([...reduceToShape(g, [2, 3], [3])]).toEqual([5, 7, 9]);
    expect([...reduceToShape(g, [2, 3], [2, 1])]).toEqual([6, 15]);
    expect([...reduceToShape(g, [2, 3], [])]).toEqual([21]);
  });
});
