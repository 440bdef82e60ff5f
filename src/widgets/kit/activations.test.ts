import { describe, expect, it } from "vitest";
import { tensor, type Tensor } from "@nnbook/nn";
import { LEAKY_SLOPE, SCALAR, sigmoid, type ActivationName } from "./activations.ts";

const ENGINE: Record<ActivationName, (z: Tensor) => Tensor> = {
  sigmoid: (z) => z.sigmoid(),
  tanh: (z) => z.tanh(),
  relu: (z) => z.relu(),
  "leaky-relu": (z) => z.leakyRelu(), // the engine's default slope
  linear: (z) => z,
};

const xs = [-4, -1.5, -0.2, 0, 0.3, 1, 2.5, 4];

describe("activations", () => {
  for (const name of Object.keys(SCALAR) as ActivationName[]) {
    it(`SCALAR["${name}"] f and f′ agree with the engine's op and its backward()`, () => {
      const x = tensor(xs, { requiresGrad: true });
      const y = ENGINE[name](x);
      y.sum().backward();
      expect(xs.map(SCALAR[name].f)).toBeAllclose(y, { atol: 1e-6 });
      expect(xs.map(SCALAR[name].df)).toBeAllclose(x.grad ?? xs.map(() => 1), { atol: 1e-6 });
    });
  }

  it("LEAKY_SLOPE is the engine's default slope", () => {
    expect(tensor([-1]).leakyRelu().item()).toBeCloseTo(-LEAKY_SLOPE, 7);
  });

  it("sigmoid(x) is stable for x of ±1000", () => {
    expect(sigmoid(1000)).toBe(1);
    expect(sigmoid(-1000)).toBe(0);
    expect(sigmoid(0)).toBe(0.5);
  });
});
