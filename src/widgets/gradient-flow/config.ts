// What a reader (or a link) can choose in the gradient-flow widget, with the names shown for each.

export type ActivationName = "sigmoid" | "tanh" | "relu";
export const ACTIVATIONS: readonly ActivationName[] = ["sigmoid", "tanh", "relu"];
export const ACTIVATION_LABELS: Readonly<Record<ActivationName, string>> = {
  sigmoid: "Sigmoid",
  tanh: "Tanh",
  relu: "ReLU",
};

/**
 * How the weights start. "default" is the engine's (and PyTorch's) uniform ±1/√n_in with its
 * random biases; the others set every weight as named and every bias to zero.
 */
export type InitName = "default" | "small" | "xavier" | "he" | "large";
export const INITS: readonly InitName[] = ["default", "small", "xavier", "he", "large"];
export const INIT_LABELS: Readonly<Record<InitName, string>> = {
  default: "Default, U(±1/√n)",
  small: "Small, N(0, 0.01²)",
  xavier: "Xavier, U(±√(6/(n_in+n_out)))",
  he: "He, N(0, 2/n_in)",
  large: "Large, N(0, 1)",
};

export const MIN_DEPTH = 2;
export const MAX_DEPTH = 10;
/** Units in every hidden layer. */
export const WIDTH = 16;

export interface Config {
  readonly activation: ActivationName;
  readonly init: InitName;
  /** Number of hidden layers; the network has depth + 1 layers with weights. */
  readonly depth: number;
  /** The hidden layer (1 … depth) whose pre-activations the histogram shows. */
  readonly layer: number;
  /** Seed of the weights' generator. */
  readonly seed: number;
  /** Learning rate of plain gradient descent. */
  readonly learningRate: number;
}

/** The chapter's measuring cell: eight sigmoid layers of 16 with the default initialisation. */
export const DEFAULT_CONFIG: Config = {
  activation: "sigmoid",
  init: "default",
  depth: 8,
  layer: 1,
  seed: 0,
  learningRate: 0.1,
};

export function isActivationName(value: unknown): value is ActivationName {
  return typeof value === "string" && (ACTIVATIONS as readonly string[]).includes(value);
}

export function isInitName(value: unknown): value is InitName {
  return typeof value === "string" && (INITS as readonly string[]).includes(value);
}

/** Keeps depth in range and the histogram's layer inside the network. */
export function normalizeConfig(config: Config): Config {
  const depth = Math.min(MAX_DEPTH, Math.max(MIN_DEPTH, Math.round(config.depth)));
  const layer = Math.min(depth, Math.max(1, Math.round(config.layer)));
  return { ...config, depth, layer };
}
