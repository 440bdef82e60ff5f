// The playground's points: 200 from one of the engine's toy sets, split once into training and
// test points (and, with early stopping, a validation quarter of the training points). Pure: no
// DOM; the same configuration always gives the same points and the same split.
import { Generator, data, tensor, type Tensor } from "@nnbook/nn";
import type { Config, DatasetName } from "./config.ts";

/** Points in every data set. */
export const POINTS = 200;

export type Role = "train" | "val" | "test";

export interface PointSet {
  /** All points, [POINTS, 2]. */
  readonly X: Tensor;
  /** Labels 0 or 1, one per point. */
  readonly labels: Float32Array;
  /** What each point is for. */
  readonly roles: readonly Role[];
  /** The rows of each role, in order. */
  readonly rows: Readonly<Record<Role, readonly number[]>>;
  /** The square the figure shows: [lo, hi] on both axes. */
  readonly extent: readonly [number, number];
}

/**
 * XOR as a cloud: each point takes a corner of data.xor()'s truth table, (0,0) → label 0, (0,1)
 * → 1, …, and sits at a uniform place in that corner's quadrant of [−1, 1]², plus N(0, noise²).
 */
function xorCloud(n: number, noise: number, seed: number): { X: Tensor; y: Tensor } {
  const table = data.xor();
  const corners = table.X.data, truth = table.y.data;
  const gen = new Generator(seed);
  const X: number[][] = [], y: number[] = [];
  for (let i = 0; i < n; i++) {
    const k = i % 4;
    const at = (bit: number) => (bit ? 1 : -1) * (0.08 + 0.87 * gen.random()) + noise * gen.normal();
    X.push([at(corners[2 * k]), at(corners[2 * k + 1])]);
    y.push(truth[k]);
  }
  return { X: tensor(X), y: tensor(y) };
}

/** The engine's generator for each data set, with the playground's noise. */
function generate(name: DatasetName, noise: number, seed: number): { X: Tensor; y: Tensor } {
  if (name === "circles") return data.circles(POINTS, { noise, factor: 0.5, seed });
  if (name === "moons") return data.moons(POINTS, { noise, seed });
  if (name === "spiral") return data.spiral(POINTS, { classes: 2, noise, seed });
  return xorCloud(POINTS, noise, seed);
}

/** The points of a configuration, split by its train fraction (and early stopping). */
export function makePoints(config: Pick<Config, "dataset" | "noise" | "trainFraction" | "earlyStopping" | "seed">): PointSet {
  const raw = generate(config.dataset, config.noise, config.seed);
  // centre the cloud on the origin so every set suits the same network and the same square
  const xs = raw.X.data;
  let cx = 0, cy = 0;
  for (let i = 0; i < POINTS; i++) (cx += xs[2 * i]), (cy += xs[2 * i + 1]);
  cx /= POINTS;
  cy /= POINTS;
  const centred = new Float32Array(2 * POINTS);
  let reach = 0;
  for (let i = 0; i < POINTS; i++) {
    centred[2 * i] = xs[2 * i] - cx;
    centred[2 * i + 1] = xs[2 * i + 1] - cy;
    reach = Math.max(reach, Math.abs(centred[2 * i]), Math.abs(centred[2 * i + 1]));
  }
  const half = Math.ceil(reach * 1.1 * 4) / 4;
  // the split: a seeded shuffle of the rows (the generators shuffle already; this one is the split's own)
  const order = new Generator(config.seed + 7919).shuffle(Array.from({ length: POINTS }, (_, i) => i));
  const nTrain = Math.round(config.trainFraction * POINTS);
  const nVal = config.earlyStopping ? Math.max(2, Math.round(nTrain / 4)) : 0;
  const roles: Role[] = new Array<Role>(POINTS);
  order.forEach((row, k) => (roles[row] = k < nTrain - nVal ? "train" : k < nTrain ? "val" : "test"));
  const rows: Record<Role, number[]> = { train: [], val: [], test: [] };
  roles.forEach((role, row) => rows[role].push(row));
  return { X: tensor(Array.from({ length: POINTS }, (_, i) => [centred[2 * i], centred[2 * i + 1]])), labels: Float32Array.from(raw.y.data), roles, rows, extent: [-half, half] };
}

/** The rows `rows` of X as a tensor [rows.length, 2], and their labels as [rows.length, 1]. */
export function subset(points: PointSet, rows: readonly number[]): { X: Tensor; Y: Tensor } {
  const xs = points.X.data;
  return {
    X: tensor(rows.map((r) => [xs[2 * r], xs[2 * r + 1]])),
    Y: tensor(rows.map((r) => [points.labels[r]])),
  };
}
