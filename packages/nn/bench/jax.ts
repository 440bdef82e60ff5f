/**
 * The benchmark's workloads on jax-js (`@jax-js/jax`, its WebAssembly device, single-threaded in
 * Node): the same seeded weights and data as every engine, each step `jit`-compiled as jax-js
 * is meant to be used. Arrays are reference-counted: passing an array gives it away, `.ref`
 * keeps a copy of the handle.
 */
import * as jax from "@jax-js/jax";
import { cnnWork, gflops, matmulWork, mlpWork, timeRounds } from "./work.ts";
import type { CaseResult } from "./case.ts";

const { numpy: np, nn, lax, jit, valueAndGrad } = jax;
type Arr = jax.numpy.Array;

await jax.init("wasm");
jax.defaultDevice("wasm");

/** A jax array of float32 `values` (our arrays may view a shared buffer; jax-js types want an ArrayBuffer). */
function array(values: Float32Array, shape?: number[]): Arr {
  const own = values as Float32Array<ArrayBuffer>;
  return shape ? np.array(own, { shape }) : np.array(own);
}

/** [rows, cols] → its transpose as a jax array (our Linear weights are [out, in]; jax wants x·W). */
function transposed(w: Float32Array, rows: number, cols: number): Arr {
  return array(w, [rows, cols]).transpose();
}

export function matmul(n: number, rounds: number): CaseResult {
  const { a, b } = matmulWork(n);
  const A = array(a, [n, n]), B = array(b, [n, n]);
  const samples = timeRounds(() => {
    const c = np.dot(A.ref, B.ref);
    c.dataSync(); // reading an array gives it away too
  }, rounds).map((ms) => gflops(n, ms));
  return { samples, losses: {} };
}

type Mlp = { w1: Arr; b1: Arr; w2: Arr; b2: Arr };

const mlpLoss = (p: Mlp, x: Arr, y: Arr): Arr => {
  const h = nn.relu(np.dot(x, p.w1).add(p.b1));
  const logits = np.dot(h, p.w2).add(p.b2);
  return nn.logSoftmax(logits).mul(y).sum().mul(-1 / (y.shape[0] as number));
};

const KEYS = ["w1", "b1", "w2", "b2"] as const;
const [beta1, beta2, lr, eps] = [0.9, 0.999, 1e-3, 1e-8];

/** One Adam step as PyTorch writes it; c1, c2 are 1/(1 − βᵗ) (arrays, so one compiled step serves every t). */
const adamStep = jit((p: Mlp, m: Mlp, v: Mlp, x: Arr, y: Arr, c1: Arr, c2: Arr) => {
  const [loss, g] = valueAndGrad(mlpLoss)({ w1: p.w1.ref, b1: p.b1.ref, w2: p.w2.ref, b2: p.b2.ref }, x, y);
  const out = { p: {} as Mlp, m: {} as Mlp, v: {} as Mlp, loss };
  for (const k of KEYS) {
    const gk = g[k];
    const mk = m[k].mul(beta1).add(gk.ref.mul(1 - beta1));
    const vk = v[k].mul(beta2).add(gk.ref.mul(gk).mul(1 - beta2));
    const step = mk.ref.mul(c1.ref).div(np.sqrt(vk.ref.mul(c2.ref)).add(eps)).mul(lr);
    out.p[k] = p[k].sub(step);
    out.m[k] = mk;
    out.v[k] = vk;
  }
  c1.dispose();
  c2.dispose();
  return out;
});

function oneHot(labels: Int32Array): Float32Array {
  const out = new Float32Array(labels.length * 10);
  labels.forEach((c, i) => (out[i * 10 + c] = 1));
  return out;
}

export function mlp(rounds: number): CaseResult {
  const w = mlpWork();
  const Y = oneHot(w.y);
  const init = (): Mlp => ({
    w1: transposed(w.w1, 128, 784), b1: array(w.b1), w2: transposed(w.w2, 10, 128), b2: array(w.b2),
  });
  const zeros = (): Mlp => ({ w1: np.zeros([784, 128]), b1: np.zeros([128]), w2: np.zeros([128, 10]), b2: np.zeros([10]) });
  const fullLoss = (p: Mlp) => {
    const l = mlpLoss({ w1: p.w1.ref, b1: p.b1.ref, w2: p.w2.ref, b2: p.b2.ref }, array(w.X, [w.n, 784]), array(Y, [w.n, 10]));
    return l.dataSync()[0];
  };
  const epoch = (n: number) => {
    let p = init(), m = zeros(), v = zeros(), total = 0;
    for (let i = 0, t = 1; i < n; i += w.batchSize, t++) {
      const b = Math.min(w.batchSize, n - i);
      const x = array(w.X.subarray(i * 784, (i + b) * 784), [b, 784]);
      const y = array(Y.subarray(i * 10, (i + b) * 10), [b, 10]);
      const c1 = np.array([1 / (1 - beta1 ** t)]), c2 = np.array([1 / (1 - beta2 ** t)]);
      const r = adamStep(p, m, v, x, y, c1, c2);
      total += r.loss.dataSync()[0] * b;
      ({ p, m, v } = r);
    }
    jax.tree.dispose([m, v]);
    return { p, mean: total / n };
  };
  jax.tree.dispose(epoch(640).p); // warm-up on 10 batches (and the compile)
  const samples: number[] = [];
  const losses: Record<string, number> = {};
  for (let r = 0; r < rounds; r++) {
    if (r === 0) {
      const p0 = init();
      losses.initial = fullLoss(p0);
      jax.tree.dispose(p0);
    }
    const t0 = performance.now();
    const { p, mean } = epoch(w.n);
    samples.push(performance.now() - t0);
    if (r === 0) {
      losses.epochMean = mean;
      losses.after = fullLoss(p);
    }
    jax.tree.dispose(p);
  }
  return { samples, losses, note: w.source };
}

type Cnn = { wc: Arr; bc: Arr; wd: Arr; bd: Arr };

const cnnLoss = (p: Cnn, x: Arr, y: Arr): Arr => {
  const batch = x.shape[0] as number;
  const z = lax.convGeneralDilated(x, p.wc, [1, 1], "VALID").add(p.bc.reshape([1, 8, 1, 1]));
  const pooled = lax.reduceWindow(nn.relu(z), np.max, [2, 2], [2, 2]).reshape([batch, 8 * 13 * 13]);
  return nn.logSoftmax(np.dot(pooled, p.wd).add(p.bd)).mul(y).sum().mul(-1 / batch);
};

export function cnn(rounds: number): CaseResult {
  const w = cnnWork();
  const p: Cnn = { wc: array(w.wc, [8, 1, 3, 3]), bc: array(w.bc), wd: transposed(w.wd, 10, 8 * 13 * 13), bd: array(w.bd) };
  const x = array(w.X, [w.batch, 1, 28, 28]), y = array(oneHot(w.y), [w.batch, 10]);
  const step = jit(valueAndGrad(cnnLoss));
  const run = () => {
    const [loss, g] = step(jax.tree.ref(p), x.ref, y.ref);
    const value = loss.dataSync()[0];
    for (const k of ["wc", "bc", "wd", "bd"] as const) g[k].dataSync(); // reads and frees
    return value;
  };
  const loss = run();
  return { samples: timeRounds(run, rounds, 2), losses: { loss }, note: w.source };
}
