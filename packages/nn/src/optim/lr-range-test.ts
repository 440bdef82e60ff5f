import type { Tensor } from "../tensor/tensor.ts";
import { checkNumber, Optimizer } from "./optimizer.ts";
import { checkPositiveInteger } from "./lr-scheduler.ts";

export interface LrRangeTestOptions {
  /** The first rate tried, > 0 (default 1e-6). */
  startLr?: number;
  /** The last rate tried, > startLr (default 10). */
  endLr?: number;
  /** Steps, one rate each, spaced evenly on a log scale from startLr to endLr (default 100, at least 2). */
  steps?: number;
  /** Stop once the smoothed loss exceeds this many times its lowest value, > 1 (default 4). */
  stopFactor?: number;
  /** β of the loss's exponential smoothing, in [0, 1); 0 keeps the raw losses (default 0.9). */
  smoothing?: number;
  /** Put the parameters back as they were when the test ends (default true). */
  restore?: boolean;
}

/** One step of the test: the rate, and the loss measured just before the step at that rate. */
export interface LrRangeTestPoint {
  lr: number;
  loss: number;
  /** Exponential moving average of the losses so far, bias-corrected as Adam's moments. */
  smoothLoss: number;
}

export interface LrRangeTestResult {
  points: LrRangeTestPoint[];
  /** Why the test ended: every rate tried, the smoothed loss blew up, or a loss was NaN/Infinity. */
  stopped: "end" | "diverged" | "nonfinite";
  /** The rate at which the smoothed loss was lowest. */
  minLossLr: number;
  /** The rate at which the smoothed loss fell fastest against log η, on the way down to its minimum. */
  steepestLr: number;
}

/**
 * The learning-rate range test (Smith, 2017; fastai's `lr_find`): train for a few steps while the
 * rate grows geometrically, η_k = η_start · (η_end / η_start)^(k / (steps − 1)), and record the
 * loss at each. The loss first barely moves (rate too small), then falls fastest, then turns up
 * and explodes (too large). A good rate sits on the falling part, somewhat below the minimum:
 * `steepestLr`, or `minLossLr` / 10, are the usual reads; they are guides, not answers.
 *
 * `lossOf()` computes one loss (on the next batch, say); the test calls `zeroGrad`, `backward` and
 * `step` around it. The optimizer's rate is set at every step and restored at the end, as are the
 * parameters unless `restore: false`; the optimizer's own state (momentum, Adam's averages) keeps
 * what the test put in it, so make a fresh optimizer for the real training. No PyTorch counterpart.
 * Chapter 6, Optimizers (the learning-rate range test).
 */
export function lrRangeTest(optimizer: Optimizer, lossOf: () => Tensor, options: LrRangeTestOptions = {}): LrRangeTestResult {
  const op = "lrRangeTest";
  if (!(optimizer instanceof Optimizer)) throw new Error(`${op}: expected an optimizer (e.g. new optim.SGD(params, { lr })), got ${String(optimizer)}`);
  if (typeof lossOf !== "function") throw new Error(`${op}: expected a function that returns the loss, got ${typeof lossOf}`);
  const { startLr = 1e-6, endLr = 10, steps = 100, stopFactor = 4, smoothing = 0.9, restore = true } = options ?? {};
  checkNumber(op, "startLr", startLr, (v) => v > 0, "a positive finite number");
  checkNumber(op, "endLr", endLr, (v) => v > startLr, `a finite number > startLr (${startLr})`);
  if (checkPositiveInteger(op, "steps", steps) < 2) throw new Error(`${op}: steps must be at least 2, got ${steps}`);
  checkNumber(op, "stopFactor", stopFactor, (v) => v > 1, "a finite number > 1");
  checkNumber(op, "smoothing", smoothing, (v) => v >= 0 && v < 1, "a number in [0, 1)");

  const saved = optimizer.params.map((p) => p.data.slice());
  const savedLr = optimizer.lr;
  const points: LrRangeTestPoint[] = [];
  let stopped: LrRangeTestResult["stopped"] = "end";
  let average = 0, best = Infinity;
  try {
    for (let k = 0; k < steps; k++) {
      const lr = startLr * (endLr / startLr) ** (k / (steps - 1));
      const loss = lossOrNonfinite(optimizer, lossOf);
      if (loss === null || !Number.isFinite(loss.item())) {
        stopped = "nonfinite";
        break;
      }
      const value = loss.item();
      average = smoothing * average + (1 - smoothing) * value;
      const smoothLoss = average / (1 - smoothing ** (k + 1));
      points.push({ lr, loss: value, smoothLoss });
      best = Math.min(best, smoothLoss);
      if (smoothLoss > stopFactor * best) {
        stopped = "diverged";
        break;
      }
      optimizer.lr = lr;
      optimizer.zeroGrad();
      loss.backward();
      optimizer.step();
    }
  } finally {
    optimizer.lr = savedLr;
    optimizer.zeroGrad();
    if (restore) optimizer.params.forEach((p, i) => p.data.set(saved[i]));
  }
  if (points.length === 0) throw new Error(`${op}: the loss was NaN or infinite before the first step — check the data and the model`);
  return { points, stopped, minLossLr: minLossLr(points), steepestLr: steepestLr(points) };
}

/** The loss, or null when computing it failed because earlier steps left NaN/Infinity in the parameters. */
function lossOrNonfinite(optimizer: Optimizer, lossOf: () => Tensor): Tensor | null {
  try {
    return lossOf();
  } catch (error) {
    const broken = optimizer.params.some((p) => p.data.some((v) => !Number.isFinite(v)));
    if (broken || /NaN|Infinity/.test(String(error))) return null;
    throw error;
  }
}

function minIndex(points: LrRangeTestPoint[]): number {
  let best = 0;
  for (let k = 1; k < points.length; k++) if (points[k].smoothLoss < points[best].smoothLoss) best = k;
  return best;
}

function minLossLr(points: LrRangeTestPoint[]): number {
  return points[minIndex(points)].lr;
}

/** Only up to the minimum: past it a loss that blew up can fall steeply again, which says nothing. */
function steepestLr(points: LrRangeTestPoint[]): number {
  let best = points[0].lr, slope = Infinity;
  for (let k = 1; k <= minIndex(points); k++) {
    const s = (points[k].smoothLoss - points[k - 1].smoothLoss) / Math.log(points[k].lr / points[k - 1].lr);
    if (s < slope) [slope, best] = [s, points[k - 1].lr];
  }
  return best;
}
