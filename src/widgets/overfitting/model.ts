// The playground's model: a network from network.ts trained full-batch by the engine's Adam on
// the training points of dataset.ts, one step at a time, with the train, validation and test
// losses measured after every step in evaluation mode (no dropout, no penalty), so they compare.
// Pure: no DOM. The run is updated in place by trainSteps(); createRun() with the same
// configuration always starts from, and goes through, the same numbers.
import { EarlyStopping, noGrad, optim, type Tensor } from "@nnbook/nn";
import { normalizeConfig, type Config } from "./config.ts";
import { makePoints, subset, type PointSet, type Role } from "./dataset.ts";
import { buildNetwork, objective, type Network } from "./network.ts";

/** A run stops by itself here. */
export const MAX_STEPS = 4000;
/** Early stopping waits this many steps without a lower validation loss. */
export const PATIENCE = 150;
/** A training loss above this has blown up (a sane classifier starts near ln 2 ≈ 0.69). */
export const DIVERGED_LOSS = 1000;

export interface LossRecord {
  readonly step: number;
  readonly train: number;
  /** The validation loss, or null without early stopping. */
  readonly val: number | null;
  readonly test: number;
  readonly trainAccuracy: number;
  readonly testAccuracy: number;
}

export type Stop =
  | { readonly reason: "early"; readonly at: number; readonly best: number; readonly bestLoss: number }
  | { readonly reason: "diverged"; readonly at: number; readonly what: "nan" | "infinite" | "huge" }
  | { readonly reason: "end"; readonly at: number };

export interface Run {
  readonly config: Config;
  readonly points: PointSet;
  readonly network: Network;
  readonly optimizer: optim.Adam;
  readonly stopper: EarlyStopping | null;
  /** Updates applied so far. */
  step: number;
  /** The losses at the current weights. */
  current: LossRecord;
  /** Every step's losses, step 0 first (finite numbers only). */
  readonly history: LossRecord[];
  /** Why training cannot go on, or null while it can. */
  stop: Stop | null;
}

const TRAINS = new WeakMap<Run, { X: Tensor; Y: Tensor }>();

export function createRun(settings: Config): Run {
  const config = normalizeConfig(settings);
  const points = makePoints(config);
  const network = buildNetwork(config);
  const optimizer = new optim.Adam(network.model.parameters(), { lr: config.lr });
  const stopper = config.earlyStopping ? new EarlyStopping(network.model, { patience: PATIENCE }) : null;
  const run: Run = { config, points, network, optimizer, stopper, step: 0, current: undefined as unknown as LossRecord, history: [], stop: null };
  TRAINS.set(run, subset(points, points.rows.train));
  const first = measure(run);
  run.current = first ?? { step: 0, train: Math.LN2, val: null, test: Math.LN2, trainAccuracy: 0, testAccuracy: 0 };
  if (first) run.history.push(first);
  return run;
}

/** Binary cross-entropy of one logit z against label y, in the stable form max(z, 0) − zy + ln(1 + e^−|z|). */
export function bceOf(z: number, y: number): number {
  return Math.max(z, 0) - z * y + Math.log1p(Math.exp(-Math.abs(z)));
}

/** The model's logits for every point, in evaluation mode (dropout off), without a graph. */
export function logitsOf(network: Network, X: Tensor): Float32Array {
  network.model.eval();
  try {
    return noGrad(() => network.model.forward(X)).data;
  } finally {
    network.model.train();
  }
}

/** The losses and accuracies at the current weights, or null (and the run stopped) if they blew up. */
function measure(run: Run): LossRecord | null {
  const z = logitsOf(run.network, run.points.X);
  const mean = (role: Role) => {
    const rows = run.points.rows[role];
    let loss = 0, right = 0;
    for (const r of rows) {
      const y = run.points.labels[r];
      loss += bceOf(z[r], y);
      if ((z[r] > 0 ? 1 : 0) === y) right++;
    }
    return rows.length === 0 ? { loss: 0, accuracy: 0 } : { loss: loss / rows.length, accuracy: right / rows.length };
  };
  const train = mean("train"), val = mean("val"), test = mean("test");
  const bad = [train.loss, val.loss, test.loss].find((v) => !Number.isFinite(v));
  if (bad !== undefined || train.loss > DIVERGED_LOSS) {
    run.stop = { reason: "diverged", at: run.step, what: bad === undefined ? "huge" : Number.isNaN(bad) ? "nan" : "infinite" };
    return null;
  }
  return { step: run.step, train: train.loss, val: run.stopper ? val.loss : null, test: test.loss, trainAccuracy: train.accuracy, testAccuracy: test.accuracy };
}

/** True once training cannot go on: stopped early, blew up, or took MAX_STEPS. */
export function isFinished(run: Run): boolean {
  return run.stop !== null;
}

/** One full-batch Adam step on the training objective, then the losses at the new weights. */
function trainStep(run: Run): void {
  const { X, Y } = TRAINS.get(run)!;
  run.optimizer.zeroGrad();
  try {
    objective(run.network, X, Y, run.config.l1, run.config.l2).backward();
  } catch (error) {
    // the engine's losses refuse NaN and Infinity ("bceWithLogits: the loss is NaN — …")
    const message = error instanceof Error ? error.message : String(error);
    run.stop = { reason: "diverged", at: run.step, what: /NaN/.test(message) ? "nan" : "infinite" };
    return;
  }
  run.optimizer.step();
  run.step++;
  const record = measure(run);
  if (!record) return;
  run.current = record;
  run.history.push(record);
  if (run.stopper && record.val !== null && run.stopper.step(record.val)) {
    run.stopper.restore();
    const best = run.stopper.bestEpoch ?? run.step;
    const restored = measure(run);
    if (restored) run.current = { ...restored, step: best };
    run.stop = { reason: "early", at: run.step, best, bestLoss: run.stopper.best };
    return;
  }
  if (run.step >= MAX_STEPS) run.stop = { reason: "end", at: run.step };
}

/** Takes up to n training steps (fewer if the run stops); returns the run. */
export function trainSteps(run: Run, n = 1): Run {
  for (let i = 0; i < n && !isFinished(run); i++) trainStep(run);
  return run;
}
