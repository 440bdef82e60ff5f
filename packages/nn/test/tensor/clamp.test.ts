import { describe, expect, test } from "vitest";
import "../setup.ts";
import { tensor } from "../../src/index.ts";
import { testOps2AgainstReference } from "../reference/ops2.ts";

describe("clamp", () => {
  testOps2AgainstReference("clamp");

  test("clamp(a, min, max) cuts values and the gradient outside [min, max]", () => {
    const a = tensor([-3, 0.5, 3], { requiresGrad: true });
    const y = a.clamp(-1, 1);
    y.sum().backward();
    expect(y.toArray()).toEqual([-1, 0.5, 1]);
    expect(a.grad?.toArray()).toEqual([0, 1, 0]);
  });

  test("clamp(a) needs at least one bound", () => {
    expect(() => tensor([1]).clamp()).toThrow("clamp: give at least one of min and max");
  });

  test("clamp(a, min, max) rejects min greater than max", () => {
    expect(() => tensor([1]).clamp(2, 1)).toThrow("clamp: min 2 is greater than max 1");
  });
});
