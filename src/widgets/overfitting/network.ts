// The playground's network, built with the engine: `depth` hidden layers of `width` ReLU units,
// each followed by dropout when the rate is above 0, and one output logit. Its weights and its
// dropout masks come from generators seeded by the configuration, never the global one.
import { Generator, nn, type Tensor } from "@nnbook/nn";
import type { Config } from "./config.ts";

export interface Network {
  readonly model: nn.Sequential;
  /** The weight matrices, first layer first: what L1, L2 and the histogram are about (not the biases). */
  readonly weights: readonly Tensor[];
}

export function buildNetwork(config: Pick<Config, "width" | "depth" | "dropout" | "seed">): Network {
  const weightsFrom = new Generator(config.seed + 1);
  const masksFrom = new Generator(config.seed + 2);
  const layers: nn.Module[] = [];
  let inFeatures = 2;
  for (let l = 0; l < config.depth; l++) {
    layers.push(new nn.Linear(inFeatures, config.width, { generator: weightsFrom }), new nn.ReLU());
    if (config.dropout > 0) layers.push(new nn.Dropout(config.dropout, { generator: masksFrom }));
    inFeatures = config.width;
  }
  layers.push(new nn.Linear(inFeatures, 1, { generator: weightsFrom }));
  const model = new nn.Sequential(...layers);
  return { model, weights: layers.filter((m): m is nn.Linear => m instanceof nn.Linear).map((m) => m.weight) };
}

/** The training objective: mean BCE on the batch plus λ₁ Σ|w| and λ₂ Σw² over the weights. */
export function objective(network: Network, X: Tensor, Y: Tensor, l1: number, l2: number): Tensor {
  let loss = nn.bceWithLogits(network.model.forward(X), Y);
  if (l1 > 0) loss = loss.add(nn.l1Penalty([...network.weights]).mul(l1));
  if (l2 > 0) loss = loss.add(nn.l2Penalty([...network.weights]).mul(l2));
  return loss;
}

/** Every weight's value (not the biases), first layer first. */
export function weightValues(network: Network): Float32Array {
  const size = network.weights.reduce((n, w) => n + w.size, 0);
  const out = new Float32Array(size);
  let at = 0;
  for (const w of network.weights) {
    out.set(w.data, at);
    at += w.size;
  }
  return out;
}
