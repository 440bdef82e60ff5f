// The perceptron widget's model: state and update, no DOM. The element in element.ts draws it.
//
// Activation convention, used everywhere in this widget: ŷ = 1 when z = w₁x₁ + w₂x₂ + b ≥ 0, else 0.
// So a point exactly on the line counts as class 1, and the class-1 half-plane includes the line.
import { datasetPoints, type DatasetName, type Point } from "./datasets.ts";

/** What a link can configure: the attributes w1, w2, b, lr and dataset. */
export interface Config {
  readonly w1: number;
  readonly w2: number;
  readonly b: number;
  readonly learningRate: number;
  readonly dataset: DatasetName;
}

/** The parameters of the line w₁x₁ + w₂x₂ + b = 0. */
export type Weights = Pick<Config, "w1" | "w2" | "b">;

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

export function createState(config: Partial<Config> = {}): PerceptronState {
  const full = { ...DEFAULT_CONFIG, ...config };
  return { ...full, points: datasetPoints(full.dataset), steps: 0, epochs: 0, lastUpdated: -1 };
}

/** Swaps the points and restarts the counters; the weights stay where the reader put them. */
export function setDataset(state: PerceptronState, name: DatasetName): PerceptronState {
  return { ...state, dataset: name, points: datasetPoints(name), steps: 0, epochs: 0, lastUpdated: -1 };
}

export function setWeights(state: PerceptronState, weights: Partial<Weights>): PerceptronState {
  return { ...state, ...weights };
}

/** z = w₁x₁ + w₂x₂ + b */
export function weightedSum(state: Weights, point: Pick<Point, "x1" | "x2">): number {
  return state.w1 * point.x1 + state.w2 * point.x2 + state.b;
}

/** Step activation: 1 when z ≥ 0, else 0. */
export function predict(state: Weights, point: Pick<Point, "x1" | "x2">): 0 | 1 {
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

/** A training run in progress, one epoch at a time, so the element can animate what train() does. */
export interface TrainingRun extends TrainResult {
  readonly maxEpochs: number;
  /** The last epoch made no update, or maxEpochs have run. */
  readonly done: boolean;
}

export function startTraining(state: PerceptronState, maxEpochs: number): TrainingRun {
  const converged = misclassified(state).length === 0;
  return { state, converged, epochs: 0, updates: 0, maxEpochs, done: maxEpochs <= 0 };
}

/** Runs the next epoch of the run; it is done after a clean pass (which counts) or at maxEpochs. */
export function continueTraining(run: TrainingRun): TrainingRun {
  const { state, updates } = epoch(run.state);
  const epochs = run.epochs + 1;
  return {
    state,
    converged: misclassified(state).length === 0,
    epochs,
    updates: run.updates + updates,
    maxEpochs: run.maxEpochs,
    done: updates === 0 || epochs >= run.maxEpochs,
  };
}

/**
 * Runs epochs until one makes no update (that clean pass counts, as in the chapter's loop) or
 * maxEpochs have run. Converges on separable data (the perceptron convergence theorem); on XOR it
 * cannot, since no line separates the classes.
 */
export function train(state: PerceptronState, { maxEpochs = 100 }: { maxEpochs?: number } = {}): TrainResult {
  let run = startTraining(state, maxEpochs);
  while (!run.done) run = continueTraining(run);
  const { converged, epochs, updates } = run;
  return { state: run.state, converged, epochs, updates };
}
