// The perceptron widget's model: state and update, no DOM. The element in element.ts draws it.
//
// Activation convention, used everywhere in this file: ŷ = 1 when z = w₁x₁ + w₂x₂ + b ≥ 0, else 0.
// So a point exactly on the line counts as class 1, and the class-1 half-plane includes the line.
import { data } from "@nnbook/nn";

export type DatasetName = "separable" | "and" | "or" | "xor";

export const DATASETS: readonly DatasetName[] = ["separable", "and", "or", "xor"];

export const DATASET_LABELS: Readonly<Record<DatasetName, string>> = {
  separable: "Linearly separable",
  and: "AND",
  or: "OR",
  xor: "XOR",
};

export interface Point {
  readonly x1: number;
  readonly x2: number;
  readonly label: 0 | 1;
}

/** What a link can configure: the attributes w1, w2, b, lr and dataset. */
export interface Config {
  readonly w1: number;
  readonly w2: number;
  readonly b: number;
  readonly learningRate: number;
  readonly dataset: DatasetName;
}

export interface PerceptronState extends Config {
  readonly points: readonly Point[];
  /** Weight updates applied so far (one per misclassified point visited). */
  readonly steps: number;
  /** Full passes over the points completed so far. */
  readonly epochs: number;
  /** Index of the point used by the last update, -1 before any; trainStep resumes after it. */
  readonly lastUpdated: number;
}

/** Starts with several points of every data set on the wrong side of the line. */
export const DEFAULT_CONFIG: Config = {
  w1: 0.5,
  w2: -1,
  b: 0.25,
  learningRate: 0.1,
  dataset: "separable",
};

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

export function createState(config: Partial<Config> = {}): PerceptronState {
  const full = { ...DEFAULT_CONFIG, ...config };
  return { ...full, points: datasetPoints(full.dataset), steps: 0, epochs: 0, lastUpdated: -1 };
}

/** Swaps the points and restarts the counters; the weights stay where the reader put them. */
export function setDataset(state: PerceptronState, name: DatasetName): PerceptronState {
  return { ...state, dataset: name, points: datasetPoints(name), steps: 0, epochs: 0, lastUpdated: -1 };
}

export function setWeights(
  state: PerceptronState,
  weights: Partial<Pick<Config, "w1" | "w2" | "b">>,
): PerceptronState {
  return { ...state, ...weights };
}

/** z = w₁x₁ + w₂x₂ + b */
export function weightedSum(state: Pick<Config, "w1" | "w2" | "b">, point: Pick<Point, "x1" | "x2">): number {
  return state.w1 * point.x1 + state.w2 * point.x2 + state.b;
}

/** Step activation: 1 when z ≥ 0, else 0. */
export function predict(state: Pick<Config, "w1" | "w2" | "b">, point: Pick<Point, "x1" | "x2">): 0 | 1 {
  return weightedSum(state, point) >= 0 ? 1 : 0;
}

/** Indices of the points whose prediction differs from their label, in order. */
export function misclassified(state: PerceptronState): number[] {
  const wrong: number[] = [];
  state.points.forEach((p, i) => {
    if (predict(state, p) !== p.label) wrong.push(i);
  });
  return wrong;
}

// The perceptron rule on one point: w ← w + η (y − ŷ) x, b ← b + η (y − ŷ).
function update(state: PerceptronState, index: number): PerceptronState {
  const p = state.points[index];
  const delta = state.learningRate * (p.label - predict(state, p));
  return {
    ...state,
    w1: state.w1 + delta * p.x1,
    w2: state.w2 + delta * p.x2,
    b: state.b + delta,
    steps: state.steps + 1,
    lastUpdated: index,
  };
}

export interface StepResult {
  readonly state: PerceptronState;
  /** The point the rule was applied to, or null when nothing is misclassified. */
  readonly index: number | null;
}

/**
 * Applies the perceptron rule to one misclassified point: the first one found cycling through
 * the points in order, starting just after the point updated last.
 */
export function trainStep(state: PerceptronState): StepResult {
  const n = state.points.length;
  for (let k = 1; k <= n; k++) {
    const i = (state.lastUpdated + k + n) % n;
    const p = state.points[i];
    if (predict(state, p) !== p.label) return { state: update(state, i), index: i };
  }
  return { state, index: null };
}

/** One pass over the points in order, updating on each misclassified one as it is met. */
export function epoch(state: PerceptronState): { state: PerceptronState; updates: number } {
  let s = state;
  let updates = 0;
  for (let i = 0; i < s.points.length; i++) {
    const p = s.points[i];
    if (predict(s, p) !== p.label) {
      s = update(s, i);
      updates++;
    }
  }
  return { state: { ...s, epochs: s.epochs + 1 }, updates };
}

export interface TrainResult {
  readonly state: PerceptronState;
  readonly converged: boolean;
  readonly epochs: number;
  readonly updates: number;
}

/**
 * Runs epochs until one makes no update (that clean pass counts, as in the chapter's loop) or
 * maxEpochs have run. Converges on separable data (the perceptron convergence theorem); on XOR it
 * cannot, since no line separates the classes.
 */
export function train(state: PerceptronState, { maxEpochs = 100 }: { maxEpochs?: number } = {}): TrainResult {
  let s = state;
  let epochs = 0;
  let updates = 0;
  while (epochs < maxEpochs) {
    const r = epoch(s);
    s = r.state;
    epochs++;
    updates += r.updates;
    if (r.updates === 0) break;
  }
  return { state: s, converged: misclassified(s).length === 0, epochs, updates };
}

// ---------------------------------------------------------------------------------------------
// Geometry of the decision boundary, in data coordinates.

export type Vec = readonly [number, number];
export type Domain = readonly [number, number];

/** A square view around the data, the same for both axes so the weight vector looks normal. */
export function viewDomain(dataset: DatasetName): Domain {
  if (dataset !== "separable") return [-0.5, 1.5];
  let m = 0;
  for (const p of datasetPoints(dataset)) m = Math.max(m, Math.abs(p.x1), Math.abs(p.x2));
  const half = Math.ceil(m * 4) / 4 + 0.25;
  return [-half, half];
}

const EPS = 1e-9;

/**
 * The part of the line w₁x₁ + w₂x₂ + b = 0 inside the box xDomain × yDomain, ordered left to right
 * (bottom to top when vertical); null when w₁ = w₂ = 0 or the line misses the box.
 */
export function boundary(
  state: Pick<Config, "w1" | "w2" | "b">,
  xDomain: Domain,
  yDomain: Domain,
): [Vec, Vec] | null {
  const { w1, w2, b } = state;
  if (w1 === 0 && w2 === 0) return null;
  const [x0, x1] = xDomain;
  const [y0, y1] = yDomain;
  const hits: Vec[] = [];
  const add = (x: number, y: number) => {
    const inside = x >= x0 - EPS && x <= x1 + EPS && y >= y0 - EPS && y <= y1 + EPS;
    if (inside && !hits.some(([hx, hy]) => Math.abs(hx - x) < EPS && Math.abs(hy - y) < EPS)) {
      hits.push([x, y]);
    }
  };
  if (w2 !== 0) for (const x of [x0, x1]) add(x, -(w1 * x + b) / w2);
  if (w1 !== 0) for (const y of [y0, y1]) add(-(w2 * y + b) / w1, y);
  if (hits.length < 2) return null; // misses the box, or only touches a corner
  // A line meets a convex box in at most two distinct points.
  const [p, q] = hits;
  return p[0] < q[0] || (p[0] === q[0] && p[1] <= q[1]) ? [p, q] : [q, p];
}

/**
 * The box split by the line into the region predicted 1 (z ≥ 0) and the region predicted 0
 * (z < 0), as polygons; one of them is empty when the line misses the box.
 */
export function halfPlanes(
  state: Pick<Config, "w1" | "w2" | "b">,
  xDomain: Domain,
  yDomain: Domain,
): { positive: Vec[]; negative: Vec[] } {
  const [x0, x1] = xDomain;
  const [y0, y1] = yDomain;
  const box: Vec[] = [[x0, y0], [x1, y0], [x1, y1], [x0, y1]];
  const z = (p: Vec) => state.w1 * p[0] + state.w2 * p[1] + state.b;
  return { positive: clip(box, (p) => z(p)), negative: clip(box, (p) => -z(p)) };
}

// Sutherland–Hodgman against one half-plane: keeps the part where f ≥ 0.
function clip(polygon: readonly Vec[], f: (p: Vec) => number): Vec[] {
  const out: Vec[] = [];
  for (let i = 0; i < polygon.length; i++) {
    const a = polygon[i];
    const c = polygon[(i + 1) % polygon.length];
    const fa = f(a);
    const fc = f(c);
    if (fa >= 0) out.push(a);
    if (fa >= 0 !== fc >= 0) {
      const t = fa / (fa - fc);
      out.push([a[0] + t * (c[0] - a[0]), a[1] + t * (c[1] - a[1])]);
    }
  }
  return out.length >= 3 ? out : [];
}

// ---------------------------------------------------------------------------------------------
// Attributes: how a page or a link configures the widget.

export const ATTRIBUTES = ["w1", "w2", "b", "dataset", "lr"] as const;
export type AttributeName = (typeof ATTRIBUTES)[number];

export function isDatasetName(value: unknown): value is DatasetName {
  return typeof value === "string" && (DATASETS as readonly string[]).includes(value);
}

function parseNumber(text: string | null | undefined, fallback: number): number {
  if (text == null || text.trim() === "") return fallback;
  const n = Number(text);
  return Number.isFinite(n) ? n : fallback;
}

/** Reads a configuration; a missing or malformed attribute falls back to its default. */
export function parseAttributes(read: (name: AttributeName) => string | null | undefined): Config {
  const dataset = read("dataset")?.trim().toLowerCase();
  const lr = parseNumber(read("lr"), DEFAULT_CONFIG.learningRate);
  return {
    w1: parseNumber(read("w1"), DEFAULT_CONFIG.w1),
    w2: parseNumber(read("w2"), DEFAULT_CONFIG.w2),
    b: parseNumber(read("b"), DEFAULT_CONFIG.b),
    learningRate: lr > 0 ? lr : DEFAULT_CONFIG.learningRate,
    dataset: isDatasetName(dataset) ? dataset : DEFAULT_CONFIG.dataset,
  };
}

/** Rounds to 4 decimals, which is what a slider or a link needs, and never writes "-0". */
export function formatNumber(n: number): string {
  const r = Math.round(n * 1e4) / 1e4;
  return String(r === 0 ? 0 : r);
}

export function toAttributes(config: Config): Record<AttributeName, string> {
  return {
    w1: formatNumber(config.w1),
    w2: formatNumber(config.w2),
    b: formatNumber(config.b),
    dataset: config.dataset,
    lr: formatNumber(config.learningRate),
  };
}

// ---------------------------------------------------------------------------------------------
// What the status line says.

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** "3 of 40 points misclassified" */
export function misclassifiedText(state: PerceptronState): string {
  return `${misclassified(state).length} of ${state.points.length} points misclassified`;
}

/** The summary after Train, from its result. */
export function trainingText(result: Pick<TrainResult, "state" | "converged" | "epochs">): string {
  const { state, converged, epochs } = result;
  if (converged) return `Converged after ${plural(epochs, "epoch")}: ${misclassifiedText(state)}.`;
  const wrong = misclassified(state).length;
  const tail = state.dataset === "xor" ? " — no line separates XOR." : ".";
  return `Still ${wrong} misclassified after ${plural(epochs, "epoch")}${tail}`;
}
