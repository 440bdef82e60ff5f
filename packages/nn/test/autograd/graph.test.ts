import { describe, expect, test } from "vitest";
import { tensor } from "../../src/index.ts";

describe("the recorded graph", () => {
  test("an op's output records its op name and inputs in gradFn", () => {
    const a = tensor([1, 2], { requiresGrad: true }), b = tensor([3, 4]);
    const c = a.mul(b);
    expect(c.gradFn?.op).toBe("mul");
    expect(c.gradFn?.inputs[0]).toBe(a);
    expect(c.gradFn?.inputs[1]).toBe(b);
    expect(c.isLeaf).toBe(false);
  });

  test("an op records nothing when no input requires grad", () => {
    const c = tensor([1, 2]).mul(tensor([3, 4])).exp();
    expect(c.requiresGrad).toBe(false);
    expect(c.gradFn).toBeNull();
  });

  test("sub and div are built from primitives, so their graph shows add/neg and mul/pow", () => {
    const a = tensor([1, 2], { requiresGrad: true });
    const s = a.sub(a), d = a.div(a);
    expect(s.gradFn?.op).toBe("add");
    expect(s.gradFn?.inputs[1].gradFn?.op).toBe("neg");
    expect(d.gradFn?.op).toBe("mul");
    expect(d.gradFn?.inputs[1].gradFn?.op).toBe("pow");
  });
});
