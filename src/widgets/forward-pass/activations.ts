// The activation functions the reader can pick: for the hidden layer, elementwise; for the output
// layer, also softmax, which looks at both outputs at once. Each is applied with the engine's op.
import { nn, type Tensor } from "@nnbook/nn";
import { ACTIVATION_SYMBOLS as KIT_SYMBOLS, LEAKY_SLOPE, type ActivationName } from "../kit/activations.ts";

export type HiddenActivation = ActivationName;
export type OutputActivation = "linear" | "softmax" | "sigmoid";

export const HIDDEN_ACTIVATIONS: readonly HiddenActivation[] = ["sigmoid", "tanh", "relu", "leaky-relu", "linear"];
export const OUTPUT_ACTIVATIONS: readonly OutputActivation[] = ["linear", "softmax", "sigmoid"];

/** The slope of leaky ReLU for z < 0, the engine's default (the kit's, for every widget). */
export { LEAKY_SLOPE };

/** Names in the picker. */
export const ACTIVATION_LABELS: Readonly<Record<HiddenActivation | OutputActivation, string>> = {
  sigmoid: "sigmoid σ",
  tanh: "tanh",
  relu: "ReLU",
  "leaky-relu": "leaky ReLU",
  linear: "linear (none)",
  softmax: "softmax",
};

/** How the function is written in a neuron's arithmetic: "σ", "tanh", "ReLU", … */
export const ACTIVATION_SYMBOLS: Readonly<Record<HiddenActivation | OutputActivation, string>> = {
  ...KIT_SYMBOLS,
  softmax: "softmax",
};

export function isHiddenActivation(value: unknown): value is HiddenActivation {
  return typeof value === "string" && (HIDDEN_ACTIVATIONS as readonly string[]).includes(value);
}

export function isOutputActivation(value: unknown): value is OutputActivation {
  return typeof value === "string" && (OUTPUT_ACTIVATIONS as readonly string[]).includes(value);
}

/** The engine's module for a choice, as a chapter cell would write it in an nn.Sequential. */
export function activationModule(name: HiddenActivation | OutputActivation): { forward(z: Tensor): Tensor } {
  switch (name) {
    case "sigmoid":
      return new nn.Sigmoid();
    case "tanh":
      return new nn.Tanh();
    case "relu":
      return new nn.ReLU();
    case "leaky-relu":
      return new nn.LeakyReLU(LEAKY_SLOPE);
    case "softmax":
      return new nn.Softmax(-1);
    case "linear":
      return { forward: (z) => z };
  }
}
