// One model, one data set: logistic regression with two weights on the two moons, so that every
// gradient is a 2-D arrow. Mini-batch gradients come from data.batches and the engine's autograd;
// training curves from optim.SGD. Pure: no DOM.
import { data, nn, optim, tensor, type Tensor } from "@nnbook/nn";

export const N = 256;
export const BATCH_SIZES = [1, 4, 16, 64, N] as const;
/** The weights at which the gradients are drawn (away from the minimum, so the full gradient is long). */
export const W0: readonly [number, number] = [-1, 1.5];

export interface Problem {
  X: Tensor;
  Y: Tensor;
}

export function problem(): Problem {
  const { X, y } = data.moons(N, { noise: 0.2, seed: 3 });
  return { X, Y: y.reshape([N, 1]) };
}

function lossAt(w: Tensor, X: Tensor, Y: Tensor): Tensor {
  return nn.bceWithLogits(X.matmul(w), Y);
}

/** The gradient of the mean loss over rows X at weights w0, as [∂/∂w₁, ∂/∂w₂]. */
export function gradientAt(w0: readonly [number, number], X: Tensor, Y: Tensor): [number, number] {
  const w = tensor([[w0[0]], [w0[1]]], { requiresGrad: true });
  lossAt(w, X, Y).backward();
  return [w.grad!.data[0], w.grad!.data[1]];
}

export interface Scatter {
  full: [number, number];
  batches: [number, number][];
  /** Mean squared distance of the batch gradients from the full one. */
  meanSquaredError: number;
}

/** `count` mini-batch gradients of size `batchSize` at W0 (batches of a shuffled epoch, then the next). */
export function scatter(p: Problem, batchSize: number, count = 48, seed = 1): Scatter {
  const full = gradientAt(W0, p.X, p.Y);
  const batches: [number, number][] = [];
  const loader = data.batches(p.X, p.Y, { batchSize, seed });
  while (batches.length < count) {
    for (const b of loader) {
      if (batches.length === count) break;
      if (b.X.shape[0] === batchSize) batches.push(gradientAt(W0, b.X, b.y));
    }
  }
  return { full, batches, meanSquaredError: meanSquaredDistance(batches, full) };
}

/** The mean squared distance of gradients from the full gradient (over those given). */
export function meanSquaredDistance(batches: readonly (readonly [number, number])[], full: readonly [number, number]): number {
  return batches.reduce((s, g) => s + (g[0] - full[0]) ** 2 + (g[1] - full[1]) ** 2, 0) / Math.max(1, batches.length);
}

export interface CurvePoint {
  batchSize: number;
  step: number;
  examples: number;
  loss: number;
}

/** Training curves from W0 with optim.SGD at rate `lr`, for `epochs` epochs, full loss after every step. */
export function curves(p: Problem, sizes: readonly number[] = BATCH_SIZES, lr = 0.5, epochs = 4): CurvePoint[] {
  const points: CurvePoint[] = [];
  for (const batchSize of sizes) {
    const w = tensor([[W0[0]], [W0[1]]], { requiresGrad: true });
    const opt = new optim.SGD([w], { lr });
    const full = () => lossAt(w, p.X, p.Y).item();
    let step = 0, examples = 0;
    points.push({ batchSize, step, examples, loss: full() });
    const loader = data.batches(p.X, p.Y, { batchSize, seed: 2 });
    for (let e = 0; e < epochs; e++) {
      for (const b of loader) {
        opt.zeroGrad();
        lossAt(w, b.X, b.y).backward();
        opt.step();
        step++;
        examples += b.X.shape[0];
        points.push({ batchSize, step, examples, loss: full() });
      }
    }
  }
  return points;
}
