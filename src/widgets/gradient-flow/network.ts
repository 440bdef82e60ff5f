// The widget's deep network: `depth` hidden layers of WIDTH units and one output unit (a logit),
// built with the engine, plus a forward pass that keeps every hidden layer's pre-activations.
import { Generator, init, nn, type Tensor } from "@nnbook/nn";
import { WIDTH, type ActivationName, type Config } from "./config.ts";

export type Network = readonly nn.Linear[];

/** The layers with weights, first to last: 2 → WIDTH, (depth − 1) × WIDTH → WIDTH, WIDTH → 1. */
export function buildNetwork(config: Pick<Config, "depth" | "init" | "seed">): Network {
  const generator = new Generator(config.seed);
  const layers: nn.Linear[] = [];
  for (let l = 0; l <= config.depth; l++) {
    const inFeatures = l === 0 ? 2 : WIDTH;
    const outFeatures = l === config.depth ? 1 : WIDTH;
    const layer = new nn.Linear(inFeatures, outFeatures, { generator });
    initialise(layer, config.init, generator);
    layers.push(layer);
  }
  return layers;
}

function initialise(layer: nn.Linear, scheme: Config["init"], generator: Generator): void {
  if (scheme === "default") return; // Linear's own U(±1/√n_in), biases included
  const options = { generator };
  const w = layer.weight;
  if (scheme === "small") init.normal(w, 0, 0.01, options);
  else if (scheme === "xavier") init.xavierUniform(w, options);
  else if (scheme === "he") init.heNormal(w, options);
  else init.normal(w, 0, 1, options);
  if (layer.bias) init.zeros(layer.bias);
}

export function activate(z: Tensor, activation: ActivationName): Tensor {
  if (activation === "sigmoid") return z.sigmoid();
  if (activation === "tanh") return z.tanh();
  return z.relu();
}

export interface ForwardResult {
  /** The output layer's logits, [m, 1]. */
  readonly logits: Tensor;
  /** Each hidden layer's pre-activations z⁽ˡ⁾ as plain numbers ([m, WIDTH] row-major), l = 1 … depth. */
  readonly preActivations: Float32Array[];
}

export function forward(network: Network, activation: ActivationName, X: Tensor): ForwardResult {
  const preActivations: Float32Array[] = [];
  let a = X;
  network.forEach((layer, l) => {
    const z = layer.forward(a);
    if (l < network.length - 1) {
      preActivations.push(z.data.slice());
      a = activate(z, activation);
    } else {
      a = z;
    }
  });
  return { logits: a, preActivations };
}

/** ‖∇W⁽ˡ⁾ L‖, the Frobenius norm of each layer's weight gradient (0 before any backward pass). */
export function gradientNorms(network: Network): number[] {
  return network.map((layer) => {
    const g = layer.weight.grad?.data;
    if (!g) return 0;
    let sum = 0; // float64, rounded once
    for (let i = 0; i < g.length; i++) sum += g[i] * g[i];
    return Math.sqrt(sum);
  });
}
