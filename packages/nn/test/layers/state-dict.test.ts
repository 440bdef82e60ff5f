import { describe, expect, test } from "vitest";
import "../setup.ts";
import { manualSeed, nn, tensor } from "../../src/index.ts";

const model = () => new nn.Sequential(new nn.Linear(2, 3), new nn.BatchNorm1d(3), new nn.ReLU(), new nn.Linear(3, 1));

describe("Module.stateDict", () => {
  test("stateDict() names parameters and buffers with dotted paths, as namedParameters does", () => {
    const m = model();
    const dict = m.stateDict();
    expect(Object.keys(dict)).toEqual(["0.weight", "0.bias", "1.weight", "1.bias", "1.runningMean", "1.runningVar", "3.weight", "3.bias"]);
    expect(m.namedParameters().map(([n]) => n)).toEqual(["0.weight", "0.bias", "1.weight", "1.bias", "3.weight", "3.bias"]);
    expect(m.namedBuffers().map(([n]) => n)).toEqual(["1.runningMean", "1.runningVar"]);
    expect(dict["0.weight"]).toEqual((m.at(0) as nn.Linear).weight.data);
  });

  test("stateDict() returns copies: changing the model afterwards leaves the dict alone", () => {
    const m = new nn.Linear(2, 1);
    const dict = m.stateDict();
    const before = Float32Array.from(dict.weight);
    m.weight.data[0] += 1;
    expect(dict.weight).toEqual(before);
    dict.bias[0] = 99;
    expect(m.bias?.data[0]).not.toBe(99);
  });

  test("loadStateDict(dict) copies weights and running statistics into another model, in place", () => {
    manualSeed(0);
    const a = model();
    a.forward(tensor([[1, 2], [3, -1], [0.5, 0.5]])); // moves BatchNorm's running statistics
    manualSeed(1);
    const b = model();
    const weight = (b.at(0) as nn.Linear).weight;
    const data = weight.data;
    b.loadStateDict(a.stateDict());
    expect(b.stateDict()).toEqual(a.stateDict());
    expect(weight.data).toBe(data);
    const x = tensor([[0.25, -1], [2, 1]]);
    expect(b.eval().forward(x)).toBeAllclose(a.eval().forward(x), { rtol: 0, atol: 0 });
  });

  test("loadStateDict(dict) names missing and unexpected keys, and writes nothing", () => {
    const m = new nn.Sequential(new nn.Linear(2, 1));
    const before = m.stateDict();
    expect(() => m.loadStateDict({ "0.weight": [1, 2], "1.weight": [3] })).toThrow(
      'loadStateDict (Sequential): missing keys "0.bias"; unexpected keys "1.weight"',
    );
    expect(m.stateDict()).toEqual(before);
  });

  test("loadStateDict(dict) reports a size mismatch with the model's shape", () => {
    const m = new nn.Sequential(new nn.Linear(2, 3));
    expect(() => m.loadStateDict({ "0.weight": new Float32Array(4), "0.bias": new Float32Array(3) })).toThrow(
      'loadStateDict (Sequential): size mismatch for "0.weight": the model\'s is [3,2] (6 values), the dict\'s has 4',
    );
    expect(() => m.loadStateDict({ "0.weight": 3 as never, "0.bias": new Float32Array(3) })).toThrow('"0.weight" is not an array of numbers');
  });

  test("loadStateDict(dict, { strict: false }) loads what matches and returns the other keys", () => {
    const m = new nn.Linear(2, 1);
    const result = m.loadStateDict({ weight: [0.5, -0.5], extra: [1] }, { strict: false });
    expect(result).toEqual({ missingKeys: ["bias"], unexpectedKeys: ["extra"] });
    expect(m.weight.toArray()).toEqual([[0.5, -0.5]]);
  });
});
