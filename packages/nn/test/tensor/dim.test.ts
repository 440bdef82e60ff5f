import { describe, expect, test } from "vitest";
import "../setup.ts";
import { nn, tensor } from "../../src/index.ts";

// PyTorch's names (dim, keepdim) and the engine's first ones (axis, keepDims) mean the same.
const x = tensor([[1, 5, 2], [7, 0, 3]]);

describe("dim and keepdim, by position and by name", () => {
  test.each(["sum", "mean", "max", "min", "argmax", "argmin"] as const)(
    "x.%s(1, true) = x.%s({ dim: 1, keepdim: true }) = x.%s({ axis: 1, keepDims: true })",
    (op) => {
      const positional = x[op](1, true);
      expect(positional.shape).toEqual([2, 1]);
      expect(x[op]({ dim: 1, keepdim: true })).toBeAllclose(positional);
      expect(x[op]({ axis: 1, keepDims: true })).toBeAllclose(positional);
      expect(x[op]({ dim: 0 })).toBeAllclose(x[op](0));
      expect(x[op]({})).toBeAllclose(x[op]());
    },
  );

  test("x.sum({ dim: [0, 1], keepdim: true }) reduces a list of dimensions, as x.sum([0, 1], true)", () => {
    expect(x.sum({ dim: [0, 1], keepdim: true })).toBeAllclose([[18]]);
    expect(x.mean({ axis: [0, 1] })).toBeAllclose(x.mean([0, 1]));
  });

  test("x.softmax({ dim }) and x.logSoftmax({ axis }) are x.softmax(dim) and x.logSoftmax(axis)", () => {
    expect(x.softmax({ dim: 0 })).toBeAllclose(x.softmax(0));
    expect(x.softmax({ axis: 0 })).toBeAllclose(x.softmax(0));
    expect(x.logSoftmax({ dim: 0 })).toBeAllclose(x.logSoftmax(0));
    expect(x.softmax({})).toBeAllclose(x.softmax());
  });

  test("new nn.Softmax({ dim }) and new nn.LogSoftmax({ axis }) take either name; layer.dim = layer.axis", () => {
    const a = new nn.Softmax({ dim: 0 }), b = new nn.LogSoftmax({ axis: 0 });
    expect([a.dim, a.axis, b.dim, b.axis]).toEqual([0, 0, 0, 0]);
    expect(a.forward(x)).toBeAllclose(x.softmax(0));
    expect(new nn.Softmax(1).dim).toBe(1);
  });

  test("x.sum({ dim, axis }) with two different values says to give one", () => {
    expect(() => x.sum({ dim: 0, axis: 1 })).toThrow("sum: give dim or its alias axis, not both (got dim 0 and axis 1)");
    expect(() => x.max({ dim: 0, keepdim: true, keepDims: false })).toThrow("max: give keepdim or its alias keepDims, not both");
    expect(x.sum({ dim: 1, axis: 1 })).toBeAllclose([8, 10]);
  });

  test("x.max({ dim: [0, 1] }) is refused: max takes one dimension", () => {
    // @ts-expect-error: max takes one dimension
    expect(() => x.max({ dim: [0, 1] })).toThrow("max: axis must be one number");
  });
});
