import { describe, expect, test } from "vitest";
import * as nnbook from "../src/index.ts";

describe("the public barrel", () => {
  test("index.ts exports exactly the public names", () => {
    expect(Object.keys(nnbook).sort()).toEqual(
      ["Generator", "Tensor", "arange", "data", "fit", "gradcheck", "init", "isGradEnabled", "manualSeed", "metrics", "nn", "noGrad",
        "ones", "optim", "rand", "randn", "tensor", "zeros", "Value", "NonFiniteLossError", "EarlyStopping"].sort(),
    );
  });

  test("the nn, optim, data and init namespaces hold PyTorch's names in camelCase", () => {
    expect(Object.keys(nnbook.nn).sort()).toEqual(["Conv2d", "MaxPool2d", "Linear", "Module", "ReLU", "Sequential", "Sigmoid", "Tanh", "binaryCrossEntropy", "mseLoss",
      "Softmax", "LogSoftmax", "crossEntropy", "bceWithLogits", "l1Penalty", "l2Penalty",
      "Dropout", "BatchNorm1d", "Flatten", "LeakyReLU"].sort());
    expect(Object.keys(nnbook.optim).sort()).toEqual(["Optimizer", "SGD",
      "Adam", "AdamW", "RMSprop", "LRScheduler", "StepLR", "ExponentialLR", "CosineAnnealingLR", "clipGradNorm",
      "Adagrad", "LinearLR", "lrRangeTest"].sort());
    expect(Object.keys(nnbook.data).sort()).toEqual(
      ["and", "batches", "blobs", "circles", "decodeDigits", "fetchDigits", "linearlySeparable", "moons", "or", "randomShifts", "shiftImages", "spiral", "trainTestSplit", "xor"],
    );
    expect(Object.keys(nnbook.metrics).sort()).toEqual(["accuracy", "confusionMatrix", "f1", "precision", "recall"]);
    expect(Object.keys(nnbook.init).sort()).toEqual(
      ["calculateFans", "constant", "heNormal", "heUniform", "normal", "ones", "uniform", "xavierNormal", "xavierUniform", "zeros"],
    );
  });
});
