// The forward-pass widget's model: a 2-3-2 network's inputs, parameters and activations, and the
// forward pass computed with the engine (nn.Linear and the activation modules), so the numbers are
// the ones a chapter cell gets. No DOM; element.ts draws it.
//
// Shapes follow the engine: layer l's weight is [out, in] (row k holds unit k's weights), its bias
// [out]; weights[l - 1][k][i] is w_{k i}^{(l)}, the weight unit k of layer l gives input i.
import { Generator, nn, noGrad, tensor } from "@nnbook/nn";
import { activationModule, type HiddenActivation, type OutputActivation } from "./activations.ts";

/** Units per layer: 2 inputs, 3 hidden units, 2 outputs. */
export const SIZES = [2, 3, 2] as const;

export interface LayerParameters {
  /** [out][in]: weight[k][i] is the weight unit k gives input i. */
  readonly weight: readonly (readonly number[])[];
  /** [out] */
  readonly bias: readonly number[];
}

/** What the edges are labelled with: each weight w, or what the edge carries, w · a. */
export type EdgeLabels = "weight" | "product";

export function isEdgeLabels(value: unknown): value is EdgeLabels {
  return value === "weight" || value === "product";
}

/** What a link can configure: the attributes x, w1, b1, w2, b2, activation, output, edges and seed. */
export interface Config {
  /** The input x = (x₁, x₂). */
  readonly x: readonly number[];
  /** Layer 1 (input → hidden) and layer 2 (hidden → output). */
  readonly layers: readonly [LayerParameters, LayerParameters];
  readonly activation: HiddenActivation;
  readonly output: OutputActivation;
  readonly edges: EdgeLabels;
  /** The seed the starting weights were drawn with. */
  readonly seed: number;
}

export type State = Config;

/**
 * The seed of the default weights, the one the chapter's 2-3-2 cell uses (manualSeed(0)), so with
 * the default input x = (1, 2) and ReLU the widget shows that cell's first row.
 */
export const DEFAULT_SEED = 0;

/** Every number in the state is a float32 value, as the engine stores it, so nothing is lost on the way in. */
export const float32 = (n: number): number => Math.fround(n);

/**
 * The starting parameters for a seed: nn.Linear(2, 3) then nn.Linear(3, 2) drawn from one
 * Generator(seed), the same numbers as manualSeed(seed) followed by the two layers.
 */
export function seededLayers(seed: number): [LayerParameters, LayerParameters] {
  const generator = new Generator(seed);
  const first = new nn.Linear(SIZES[0], SIZES[1], { generator });
  const second = new nn.Linear(SIZES[1], SIZES[2], { generator });
  return [fromLinear(first), fromLinear(second)];
}

function fromLinear(layer: nn.Linear): LayerParameters {
  const bias = layer.bias ? (layer.bias.toArray() as number[]) : new Array<number>(layer.outFeatures).fill(0);
  return { weight: layer.weight.toArray() as number[][], bias };
}

export const DEFAULT_CONFIG: Config = {
  x: [1, 2],
  layers: seededLayers(DEFAULT_SEED),
  activation: "relu",
  output: "linear",
  edges: "weight",
  seed: DEFAULT_SEED,
};

export function createState(config: Partial<Config> = {}): State {
  const seed = config.seed ?? DEFAULT_CONFIG.seed;
  const layers = config.layers ?? (seed === DEFAULT_SEED ? DEFAULT_CONFIG.layers : seededLayers(seed));
  return { ...DEFAULT_CONFIG, ...config, seed, layers };
}

/** A neuron: layer 0 holds the inputs, 1 the hidden units, 2 the outputs; unit counts from 0. */
export interface NeuronRef {
  readonly layer: 0 | 1 | 2;
  readonly unit: number;
}

/** A parameter: w_{row col}^{(layer)} when col is a number, the bias b_{row}^{(layer)} when null. */
export interface ParameterRef {
  readonly layer: 1 | 2;
  readonly row: number;
  readonly col: number | null;
}

/** Every parameter, layer by layer, each unit's weights then its bias. */
export function allParameters(): ParameterRef[] {
  const refs: ParameterRef[] = [];
  for (const layer of [1, 2] as const) {
    for (let row = 0; row < SIZES[layer]; row++) {
      for (let col = 0; col < SIZES[layer - 1]; col++) refs.push({ layer, row, col });
      refs.push({ layer, row, col: null });
    }
  }
  return refs;
}

export function getParameter(state: State, p: ParameterRef): number {
  const layer = state.layers[p.layer - 1];
  return p.col === null ? layer.bias[p.row] : layer.weight[p.row][p.col];
}

export function setParameter(state: State, p: ParameterRef, number: number): State {
  const value = float32(number);
  const edit = (layer: LayerParameters): LayerParameters =>
    p.col === null
      ? { ...layer, bias: layer.bias.map((b, k) => (k === p.row ? value : b)) }
      : { ...layer, weight: layer.weight.map((row, k) => (k === p.row ? row.map((w, i) => (i === p.col ? value : w)) : row)) };
  const [first, second] = state.layers;
  return { ...state, layers: p.layer === 1 ? [edit(first), second] : [first, edit(second)] };
}

export function setInput(state: State, index: number, value: number): State {
  return { ...state, x: state.x.map((v, i) => (i === index ? float32(value) : v)) };
}

export function setActivation(state: State, activation: HiddenActivation): State {
  return { ...state, activation };
}

export function setOutput(state: State, output: OutputActivation): State {
  return { ...state, output };
}

export function setEdgeLabels(state: State, edges: EdgeLabels): State {
  return { ...state, edges };
}

/** Everything the forward pass computes, layer by layer, as plain numbers (float32 values). */
export interface Forward {
  /** a⁽⁰⁾ = x, a⁽¹⁾ = h, a⁽²⁾ = ŷ: activations[l][k]. */
  readonly activations: readonly [number[], number[], number[]];
  /** z⁽¹⁾ and z⁽²⁾: preActivations[l - 1][k]. */
  readonly preActivations: readonly [number[], number[]];
  /** What each edge carries: products[l - 1][k][i] = w_{k i}^{(l)} · a_i^{(l−1)}. */
  readonly products: readonly [number[][], number[][]];
}

/** A layer of the network, built from the state's numbers: nn.Linear with its parameters set. */
function linearLayer(p: LayerParameters): nn.Linear {
  const out = p.weight.length;
  const inputs = p.weight[0].length;
  const layer = new nn.Linear(inputs, out, { generator: new Generator(0) }); // the draw is overwritten
  layer.weight.data = Float32Array.from(p.weight.flat());
  if (layer.bias) layer.bias.data = Float32Array.from(p.bias);
  return layer;
}

/** The forward pass: z⁽¹⁾ = W⁽¹⁾x + b⁽¹⁾, h = φ(z⁽¹⁾), z⁽²⁾ = W⁽²⁾h + b⁽²⁾, ŷ = output(z⁽²⁾). */
export function forward(state: State): Forward {
  return noGrad(() => {
    const x = tensor([state.x as number[]]); // a batch of one example, [1, 2]
    const first = linearLayer(state.layers[0]);
    const second = linearLayer(state.layers[1]);
    const z1 = first.forward(x);
    const h = activationModule(state.activation).forward(z1);
    const z2 = second.forward(h);
    const y = activationModule(state.output).forward(z2);
    // each edge's w·a: the weight matrix [out, in] times the layer's input as a row, broadcast
    const products = (layer: typeof first, a: typeof x) => layer.weight.mul(a).toArray() as number[][];
    return {
      activations: [row(x), row(h), row(y)],
      preActivations: [row(z1), row(z2)],
      products: [products(first, x), products(second, h)],
    };
  });
}

const row = (t: { toArray(): unknown }) => (t.toArray() as number[][])[0];

/** The value of a neuron after the forward pass. */
export function activationOf(f: Forward, n: NeuronRef): number {
  return f.activations[n.layer][n.unit];
}
