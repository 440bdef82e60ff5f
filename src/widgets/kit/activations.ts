// The activation functions as the widgets name and compute them on single numbers (to draw a
// curve or a histogram's slope): one vocabulary and one stable sigmoid for every widget. The
// values are the engine's: model tests check each f and f′ against the engine's tensor ops and
// autograd (kit/activations.test.ts).

/** Leaky ReLU's slope for negative inputs: the engine's and PyTorch's default, as the book says. */
export const LEAKY_SLOPE = 0.01;

export type ActivationName = "sigmoid" | "tanh" | "relu" | "leaky-relu" | "linear";

/** How the function is written in a formula: "σ", "tanh", "ReLU", "LeakyReLU", "" for none. */
export const ACTIVATION_SYMBOLS: Readonly<Record<ActivationName, string>> = {
  sigmoid: "σ",
  tanh: "tanh",
  relu: "ReLU",
  "leaky-relu": "LeakyReLU",
  linear: "",
};

/** σ(x) = 1 / (1 + e⁻ˣ), written so neither branch overflows (e^x for x < 0, as the engine does). */
export function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

export interface ScalarActivation {
  f(x: number): number;
  /** f′(x); at a kink (ReLU's 0) the value backward() uses there, as PyTorch: the left slope. */
  df(x: number): number;
}

export const SCALAR: Readonly<Record<ActivationName, ScalarActivation>> = {
  sigmoid: { f: sigmoid, df: (x) => sigmoid(x) * (1 - sigmoid(x)) },
  tanh: { f: Math.tanh, df: (x) => 1 - Math.tanh(x) ** 2 },
  relu: { f: (x) => Math.max(0, x), df: (x) => (x > 0 ? 1 : 0) },
  "leaky-relu": { f: (x) => (x > 0 ? x : LEAKY_SLOPE * x), df: (x) => (x > 0 ? 1 : LEAKY_SLOPE) },
  linear: { f: (x) => x, df: () => 1 },
};
