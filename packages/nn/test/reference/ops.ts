/**
 * The two checks every differentiable op gets, driven by reference.json: forward and input
 * gradients against PyTorch (float64), and a finite-difference `gradcheck` at the same inputs.
 * Each op's test file calls `testOpsAgainstReference("add", …)` for its ops.
 */
import { expect, test } from "vitest";
import "../setup.ts";
import { gradcheck } from "../../src/index.ts";
import { applyOp, opCases, REF_TOLERANCE, toTensor } from "./reference.ts";

/**
 * gradcheck tolerances, tighter than PyTorch's defaults. gradcheck runs in float64, so central
 * differences with h = 1e-6 are accurate to about h² + 1e-16·|L|/h ≈ 1e-10 relative at these
 * inputs (none near a kink of abs/relu/max or a pole of log/pow).
 */
export const GRADCHECK = { eps: 1e-6, atol: 1e-7, rtol: 1e-6 };

export function testOpsAgainstReference(...ops: string[]): void {
  for (const c of opCases(...ops)) {
    test(`${c.name} matches PyTorch: output and input gradients`, () => {
      const xs = c.inputs.map((t) => toTensor(t, true));
      const out = applyOp(c, xs);
      expect(out).toBeAllclose(c.output, REF_TOLERANCE);
      out.backward(toTensor(c.upstream));
      xs.forEach((x, i) => expect(x.grad, `grad of input ${i}`).toBeAllclose(c.grads[i], REF_TOLERANCE));
    });
    test(`${c.name} passes gradcheck`, () => {
      const result = gradcheck((...xs) => applyOp(c, xs), c.inputs.map((t) => toTensor(t)), GRADCHECK);
      expect(result.ok, result.message).toBe(true);
    });
  }
}
