import { describe, expect, test } from "vitest";
import { gradcheck, tensor, Tensor } from "../src/index.ts";
import { accumulateGrad, opResult } from "../src/autograd/graph.ts";
import { GRADCHECK } from "./reference/ops.ts";

/** x² with the derivative `derivative(x)` in its backward, to see gradcheck catch a wrong one. */
function squareWithDerivative(a: Tensor, derivative: (x: number) => number): Tensor {
  const x = a.data;
  return opResult("square", x.map((v) => v * v), a.shape, [a], (g) => accumulateGrad(a, g.map((gi, i) => gi * derivative(x[i]))));
}
const badSquare = (a: Tensor) => squareWithDerivative(a, (x) => x); // x instead of 2x

describe("gradcheck", () => {
  test("gradcheck(fn, inputs) passes for a composite of correct ops", () => {
    const a = tensor([[0.5, -1], [2, 0.25]]), b = tensor([1.5, -0.5]);
    const result = gradcheck((a, b) => a.mul(b).tanh().add(a.pow(2)).sum(1), [a, b]);
    expect(result.ok, result.message).toBe(true);
    expect(result.maxError).toBeLessThan(1e-3);
    expect(result.message).toMatch(/^gradcheck passed/);
  });

  test("gradcheck(fn, inputs) fails a wrong backward and says where", () => {
    const result = gradcheck((a) => badSquare(a).sum(), [tensor([1, 2, 3])]);
    expect(result.ok).toBe(false);
    expect(result.worst).toMatchObject({ input: 0, index: [2], analytic: 3 });
    expect(result.worst?.numeric).toBeCloseTo(6, 2);
    expect(result.message).toMatch(/^gradcheck failed: input 0 at \[2\]: backward 3, finite differences 6/);
  });

  test("gradcheck(fn, inputs) returns both gradients per input, and leaves the inputs' grad alone", () => {
    const a = tensor([1, 2], { requiresGrad: true });
    const result = gradcheck((a) => a.pow(2).sum(), [a]);
    expect([...result.analytic[0]]).toEqual([2, 4]);
    expect(result.numeric[0][1]).toBeCloseTo(4, 3);
    expect(a.grad).toBeNull();
  });

  test("gradcheck(fn, inputs) rejects a non-tensor result and bad options", () => {
    expect(() => gradcheck(() => 3 as unknown as Tensor, [tensor([1])])).toThrow("gradcheck: fn must return a Tensor");
    expect(() => gradcheck((a) => a, [tensor([1])], { eps: 0 })).toThrow("gradcheck: need eps > 0");
    expect(() => gradcheck((a) => a, [[1] as unknown as Tensor])).toThrow("gradcheck: input 0 is not a Tensor");
  });

  test("gradcheck(fn, inputs) runs fn in float64, and the engine is float32 again after", () => {
    let seen: unknown = null;
    const result = gradcheck((a) => {
      const y = a.mul(tensor([2, 3])).exp();
      seen = y.data;
      return y;
    }, [tensor([0.1, 0.2])]);
    expect(seen).toBeInstanceOf(Float64Array);
    expect(result.maxError).toBeLessThan(1e-8); // float32 differences could not get below ~1e-4
    expect(tensor([1]).mul(2).data).toBeInstanceOf(Float32Array);
  });

  test("gradcheck(fn, inputs) catches a backward that is wrong by one part in 10⁴", () => {
    const nearlySquare = (a: Tensor) => squareWithDerivative(a, (x) => 2 * x * (1 + 1e-4));
    expect(gradcheck((a) => nearlySquare(a).sum(), [tensor([1, 2, 3])], GRADCHECK).ok).toBe(false);
  });
});
