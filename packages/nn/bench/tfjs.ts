/**
 * The benchmark's workloads on TensorFlow.js, CPU (`cpu`, plain JS) or WebAssembly (`wasm`,
 * XNNPACK with SIMD) backend, from the same seeded data and initial weights as @nnbook/nn.
 * The wasm binaries are loaded from node_modules (no network).
 */
import { createRequire } from "node:module";
import path from "node:path";
import * as tf from "@tensorflow/tfjs";
import { setWasmPaths } from "@tensorflow/tfjs-backend-wasm";
import { cnnWork, gflops, matmulWork, mlpWork, timeRounds } from "./work.ts";
import type { CaseResult } from "./case.ts";

export async function useBackend(name: "cpu" | "wasm"): Promise<void> {
  if (name === "wasm") {
    const require = createRequire(import.meta.url);
    setWasmPaths(path.dirname(require.resolve("@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm")) + path.sep);
  }
  if (!(await tf.setBackend(name))) throw new Error(`tfjs: backend ${name} failed to initialise`);
  await tf.ready();
}

/** A [rows, cols] row-major matrix transposed (our [out, in] weights to tfjs' [in, out] kernels). */
function transposed(x: Float32Array, rows: number, cols: number): Float32Array {
  const out = new Float32Array(x.length);
  for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) out[j * rows + i] = x[i * cols + j];
  return out;
}

export function matmul(n: number, rounds: number): CaseResult {
  const { a, b } = matmulWork(n);
  const A = tf.tensor2d(a, [n, n]), B = tf.tensor2d(b, [n, n]);
  const run = () => {
    const c = tf.matMul(A, B);
    c.dataSync();
    c.dispose();
  };
  const samples = timeRounds(run, rounds).map((ms) => gflops(n, ms));
  return { samples, losses: {} };
}

function meanCrossEntropy(model: tf.Sequential, X: tf.Tensor, Y: tf.Tensor): number {
  return tf.tidy(() => tf.losses.softmaxCrossEntropy(Y, model.predict(X, { batchSize: 2000 }) as tf.Tensor).dataSync()[0]);
}

export async function mlp(rounds: number): Promise<CaseResult> {
  const w = mlpWork();
  const X = tf.tensor2d(w.X, [w.n, 784]);
  const Y = tf.oneHot(tf.tensor1d(w.y, "int32"), 10).toFloat();
  const make = () => {
    const model = tf.sequential({
      layers: [tf.layers.dense({ units: 128, activation: "relu", inputShape: [784] }), tf.layers.dense({ units: 10 })],
    });
    model.setWeights([
      tf.tensor2d(transposed(w.w1, 128, 784), [784, 128]), tf.tensor1d(w.b1),
      tf.tensor2d(transposed(w.w2, 10, 128), [128, 10]), tf.tensor1d(w.b2),
    ]);
    model.compile({ optimizer: tf.train.adam(1e-3, 0.9, 0.999, 1e-8), loss: (yt: tf.Tensor, yp: tf.Tensor) => tf.losses.softmaxCrossEntropy(yt, yp) });
    return model;
  };
  const fit = (model: tf.Sequential, x: tf.Tensor, y: tf.Tensor) =>
    model.fit(x, y, { batchSize: w.batchSize, epochs: 1, shuffle: false, verbose: 0 });
  { // warm-up on 10 batches
    const m = make();
    const [x, y] = [X.slice(0, 640), Y.slice(0, 640)];
    await fit(m, x, y);
    tf.dispose([x, y]);
    m.dispose();
  }
  const samples = [];
  const losses: Record<string, number> = {};
  for (let r = 0; r < rounds; r++) {
    const model = make();
    if (r === 0) losses.initial = meanCrossEntropy(model, X, Y);
    const t0 = performance.now();
    const history = await fit(model, X, Y);
    samples.push(performance.now() - t0);
    if (r === 0) {
      losses.epochMean = history.history.loss[0] as number;
      losses.after = meanCrossEntropy(model, X, Y);
    }
    model.dispose();
  }
  return { samples, losses, note: w.source };
}

export function cnn(rounds: number): CaseResult {
  const w = cnnWork();
  const x = tf.tensor4d(w.X, [w.batch, 28, 28, 1]); // NHWC; with one channel the same bytes as NCHW
  const Y = tf.oneHot(tf.tensor1d(w.y, "int32"), 10).toFloat();
  // conv weight [o, c, u, v] → tfjs filter [u, v, c, o]; dense weight [o, c·169 + h·13 + w] → kernel [(h·13 + w)·8 + c, o]
  const filter = new Float32Array(3 * 3 * 8);
  for (let o = 0; o < 8; o++) for (let u = 0; u < 3; u++) for (let v = 0; v < 3; v++) filter[(u * 3 + v) * 8 + o] = w.wc[(o * 3 + u) * 3 + v];
  const kernel = new Float32Array(1352 * 10);
  for (let o = 0; o < 10; o++) for (let c = 0; c < 8; c++) for (let p = 0; p < 169; p++) kernel[(p * 8 + c) * 10 + o] = w.wd[o * 1352 + c * 169 + p];
  const wc = tf.variable(tf.tensor4d(filter, [3, 3, 1, 8])), bc = tf.variable(tf.tensor1d(w.bc));
  const wd = tf.variable(tf.tensor2d(kernel, [1352, 10])), bd = tf.variable(tf.tensor1d(w.bd));
  const step = () => {
    const { value, grads } = tf.variableGrads(() => {
      const h = tf.maxPool(tf.relu(tf.add(tf.conv2d(x, wc, 1, "valid"), bc)) as tf.Tensor4D, 2, 2, "valid");
      const logits = tf.add(tf.matMul(tf.reshape(h, [w.batch, 1352]), wd), bd);
      return tf.losses.softmaxCrossEntropy(Y, logits) as tf.Scalar;
    });
    for (const g of Object.values(grads)) g.dataSync();
    const loss = value.dataSync()[0];
    tf.dispose([value, ...Object.values(grads)]);
    return loss;
  };
  const loss = step();
  return { samples: timeRounds(step, rounds, 2), losses: { loss }, note: w.source };
}
