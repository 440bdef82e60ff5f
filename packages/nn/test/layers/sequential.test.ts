import { describe, expect, test } from "vitest";
import { gradcheck, manualSeed, nn, tensor, Tensor } from "../../src/index.ts";
import { GRADCHECK } from "../reference/ops.ts";

describe("Sequential", () => {
  test("forward(x) applies the modules in order", () => {
    const first = new nn.Linear(2, 2, { bias: false });
    first.weight.data = Float32Array.of(1, 0, 0, -1); // negate the second feature
    const model = new nn.Sequential(first, new nn.ReLU());
    expect(model.forward(tensor([[3, 4]])).toArray()).toEqual([[3, 0]]);
  });

  test("parameters() are named by position, as in PyTorch", () => {
    const model = new nn.Sequential(new nn.Linear(2, 8), new nn.Tanh(), new nn.Linear(8, 1), new nn.Sigmoid());
    expect(model.namedParameters().map(([n, p]) => `${n} [${p.shape}]`)).toEqual([
      "0.weight [8,2]", "0.bias [8]", "2.weight [1,8]", "2.bias [1]",
    ]);
  });

  test("new Sequential(...) says `new` is missing when given a class", () => {
    // @ts-expect-error: a class is not a module instance
    expect(() => new nn.Sequential(new nn.Linear(1, 1), nn.ReLU)).toThrow(
      "Sequential: argument 1 is not a module (got function) — did you forget `new`?",
    );
  });

  test("at(i), length and iteration give the modules", () => {
    const relu = new nn.ReLU(), tanh = new nn.Tanh();
    const model = new nn.Sequential(relu, tanh);
    expect(model.length).toBe(2);
    expect(model.at(-1)).toBe(tanh);
    expect([...model]).toEqual([relu, tanh]);
  });

  test("forward(x) of Linear → Tanh → Linear → Softmax passes gradcheck for the input and every parameter", () => {
    manualSeed(3);
    const first = new nn.Linear(3, 4), second = new nn.Linear(4, 2);
    const model = new nn.Sequential(first, new nn.Tanh(), second, new nn.Softmax(1));
    const params = [first.weight, first.bias!, second.weight, second.bias!];
    const result = gradcheck((x: Tensor, w1: Tensor, b1: Tensor, w2: Tensor, b2: Tensor) => {
      [first.weight, first.bias, second.weight, second.bias] = [w1, b1, w2, b2]; // gradcheck's float64 copies
      return model.forward(x);
    }, [tensor([[0.5, -1, 2], [1.5, 0.25, -0.75]]), ...params], GRADCHECK);
    expect(result.ok, result.message).toBe(true);
  });
});
