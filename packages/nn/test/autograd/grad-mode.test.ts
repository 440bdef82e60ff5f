import { describe, expect, test } from "vitest";
import { isGradEnabled, noGrad, tensor } from "../../src/index.ts";

describe("noGrad", () => {
  test("noGrad(fn) returns fn's result computed without recording the graph", () => {
    const w = tensor([1, 2], { requiresGrad: true });
    const y = noGrad(() => w.mul(2));
    expect(y.toArray()).toEqual([2, 4]);
    expect(y.requiresGrad).toBe(false);
    expect(y.gradFn).toBeNull();
    expect(w.mul(2).requiresGrad).toBe(true);
  });

  test("noGrad(fn) restores recording when fn throws, and nests", () => {
    expect(() => noGrad(() => { throw new Error("boom"); })).toThrow("boom");
    expect(isGradEnabled()).toBe(true);
    noGrad(() => {
      noGrad(() => undefined);
      expect(isGradEnabled()).toBe(false);
    });
    expect(isGradEnabled()).toBe(true);
  });
});
