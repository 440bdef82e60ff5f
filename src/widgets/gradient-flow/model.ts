// The gradient-flow widget's model: a deep network training on the concentric circles by plain
// gradient descent, with the gradient norm of every layer recorded at every step. No DOM.
//
// The state holds engine tensors and is updated in place by trainSteps(); createState() with the
// same config always starts from the same numbers.
import { data, nn, optim, type Tensor } from "@nnbook/nn";
import { DEFAULT_CONFIG, normalizeConfig, type Config } from "./config.ts";
import { buildNetwork, forward, gradientNorms, type Network } from "./network.ts";

/** Training stops by itself after this many steps. */
export const MAX_STEPS = 1000;
/** The toy set: 200 points on two concentric circles (the chapter's cells use the same). */
export const POINTS = 200;

export interface StepRecord {
  readonly step: number;
  readonly loss: number;
  /** ‖∇W⁽ˡ⁾ L‖ for l = 1 … depth + 1. */
  readonly norms: readonly number[];
}

export interface FlowState {
  readonly config: Config;
  readonly network: Network;
  readonly optimizer: optim.SGD;
  readonly X: Tensor;
  readonly Y: Tensor;
  /** Updates applied so far. */
  step: number;
  /** The loss and gradient norms at the current weights (before their update). */
  current: StepRecord;
  /** Every step's record, step 0 first. */
  readonly history: StepRecord[];
  /** Each hidden layer's pre-activations at the current weights, [POINTS, WIDTH] row-major. */
  preActivations: Float32Array[];
  /** Set when the loss stopped being a finite number: the gradients exploded. */
  failure: string | null;
}

let dataset: { X: Tensor; Y: Tensor } | null = null;

function circles(): { X: Tensor; Y: Tensor } {
  if (!dataset) {
    const { X, y } = data.circles(POINTS, { noise: 0.05, seed: 1 });
    dataset = { X, Y: y.reshape([POINTS, 1]) };
  }
  return dataset;
}

export function createState(partial: Partial<Config> = {}): FlowState {
  const config = normalizeConfig({ ...DEFAULT_CONFIG, ...partial });
  const network = buildNetwork(config);
  const { X, Y } = circles();
  const optimizer = new optim.SGD(network.flatMap((layer) => layer.parameters()), { lr: config.learningRate });
  const state: FlowState = {
    config, network, optimizer, X, Y,
    step: 0,
    current: { step: 0, loss: Number.NaN, norms: [] },
    history: [],
    preActivations: [],
    failure: null,
  };
  evaluate(state);
  return state;
}

// Forward and backward at the current weights: the loss, every layer's gradient norm, and the
// pre-activations. The gradients stay in place for the next update.
function evaluate(state: FlowState): void {
  state.optimizer.zeroGrad();
  try {
    const { logits, preActivations } = forward(state.network, state.config.activation, state.X);
    state.preActivations = preActivations;
    const loss = nn.bceWithLogits(logits, state.Y); // throws when the loss is NaN or infinite
    loss.backward();
    const norms = gradientNorms(state.network);
    state.current = { step: state.step, loss: loss.item(), norms };
    state.history.push(state.current);
    const bad = norms.findIndex((n) => !Number.isFinite(n));
    if (bad >= 0) state.failure = `the gradient of layer ${bad + 1} overflowed to ${norms[bad]}`;
  } catch (error) {
    // the engine's losses refuse NaN and Infinity: "bceWithLogits: the loss is NaN — …"
    const message = error instanceof Error ? error.message : String(error);
    state.failure = message.replace(/^bceWithLogits: /, "").replace(/ — .*$/, "");
  }
}

/** True once training cannot go on: the loss blew up, or MAX_STEPS were taken. */
export function isFinished(state: FlowState): boolean {
  return state.failure !== null || state.step >= MAX_STEPS;
}

/** Takes up to n steps of gradient descent, θ ← θ − η∇θL, recording each; returns the state. */
export function trainSteps(state: FlowState, n = 1): FlowState {
  for (let i = 0; i < n && !isFinished(state); i++) {
    state.optimizer.step();
    state.step++;
    evaluate(state);
  }
  return state;
}

/** A new run with some settings changed; the histogram's layer alone keeps the run going. */
export function reconfigure(state: FlowState, change: Partial<Config>): FlowState {
  const config = normalizeConfig({ ...state.config, ...change });
  const { layer, ...rest } = config;
  const same = (Object.keys(rest) as (keyof typeof rest)[]).every((k) => rest[k] === state.config[k]);
  if (same) return { ...state, config: { ...state.config, layer } } as FlowState;
  return createState(config);
}
