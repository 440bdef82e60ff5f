import { describe, expect, test } from "vitest";
import "../setup.ts";
import { ones, tensor, zeros } from "../../src/index.ts";
import { testOpsAgainstReference } from "../reference/ops.ts";

describe("matmul", () => {
  testOpsAgainstReference("matmul");

  test("matmul(a, b) names both shapes when inner sizes differ", () => {
    expect(() => zeros(2, 3).matmul(zeros(4, 5))).toThrow("matmul: [2,3] x [4,5] — inner sizes 3 and 4 differ");
    expect(() => zeros(3).matmul(zeros(4))).toThrow("matmul: [3] x [4] — inner sizes 3 and 4 differ");
  });

  test("matmul(a, b) rejects scalars and 3-D operands, naming the shapes", () => {
    expect(() => zeros(2, 3, 4).matmul(zeros(4, 5))).toThrow("matmul: [2,3,4] x [4,5] — only 1-D and 2-D operands are supported");
    expect(() => tensor(2).matmul(zeros(1))).toThrow("matmul: [] x [1]");
  });

  test("matmul(a, b) gives shapes [n,m], [m], [n] and [] for the 2-D and vector cases", () => {
    expect(zeros(2, 3).matmul(zeros(3, 4)).shape).toEqual([2, 4]);
    expect(zeros(3).matmul(zeros(3, 4)).shape).toEqual([4]);
    expect(zeros(2, 3).matmul(zeros(3)).shape).toEqual([2]);
    expect(zeros(3).matmul(zeros(3)).shape).toEqual([]);
  });

  test("matmul(a, b) sums long rows in float32, term by term in order", () => {
    // The kernels' contract (fixed bits on every path): 1 + 1e-8 rounds back to 1, 2^20 times.
    const n = 1 << 20;
    const a = tensor(new Float32Array(n + 1).fill(1e-8).fill(1, 0, 1), { shape: [1, n + 1] });
    expect(a.matmul(ones(n + 1, 1)).item()).toBe(1);
  });
});
