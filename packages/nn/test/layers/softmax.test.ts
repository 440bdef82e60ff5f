import { describe, expect, test } from "vitest";
import "../setup.ts";
import { nn, tensor } from "../../src/index.ts";

describe("Softmax, LogSoftmax", () => {
  test("new nn.Softmax(axis).forward(x) is x.softmax(axis), with no parameters", () => {
    const x = tensor([[1, 2, 3], [0, 0, 0]]);
    const layer = new nn.Softmax(1);
    expect(layer.forward(x)).toBeAllclose(x.softmax(1));
    expect(layer.parameters()).toEqual([]);
    expect(String(layer)).toBe("Softmax(axis=1)");
  });

  test("new nn.Softmax() uses the last axis; new nn.LogSoftmax(0) the first", () => {
    const x = tensor([[1, 2], [3, 5]]);
    expect(new nn.Softmax().forward(x)).toBeAllclose(x.softmax(-1));
    expect(new nn.LogSoftmax(0).forward(x)).toBeAllclose(x.logSoftmax(0));
  });

  test("new nn.Softmax(axis) ends a Sequential so it outputs probabilities", () => {
    const model = new nn.Sequential(new nn.Linear(2, 3), new nn.Softmax(1));
    expect(model.forward(tensor([[1, -1], [0.5, 2]])).sum(1)).toBeAllclose([1, 1], { rtol: 1e-6 });
  });

  test("new nn.Softmax(axis) rejects an axis that is not an integer", () => {
    expect(() => new nn.Softmax(0.5)).toThrow("Softmax: axis must be an integer, got 0.5");
  });
});
