import { describe, expect, it } from "vitest";
import { manualSeed, nn, tensor } from "@nnbook/nn";
import { HIDDEN_ACTIVATIONS, OUTPUT_ACTIVATIONS } from "./activations.ts";
import {
  DEFAULT_CONFIG,
  DEFAULT_SEED,
  allParameters,
  createState,
  forward,
  getParameter,
  seededLayers,
  setActivation,
  setInput,
  setOutput,
  setParameter,
  type State,
} from "./model.ts";

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

// A network whose forward pass can be worked out on paper.
const paper: State = createState({
  x: [1, 2],
  layers: [
    { weight: [[1, 0], [0, 1], [1, -1]], bias: [0, 0, 0.5] },
    { weight: [[1, 1, 1], [0, -1, 2]], bias: [0, 1] },
  ],
  activation: "relu",
  output: "linear",
});

describe("seededLayers", () => {
  it("seededLayers(seed) is manualSeed(seed) then nn.Linear(2, 3) and nn.Linear(3, 2)", () => {
    for (const seed of [0, DEFAULT_SEED, 17]) {
      manualSeed(seed);
      const first = new nn.Linear(2, 3);
      const second = new nn.Linear(3, 2);
      const rounded = (t: { data: Float32Array }) => Array.from(t.data);
      const [l1, l2] = seededLayers(seed);
      expect(l1.weight.flat()).toEqual(rounded(first.weight));
      expect(l1.bias).toEqual(rounded(first.bias!));
      expect(l2.weight.flat()).toEqual(rounded(second.weight));
      expect(l2.bias).toEqual(rounded(second.bias!));
    }
  });

  it("seededLayers(seed) gives weight [out, in] shapes, bounded by 1/√in, and is deterministic", () => {
    const [l1, l2] = seededLayers(DEFAULT_SEED);
    expect(l1.weight.map((r) => r.length)).toEqual([2, 2, 2]);
    expect(l2.weight.map((r) => r.length)).toEqual([3, 3]);
    expect([l1.bias.length, l2.bias.length]).toEqual([3, 2]);
    for (const w of l1.weight.flat()) expect(Math.abs(w)).toBeLessThanOrEqual(1 / Math.SQRT2);
    for (const w of l2.weight.flat()) expect(Math.abs(w)).toBeLessThanOrEqual(1 / Math.sqrt(3));
    expect(seededLayers(DEFAULT_SEED)).toEqual(seededLayers(DEFAULT_SEED));
    expect(seededLayers(1)).not.toEqual(seededLayers(DEFAULT_SEED));
  });

  it("createState({ seed }) draws the layers from that seed; explicit layers win", () => {
    expect(createState().layers).toEqual(seededLayers(DEFAULT_SEED));
    expect(createState({ seed: 5 }).layers).toEqual(seededLayers(5));
    expect(createState({ seed: 5, layers: paper.layers }).layers).toBe(paper.layers);
  });
});

describe("forward", () => {
  it("forward(state) computes z = Wa + b and a = φ(z) layer by layer (worked on paper)", () => {
    const f = forward(paper);
    expect(f.activations[0]).toEqual([1, 2]);
    expect(f.preActivations[0]).toEqual([1, 2, -0.5]);
    expect(f.activations[1]).toEqual([1, 2, 0]); // ReLU clips −0.5
    expect(f.preActivations[1]).toEqual([3, -1]);
    expect(f.activations[2]).toEqual([3, -1]); // linear output: ŷ = z
    expect(f.products[0]).toEqual([[1, 0], [0, 2], [1, -2]]);
    expect(f.products[1]).toEqual([[1, 2, 0], [0, -2, 0]]);
  });

  it("forward(state) agrees with nn.Sequential holding the same parameters", () => {
    const s = createState({ x: [0.3, -1.7], activation: "tanh", output: "softmax" });
    const model = new nn.Sequential(new nn.Linear(2, 3), new nn.Tanh(), new nn.Linear(3, 2), new nn.Softmax(-1));
    const dict = {
      "0.weight": Float32Array.from(s.layers[0].weight.flat()),
      "0.bias": Float32Array.from(s.layers[0].bias),
      "2.weight": Float32Array.from(s.layers[1].weight.flat()),
      "2.bias": Float32Array.from(s.layers[1].bias),
    };
    model.loadStateDict(dict);
    const expected = Array.from(model.forward(tensor([[0.3, -1.7]])).data);
    expect(forward(s).activations[2]).toEqual(expected); // the same float32 numbers, exactly
  });

  it("forward(state) with sigmoid hidden units matches the formula in float64 to 1e-6", () => {
    const s = createState({ activation: "sigmoid" });
    const f = forward(s);
    const [l1, l2] = s.layers;
    const h = l1.weight.map((w, k) => sigmoid(w[0] * s.x[0] + w[1] * s.x[1] + l1.bias[k]));
    f.activations[1].forEach((a, k) => expect(a).toBeCloseTo(h[k], 6));
    const z2 = l2.weight.map((w, k) => w.reduce((sum, wi, i) => sum + wi * h[i], l2.bias[k]));
    f.activations[2].forEach((y, k) => expect(y).toBeCloseTo(z2[k], 6));
  });

  it("forward(state): each unit's edge products plus its bias sum to its z", () => {
    const s = createState({ x: [-1.2, 0.8], activation: "leaky-relu" });
    const f = forward(s);
    for (const l of [0, 1] as const) {
      f.preActivations[l].forEach((z, k) => {
        const sum = f.products[l][k].reduce((a, b) => a + b, s.layers[l].bias[k]);
        expect(sum).toBeCloseTo(z, 5);
      });
    }
  });

  it("forward(state) applies each hidden activation elementwise", () => {
    const z = forward(paper).preActivations[0]; // [1, 2, −0.5]
    const expected: Record<string, (v: number) => number> = {
      sigmoid,
      tanh: Math.tanh,
      relu: (v) => Math.max(0, v),
      "leaky-relu": (v) => (v > 0 ? v : 0.01 * v),
      linear: (v) => v,
    };
    for (const name of HIDDEN_ACTIVATIONS) {
      const h = forward(setActivation(paper, name)).activations[1];
      h.forEach((a, k) => expect(a, name).toBeCloseTo(expected[name](z[k]), 6));
    }
  });

  it("forward(state) with a softmax output gives probabilities that sum to 1", () => {
    const f = forward(setOutput(paper, "softmax")); // z⁽²⁾ = [3, −1]
    const [p1, p2] = f.activations[2];
    expect(p1 + p2).toBeCloseTo(1, 6);
    expect(p1).toBeCloseTo(Math.exp(3) / (Math.exp(3) + Math.exp(-1)), 6);
    for (const name of OUTPUT_ACTIVATIONS) expect(forward(setOutput(paper, name)).preActivations[1]).toEqual([3, -1]);
  });

  it("createState() is the chapter's cell: manualSeed(0), Linear(2, 3), ReLU, Linear(3, 2), on x = (1, 2)", () => {
    manualSeed(0);
    const model = new nn.Sequential(new nn.Linear(2, 3), new nn.ReLU(), new nn.Linear(3, 2));
    const expected = Array.from(model.forward(tensor([[1, 2]])).data);
    expect(forward(createState()).activations[2]).toEqual(expected);
  });

  it("forward(state) is deterministic", () => {
    expect(forward(createState())).toEqual(forward(createState()));
  });
});

describe("editing", () => {
  it("allParameters() lists the 17 parameters: 6 + 3 in layer 1, 6 + 2 in layer 2", () => {
    const refs = allParameters();
    expect(refs).toHaveLength(17);
    expect(refs.filter((p) => p.col === null)).toHaveLength(5);
    expect(refs.map((p) => getParameter(DEFAULT_CONFIG, p))).toEqual([
      ...DEFAULT_CONFIG.layers[0].weight[0], DEFAULT_CONFIG.layers[0].bias[0],
      ...DEFAULT_CONFIG.layers[0].weight[1], DEFAULT_CONFIG.layers[0].bias[1],
      ...DEFAULT_CONFIG.layers[0].weight[2], DEFAULT_CONFIG.layers[0].bias[2],
      ...DEFAULT_CONFIG.layers[1].weight[0], DEFAULT_CONFIG.layers[1].bias[0],
      ...DEFAULT_CONFIG.layers[1].weight[1], DEFAULT_CONFIG.layers[1].bias[1],
    ]);
  });

  it("setParameter(state, ref, value) changes that one parameter, leaves the state alone, moves the outputs", () => {
    const s = createState();
    const ref = { layer: 2, row: 0, col: 1 } as const;
    const t = setParameter(s, ref, 0.3);
    expect(getParameter(t, ref)).toBe(Math.fround(0.3)); // stored as the float32 the engine uses
    expect(getParameter(s, ref)).toBe(DEFAULT_CONFIG.layers[1].weight[0][1]);
    const others = allParameters().filter((p) => !(p.layer === 2 && p.row === 0 && p.col === 1));
    for (const p of others) expect(getParameter(t, p)).toBe(getParameter(s, p));
    const [before, after] = [forward(s).activations[2], forward(t).activations[2]];
    expect(after[0]).not.toBeCloseTo(before[0], 3);
    expect(after[1]).toBe(before[1]); // output 2 does not use that weight
    expect(getParameter(setParameter(s, { layer: 1, row: 2, col: null }, -1), { layer: 1, row: 2, col: null })).toBe(-1);
  });

  it("setInput(state, i, value) changes one input", () => {
    const s = setInput(createState(), 1, 3);
    expect(s.x).toEqual([1, 3]);
    expect(forward(s).activations[0]).toEqual([1, 3]);
    expect(setInput(s, 0, 0.1).x[0]).toBe(Math.fround(0.1));
  });
});
