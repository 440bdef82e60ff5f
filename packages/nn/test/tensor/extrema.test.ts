import { describe, expect, test } from "vitest";
import "../setup.ts";
import { tensor } from "../../src/index.ts";
import { testOps2AgainstReference } from "../reference/ops2.ts";

describe("max, min, argmax, argmin", () => {
  testOps2AgainstReference("max", "min", "argmax", "argmin");

  test("max(a) over all values sends the whole gradient to the first maximum", () => {
    const a = tensor([[3, 1], [3, 2]], { requiresGrad: true });
    a.max().backward();
    expect(a.grad?.toArray()).toEqual([[1, 0], [0, 0]]);
  });

  test("max(a, axis, true) keeps the reduced dimension with size 1", () => {
    expect(tensor([[1, 5], [7, 2]]).max(1, true).toArray()).toEqual([[5], [7]]);
    expect(tensor([[1, 5], [7, 2]]).max(undefined, true).shape).toEqual([1, 1]);
  });

  test("argmax(a, 1) gives the predicted class per row, without a gradient", () => {
    const logits = tensor([[0.1, 2, -1], [3, 0, 0]], { requiresGrad: true });
    const pred = logits.argmax(1);
    expect(pred.toArray()).toEqual([1, 0]);
    expect(pred.requiresGrad).toBe(false);
  });

  test("max(a) lets NaN win, as PyTorch", () => {
    expect(tensor([1, NaN, 3]).max().item()).toBeNaN();
    expect(tensor([1, NaN, 3]).argmax().item()).toBe(1);
  });

  test("max(a, axis) names the axis and shape when the axis is out of range", () => {
    expect(() => tensor([[1, 2]]).max(2)).toThrow("max: axis 2 is out of range for shape [1,2]");
  });

  test("max(a) of an empty tensor is an error", () => {
    expect(() => tensor([]).max()).toThrow("max: tensor of shape [0] is empty, so it has no max");
    expect(() => tensor([]).argmin()).toThrow("argmin: tensor of shape [0] is empty, so it has no min");
  });
});
