/**
 * The benchmark's workloads, made identically for every engine: seeded data and initial weights
 * from @nnbook/nn's generator, as plain Float32Arrays that each engine copies into its own
 * tensors. Weights use our layout (Linear weight [out, in], Conv2d weight [out, in, k, k]); the
 * TensorFlow.js side transposes them into its own.
 */
import { existsSync } from "node:fs";
import { Generator, manualSeed, nn } from "../src/index.ts";
import { digitsPath, loadDigits } from "../node.ts";

export interface MlpWork {
  /** [n, 784] pixels in [0, 1]. */
  X: Float32Array;
  /** [n] class indices. */
  y: Int32Array;
  n: number;
  batchSize: number;
  /** Where X, y came from, for the table. */
  source: string;
  /** Linear(784,128) and Linear(128,10) weights [out, in] and biases. */
  w1: Float32Array; b1: Float32Array; w2: Float32Array; b2: Float32Array;
}

export interface CnnWork {
  /** [64, 1, 28, 28] images. */
  X: Float32Array;
  y: Int32Array;
  batch: number;
  source: string;
  /** Conv2d(1, 8, 3) weight [8,1,3,3] and bias [8]; Linear(8·13·13, 10) weight [10, 1352] and bias. */
  wc: Float32Array; bc: Float32Array; wd: Float32Array; bd: Float32Array;
}

function images(n: number, seed: number): { X: Float32Array; y: Int32Array; source: string } {
  if (existsSync(digitsPath)) {
    const d = loadDigits({ n });
    return { X: d.X.data, y: Int32Array.from(d.y.data), source: `${n} MNIST digits (data/digits.bin)` };
  }
  const gen = new Generator(seed);
  const X = Float32Array.from({ length: n * 784 }, () => gen.random());
  const y = Int32Array.from({ length: n }, () => gen.randint(10));
  return { X, y, source: `${n} seeded random images (data/digits.bin missing)` };
}

export function mlpWork(): MlpWork {
  const { X, y, source } = images(10_000, 1);
  manualSeed(0);
  const l1 = new nn.Linear(784, 128), l2 = new nn.Linear(128, 10);
  return { X, y, n: 10_000, batchSize: 64, source, w1: l1.weight.data, b1: l1.bias!.data, w2: l2.weight.data, b2: l2.bias!.data };
}

export function cnnWork(): CnnWork {
  const { X, y, source } = images(64, 2);
  manualSeed(0);
  const conv = new nn.Conv2d(1, 8, 3), dense = new nn.Linear(8 * 13 * 13, 10);
  return { X, y, batch: 64, source, wc: conv.weight.data, bc: conv.bias!.data, wd: dense.weight.data, bd: dense.bias!.data };
}

/** Seeded standard-normal n×n matrices a and b. */
export function matmulWork(n: number): { a: Float32Array; b: Float32Array } {
  const gen = new Generator(3);
  return { a: Float32Array.from({ length: n * n }, () => gen.normal()), b: Float32Array.from({ length: n * n }, () => gen.normal()) };
}

/** Milliseconds for each of `rounds` calls of `step`, after `warmup` untimed calls (JIT, caches). */
export function timeRounds(step: () => unknown, rounds: number, warmup = 1): number[] {
  for (let i = 0; i < warmup; i++) step();
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    step();
    samples.push(performance.now() - t0);
  }
  return samples;
}

/** A matmul of two n×n matrices taking `ms` milliseconds, in GFLOP/s (2n³ flops). */
export function gflops(n: number, ms: number): number {
  return (2 * n ** 3) / (ms / 1000) / 1e9;
}
