import { expect } from "vitest";
import "../setup.ts";
import { nn, optim } from "../../src/index.ts";
import { toTensor } from "../reference/reference.ts";
import type { OptimizerCase } from "../reference/optim-layers.ts";

/** Run a reference case's 25 steps on its least-squares problem and compare with PyTorch. */
export function followsPyTorch(c: OptimizerCase): void {
  const X = toTensor(c.X), y = toTensor(c.y);
  const w = toTensor(c.w0, true), b = toTensor(c.b0, true);
  const opt = new optim[c.optimizer]([w, b], c.options);
  const losses: number[] = [];
  for (let i = 0; i < c.steps; i++) {
    opt.zeroGrad();
    const loss = nn.mseLoss(X.matmul(w).add(b), y);
    loss.backward();
    opt.step();
    losses.push(loss.item());
  }
  // 25 float32 updates against float64, as the SGD cases
  expect(losses).toBeAllclose(c.losses, { rtol: 1e-4, atol: 1e-6 });
  expect(w).toBeAllclose(c.w, { rtol: 1e-4, atol: 1e-6 });
  expect(b).toBeAllclose(c.b, { rtol: 1e-4, atol: 1e-6 });
}
