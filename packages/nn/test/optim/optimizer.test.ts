import { describe, expect, test } from "vitest";
import { nn, optim, tensor, Tensor } from "../../src/index.ts";

describe("Optimizer", () => {
  test("new SGD(model) says to pass model.parameters()", () => {
    const model = new nn.Linear(2, 1);
    expect(() => new optim.SGD(model as unknown as Tensor[], { lr: 0.1 })).toThrow(
      "SGD: expected a list of parameters, got a module — pass model.parameters()",
    );
  });

  test("new SGD([]) rejects an empty list and non-tensors", () => {
    expect(() => new optim.SGD([], { lr: 0.1 })).toThrow("SGD: got an empty parameter list");
    expect(() => new optim.SGD([tensor([1]), 3 as unknown as Tensor], { lr: 0.1 })).toThrow("SGD: parameter 1 is not a Tensor (got number)");
  });

  test("new SGD(iterable) takes any iterable of tensors", () => {
    const model = new nn.Linear(2, 1);
    const opt = new optim.SGD(new Set(model.parameters()), { lr: 0.1 });
    expect(opt.params).toEqual(model.parameters());
  });

  test("zeroGrad() sets every parameter's grad to null", () => {
    const model = new nn.Linear(2, 1);
    const opt = new optim.SGD(model.parameters(), { lr: 0.1 });
    model.forward(tensor([[1, 2]])).sum().backward();
    expect(model.weight.grad).not.toBeNull();
    opt.zeroGrad();
    expect(model.parameters().map((p) => p.grad)).toEqual([null, null]);
  });
});
