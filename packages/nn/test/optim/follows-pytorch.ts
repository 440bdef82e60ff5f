import { expect } from "vitest";
import "../setup.ts";
import { nn, type Tensor } from "../../src/index.ts";
import { toTensor, type LeastSquaresRun } from "../reference/reference.ts";
type Stepper = { zeroGrad(): void; step(): void };

/** Run a reference case's steps on its least-squares problem with `makeOptimizer`'s optimizer and compare with PyTorch. */
export function followsPyTorch(c: LeastSquaresRun, makeOptimizer: (params: Tensor[]) => Stepper): void {
  const X = toTensor(c.X), y = toTensor(c.y);
  const w = toTensor(c.w0, true), b = toTensor(c.b0, true);
  const opt = makeOptimizer([w, b]);
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
