// The perceptron widget's data sets: the engine's gates and a seeded linearly separable set, as
// plain points with 0/1 labels.
import { data } from "@nnbook/nn";

export type DatasetName = "separable" | "and" | "or" | "xor";

export const DATASETS: readonly DatasetName[] = ["separable", "and", "or", "xor"];

export const DATASET_LABELS: Readonly<Record<DatasetName, string>> = {
  separable: "Linearly separable",
  and: "AND",
  or: "OR",
  xor: "XOR",
};

export function isDatasetName(value: unknown): value is DatasetName {
  return typeof value === "string" && (DATASETS as readonly string[]).includes(value);
}

export interface Point {
  readonly x1: number;
  readonly x2: number;
  readonly label: 0 | 1;
}

// The separable set is the engine's, with a fixed seed so the book, its tests and every reader
// see the same 40 points. Seed 12 draws a nearly vertical true line, so the default line starts
// 14 points wrong and training visibly turns it (6 epochs at η = 0.1); the margin of 0.1 leaves a
// visible gap between the classes without making the problem trivial.
const SEPARABLE_SIZE = 40;
const SEPARABLE_SEED = 12;
const SEPARABLE_MARGIN = 0.1;

const pointCache = new Map<DatasetName, readonly Point[]>();

/** The data set's points as plain objects, converted once from the engine's tensors. */
export function datasetPoints(name: DatasetName): readonly Point[] {
  const cached = pointCache.get(name);
  if (cached) return cached;
  const { X, y } =
    name === "separable"
      ? data.linearlySeparable(SEPARABLE_SIZE, { seed: SEPARABLE_SEED, margin: SEPARABLE_MARGIN })
      : data[name]();
  const points: Point[] = [];
  for (let i = 0; i < y.data.length; i++) {
    const label = y.data[i] >= 0.5 ? 1 : 0;
    points.push(Object.freeze({ x1: X.data[2 * i], x2: X.data[2 * i + 1], label }));
  }
  const frozen = Object.freeze(points);
  pointCache.set(name, frozen);
  return frozen;
}
