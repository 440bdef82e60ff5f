import { describe, expect, test } from "vitest";
import { createState, isFinished, reconfigure, trainSteps, POINTS, type FlowState } from "./model.ts";
import { activationSlope, activationValue } from "./histogram.ts";

// An independent reference: the network's loss gradient by hand, in float64, from the weights'
// numbers alone (forward, BCE with logits averaged over the points, backward layer by layer).
function referenceNorms(state: FlowState): number[] {
  const act = state.config.activation;
  const X = state.X.toArray() as number[][];
  const y = state.Y.data;
  const layers = state.network.map((l) => ({
    W: l.weight.toArray() as number[][],
    b: Array.from(l.bias!.data),
  }));
  const gradW = layers.map(({ W }) => W.map((row) => row.map(() => 0)));
  X.forEach((x, j) => {
    const as: number[][] = [x];
    const zs: number[][] = [];
    layers.forEach(({ W, b }, l) => {
      const z = W.map((row, k) => row.reduce((s, w, i) => s + w * as[l][i], b[k]));
      zs.push(z);
      as.push(l < layers.length - 1 ? z.map((v) => activationValue(act, v)) : z);
    });
    const logit = zs[zs.length - 1][0];
    // d/dz of mean BCE-with-logits: (σ(z) − y) / m
    let delta = [(1 / (1 + Math.exp(-logit)) - y[j]) / POINTS];
    for (let l = layers.length - 1; l >= 0; l--) {
      delta.forEach((d, k) => as[l].forEach((a, i) => (gradW[l][k][i] += d * a)));
      if (l === 0) break;
      const W = layers[l].W;
      delta = as[l].map((_, i) => W.reduce((s, row, k) => s + row[i] * delta[k], 0) * activationSlope(act, zs[l - 1][i]));
    }
  });
  return gradW.map((g) => Math.sqrt(g.flat().reduce((s, v) => s + v * v, 0)));
}

describe("createState(config)", () => {
  test.each(["sigmoid", "tanh", "relu"] as const)("records ‖∇W⁽ˡ⁾L‖ of every layer as a float64 backprop by hand does (%s)", (activation) => {
    const state = trainSteps(createState({ activation, depth: 3, init: "xavier", seed: 3 }), 5);
    const expected = referenceNorms(state);
    expect(state.current.norms).toHaveLength(4);
    state.current.norms.forEach((n, l) => expect(Math.abs(n - expected[l]) / expected[l]).toBeLessThan(1e-3));
  });

  test("at its defaults, reproduces the chapter's measuring cell (eight sigmoid layers of 16, seed 0)", () => {
    const norms = createState().current.norms;
    expect(norms[0]).toBeCloseTo(1.1e-9, 10);
    expect(norms[8]).toBeCloseTo(5.5e-2, 2);
  });

  test("a deep sigmoid net with the default initialisation: layer 1's gradient is far below the last layer's", () => {
    const { current, preActivations } = createState({ activation: "sigmoid", init: "default", depth: 8 });
    const norms = current.norms;
    expect(norms).toHaveLength(9);
    for (let l = 1; l < 9; l++) expect(norms[l - 1]).toBeLessThan(norms[l]); // falls off towards the input
    expect(current.loss).toBeCloseTo(Math.LN2, 2);
    expect(preActivations).toHaveLength(8);
    expect(preActivations[0]).toHaveLength(POINTS * 16);
  });

  test("ReLU with He initialisation does not vanish, and learns the circles", () => {
    const state = createState({ activation: "relu", init: "he", depth: 8 });
    const norms = state.current.norms;
    expect(norms[0] / norms[8]).toBeGreaterThan(1e-2);
    trainSteps(state, 150);
    expect(state.failure).toBeNull();
    expect(state.current.loss).toBeLessThan(0.3);
  });

  test("small N(0, 0.01²) weights make layer 1's gradient vanish under every activation", () => {
    for (const activation of ["sigmoid", "tanh", "relu"] as const) {
      const { norms } = createState({ activation, init: "small", depth: 8 }).current;
      expect(norms[0]).toBeLessThan(1e-8);
    }
  });

  test("is deterministic for a seed, and the seed matters", () => {
    const a = trainSteps(createState({ seed: 7, activation: "tanh" }), 10);
    const b = trainSteps(createState({ seed: 7, activation: "tanh" }), 10);
    const c = trainSteps(createState({ seed: 8, activation: "tanh" }), 10);
    expect(b.history.map((r) => r.norms)).toEqual(a.history.map((r) => r.norms));
    expect(c.current.norms).not.toEqual(a.current.norms);
  });
});

describe("trainSteps(state, n)", () => {
  test("takes n steps and records each one", () => {
    const state = trainSteps(createState(), 3);
    expect(state.step).toBe(3);
    expect(state.history.map((r) => r.step)).toEqual([0, 1, 2, 3]);
  });

  test("stops when ReLU with N(0, 1) weights explodes, and says why", () => {
    const state = createState({ activation: "relu", init: "large", depth: 8 });
    expect(state.current.norms[0]).toBeGreaterThan(10);
    trainSteps(state, 50);
    expect(state.failure ?? "").toMatch(/NaN|Infinity/);
    expect(isFinished(state)).toBe(true);
    const step = state.step;
    trainSteps(state, 5);
    expect(state.step).toBe(step);
  });
});

describe("reconfigure(state, change)", () => {
  test("changing only the histogram's layer keeps the run; anything else starts a new one", () => {
    const state = trainSteps(createState(), 4);
    const moved = reconfigure(state, { layer: 5 });
    expect(moved.step).toBe(4);
    expect(moved.config.layer).toBe(5);
    const fresh = reconfigure(moved, { activation: "relu" });
    expect(fresh.step).toBe(0);
    expect(fresh.config).toMatchObject({ activation: "relu", layer: 5 });
  });

  test("keeps depth in 2 … 10 and the layer inside the network", () => {
    const state = reconfigure(createState({ layer: 8 }), { depth: 3 });
    expect(state.config).toMatchObject({ depth: 3, layer: 3 });
    expect(reconfigure(state, { depth: 40 }).config.depth).toBe(10);
  });
});
