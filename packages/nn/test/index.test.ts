import { describe, expect, test } from "vitest";
import * as nnbook from "../src/index.ts";

describe("the public barrel", () => {
  test("index.ts exports exactly the public names", () => {
    expect(Object.keys(nnbook).sort()).toEqual(
      ["Generator", "Tensor", "arange", "data", "gradcheck", "init", "isGradEnabled", "manualSeed", "nn", "noGrad",
        "ones", "optim", "rand", "randn", "tensor", "zeros"].sort(),
    );
  });

  test("the nn, optim, data and init namespaces hold PyTorch's names in camelCase", () => {
    expect(Object.keys(nnbook.nn).sort()).toEqual(["Linear", "Module", "ReLU", "Sequential", "Sigmoid", "Tanh", "binaryCrossEntropy", "mseLoss"].sort());
    expect(Object.keys(nnbook.optim).sort()).toEqual(["Optimizer", "SGD"]);
    expect(Object.keys(nnbook.data).sort()).toEqual(["and", "linearlySeparable", "or", "xor"]);
    expect(Object.keys(nnbook.init).sort()).toEqual(
      ["calculateFans", "constant", "heNormal", "heUniform", "normal", "ones", "uniform", "xavierNormal", "xavierUniform", "zeros"],
    );
  });
});
