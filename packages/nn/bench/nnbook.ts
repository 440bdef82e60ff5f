/** The benchmark's workloads on @nnbook/nn. Each returns per-round measurements and the losses. */
import { Tensor, manualSeed, nn, noGrad, optim, tensor } from "../src/index.ts";
import { cnnWork, gflops, matmulWork, mlpWork, timeRounds } from "./work.ts";
import type { CaseResult } from "./case.ts";

export function matmul(n: number, rounds: number): CaseResult {
  const { a, b } = matmulWork(n);
  const A = new Tensor(a, [n, n]), B = new Tensor(b, [n, n]);
  const samples = timeRounds(() => A.matmul(B), rounds).map((ms) => gflops(n, ms));
  return { samples, losses: {} };
}

function mlpModel(w: ReturnType<typeof mlpWork>): nn.Sequential {
  const l1 = new nn.Linear(784, 128), l2 = new nn.Linear(128, 10);
  l1.weight.data = w.w1.slice(); l1.bias!.data = w.b1.slice();
  l2.weight.data = w.w2.slice(); l2.bias!.data = w.b2.slice();
  return new nn.Sequential(l1, new nn.ReLU(), l2);
}

/** One epoch, batches in order, Adam(lr 1e-3); returns the size-weighted mean batch loss (as Keras' fit). */
function epoch(model: nn.Sequential, w: ReturnType<typeof mlpWork>, n: number): number {
  const opt = new optim.Adam(model.parameters(), { lr: 1e-3, eps: 1e-8 });
  const labels = Float32Array.from(w.y);
  let total = 0;
  for (let i = 0; i < n; i += w.batchSize) {
    const b = Math.min(w.batchSize, n - i);
    const x = new Tensor(w.X.subarray(i * 784, (i + b) * 784), [b, 784]);
    const y = new Tensor(labels.subarray(i, i + b), [b]);
    opt.zeroGrad();
    const loss = nn.crossEntropy(model.forward(x), y);
    loss.backward();
    opt.step();
    total += loss.item() * b;
  }
  return total / n;
}

export function mlp(rounds: number): CaseResult {
  manualSeed(0);
  const w = mlpWork();
  const X = new Tensor(w.X, [w.n, 784]), Y = tensor(Array.from(w.y));
  epoch(mlpModel(w), w, 640); // warm-up on 10 batches
  const samples = [];
  const losses: Record<string, number> = {};
  for (let r = 0; r < rounds; r++) {
    const model = mlpModel(w);
    if (r === 0) losses.initial = noGrad(() => nn.crossEntropy(model.forward(X), Y).item());
    const t0 = performance.now();
    const mean = epoch(model, w, w.n);
    samples.push(performance.now() - t0);
    if (r === 0) {
      losses.epochMean = mean;
      losses.after = noGrad(() => nn.crossEntropy(model.forward(X), Y).item());
    }
  }
  return { samples, losses, note: w.source };
}

export function cnn(rounds: number): CaseResult {
  const w = cnnWork();
  const conv = new nn.Conv2d(1, 8, 3), pool = new nn.MaxPool2d(2), dense = new nn.Linear(8 * 13 * 13, 10);
  conv.weight.data = w.wc; conv.bias!.data = w.bc; dense.weight.data = w.wd; dense.bias!.data = w.bd;
  const x = new Tensor(w.X, [w.batch, 1, 28, 28]), y = new Tensor(Float32Array.from(w.y), [w.batch]);
  const step = () => {
    conv.zeroGrad(); dense.zeroGrad();
    const h = pool.forward(conv.forward(x).relu()).reshape([w.batch, 8 * 13 * 13]);
    const loss = nn.crossEntropy(dense.forward(h), y);
    loss.backward();
    return loss.item();
  };
  const loss = step();
  return { samples: timeRounds(step, rounds, 2), losses: { loss }, note: w.source };
}
