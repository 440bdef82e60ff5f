// The backprop-steps widget's model: which step of which training iteration the reader is on, and
// the weights each iteration started from. No DOM; element.ts draws it. The numbers of a step come
// from trace() in network.ts.
import { initialParams, trace, type Example, type Params, type Trace } from "./network.ts";

/** The steps of one iteration, in order; "start" (nothing computed yet) only begins the first. */
export const STEPS = ["start", "forward1", "forward2", "loss", "delta2", "grad2", "delta1", "grad1", "update"] as const;
export type StepId = (typeof STEPS)[number];
/** The last step, "update": the next one starts a new iteration. */
export const LAST_STEP = STEPS.length - 1;
/** The step from which the loss of an iteration is known. */
export const LOSS_STEP = STEPS.indexOf("loss");

/** What a page or a link configures (besides the weights and the step, see attributes.ts). */
export interface Config {
  /** Seeds the starting weights (the engine's default initialisation). */
  readonly seed: number;
  /** Learning rate η. */
  readonly lr: number;
  readonly example: Example;
}

export const DEFAULT_CONFIG: Config = { seed: 0, lr: 1, example: { x: [1, 0.5], y: 1 } };

export interface BackpropState {
  readonly config: Config;
  /** The weights each iteration started from, oldest first; the last is the current iteration's. */
  readonly iterations: readonly Params[];
  /** The number of the first iteration kept (1, unless the state was restored mid-training). */
  readonly firstIteration: number;
  /** Index into STEPS of the step last done. */
  readonly step: number;
}

export interface Restore {
  /** The current iteration's starting weights; by default the seed's. */
  readonly params?: Params;
  readonly step?: number;
  readonly iteration?: number;
}

export function createState(config: Config = DEFAULT_CONFIG, restore: Restore = {}): BackpropState {
  const step = clampStep(restore.step ?? 0);
  const iteration = Math.max(1, Math.floor(restore.iteration ?? 1));
  return { config, iterations: [restore.params ?? initialParams(config.seed)], firstIteration: iteration, step };
}

function clampStep(step: number): number {
  return Number.isInteger(step) ? Math.min(Math.max(step, 0), LAST_STEP) : 0;
}

export function stepId(state: BackpropState): StepId {
  return STEPS[state.step];
}

/** The weights the current iteration started from. */
export function currentParams(state: BackpropState): Params {
  return state.iterations[state.iterations.length - 1];
}

/** 1 for the first iteration. */
export function iterationNumber(state: BackpropState): number {
  return state.firstIteration + state.iterations.length - 1;
}

/** The whole of the current iteration's training step, whichever step is shown. */
export function currentTrace(state: BackpropState): Trace {
  return trace(currentParams(state), state.config.example, state.config.lr);
}

/** One step on; after "update" the next iteration starts, from the updated weights. */
export function next(state: BackpropState): BackpropState {
  if (state.step < LAST_STEP) return { ...state, step: state.step + 1 };
  return { ...state, iterations: [...state.iterations, currentTrace(state).next], step: 1 };
}

/** One step back, into the previous iteration if need be; nothing before the first "start". */
export function previous(state: BackpropState): BackpropState {
  if (state.step > 1) return { ...state, step: state.step - 1 };
  if (state.step === 1 && state.iterations.length > 1) {
    return { ...state, iterations: state.iterations.slice(0, -1), step: LAST_STEP };
  }
  return { ...state, step: 0 };
}

export function canGoBack(state: BackpropState): boolean {
  return state.step > 0;
}

/** A new learning rate, used by the current iteration's update and those after it. */
export function setLearningRate(state: BackpropState, lr: number): BackpropState {
  if (!(Number.isFinite(lr) && lr > 0)) return state;
  return { ...state, config: { ...state.config, lr } };
}

export interface LossPoint {
  readonly iteration: number;
  readonly loss: number;
}

/** The loss of every iteration whose loss step has been reached, oldest first. */
export function lossHistory(state: BackpropState): LossPoint[] {
  const { example } = state.config;
  const known = state.step >= LOSS_STEP ? state.iterations : state.iterations.slice(0, -1);
  // the loss does not depend on the learning rate
  return known.map((p, i) => ({ iteration: state.firstIteration + i, loss: trace(p, example, 1).loss }));
}
