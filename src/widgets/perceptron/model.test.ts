import { describe, expect, it } from "vitest";
import { data } from "@nnbook/nn";
import { datasetPoints, type Point } from "./datasets.ts";
import { viewDomain } from "./geometry.ts";
import {
  continueTraining,
  createState,
  epoch,
  misclassified,
  predict,
  setDataset,
  startTraining,
  train,
  trainStep,
  weightedSum,
  type Config,
  type PerceptronState,
} from "./model.ts";
import { misclassifiedText, trainingText } from "./text.ts";

// A state over hand-made points, so expected numbers can be worked out on paper.
function stateWith(points: Point[], weights: Partial<Config> = {}): PerceptronState {
  return { ...createState({ w1: 0, w2: 0, b: 0, learningRate: 1, ...weights }), points };
}

describe("datasets", () => {
  it("datasetPoints(name) converts the engine's gates to points with 0/1 labels", () => {
    expect(datasetPoints("and")).toEqual([
      { x1: 0, x2: 0, label: 0 },
      { x1: 0, x2: 1, label: 0 },
      { x1: 1, x2: 0, label: 0 },
      { x1: 1, x2: 1, label: 1 },
    ]);
    expect(datasetPoints("or").map((p) => p.label)).toEqual([0, 1, 1, 1]);
    expect(datasetPoints("xor").map((p) => p.label)).toEqual([0, 1, 1, 0]);
  });

  it("datasetPoints(name) matches the engine's tensors element for element", () => {
    const { X, y } = data.xor();
    const points = datasetPoints("xor");
    points.forEach((p, i) => {
      expect([p.x1, p.x2, p.label]).toEqual([X.data[2 * i], X.data[2 * i + 1], y.data[i]]);
    });
  });

  it("datasetPoints(\"separable\") has 40 points of both classes inside its view", () => {
    const points = datasetPoints("separable");
    expect(points).toHaveLength(40);
    expect(new Set(points.map((p) => p.label))).toEqual(new Set([0, 1]));
    const [lo, hi] = viewDomain("separable");
    for (const p of points) {
      expect(p.x1).toBeGreaterThan(lo);
      expect(p.x1).toBeLessThan(hi);
      expect(p.x2).toBeGreaterThan(lo);
      expect(p.x2).toBeLessThan(hi);
    }
  });

  it("createState() starts with several misclassified points on every data set", () => {
    for (const name of ["separable", "and", "or", "xor"] as const) {
      expect(misclassified(createState({ dataset: name })).length, name).toBeGreaterThanOrEqual(name === "separable" ? 5 : 2);
    }
  });

  it("setDataset(state, name) swaps the points, keeps the weights and restarts the counters", () => {
    const trained = trainStep(createState()).state;
    const s = setDataset(trained, "xor");
    expect(s.points).toBe(datasetPoints("xor"));
    expect([s.w1, s.w2, s.b]).toEqual([trained.w1, trained.w2, trained.b]);
    expect([s.steps, s.epochs, s.lastUpdated]).toEqual([0, 0, -1]);
    expect(trained.dataset).toBe("separable");
  });
});

describe("predict", () => {
  it("predict(state, point) is 1 on the line itself (z = 0 counts as class 1)", () => {
    expect(predict({ w1: 1, w2: -1, b: 0 }, { x1: 0.5, x2: 0.5 })).toBe(1);
  });

  it("predict(state, point) steps from 1 to 0 as z crosses zero", () => {
    const w = { w1: 2, w2: 0, b: -1 };
    expect(weightedSum(w, { x1: 0.51, x2: 9 })).toBeCloseTo(0.02, 12);
    expect(predict(w, { x1: 0.51, x2: 9 })).toBe(1);
    expect(predict(w, { x1: 0.49, x2: 9 })).toBe(0);
  });

  it("misclassified(state) lists the indices whose prediction differs from the label", () => {
    const s = stateWith(
      [
        { x1: 1, x2: 0, label: 1 }, // z = 1  → 1, right
        { x1: -1, x2: 0, label: 1 }, // z = -1 → 0, wrong
        { x1: 2, x2: 0, label: 0 }, // z = 2  → 1, wrong
        { x1: -2, x2: 0, label: 0 }, // z = -2 → 0, right
      ],
      { w1: 1 },
    );
    expect(misclassified(s)).toEqual([1, 2]);
    expect(misclassifiedText(s)).toBe("2 of 4 points misclassified");
  });
});

describe("trainStep", () => {
  const points: Point[] = [
    { x1: 1, x2: 1, label: 1 }, // right under w = (1, 0), b = 0
    { x1: -1, x2: 2, label: 1 }, // wrong: z = -1
    { x1: 2, x2: -1, label: 0 }, // wrong: z = 2
  ];

  it("trainStep(state) applies w ← w + η (y − ŷ) x to the first misclassified point", () => {
    const { state, index } = trainStep(stateWith(points, { w1: 1, learningRate: 0.5 }));
    expect(index).toBe(1);
    // y − ŷ = 1: w = (1, 0) + 0.5 · (−1, 2) = (0.5, 1), b = 0 + 0.5
    expect([state.w1, state.w2, state.b]).toEqual([0.5, 1, 0.5]);
    expect([state.steps, state.lastUpdated]).toEqual([1, 1]);
  });

  it("trainStep(state) subtracts the point when a 0 is predicted as 1", () => {
    const s = stateWith(points, { w1: 1, learningRate: 0.5 });
    const { state, index } = trainStep({ ...s, lastUpdated: 1 });
    expect(index).toBe(2);
    // y − ŷ = −1: w = (1, 0) − 0.5 · (2, −1) = (0, 0.5), b = −0.5
    expect([state.w1, state.w2, state.b]).toEqual([0, 0.5, -0.5]);
  });

  it("trainStep(state) cycles on from the last updated point and wraps around", () => {
    const s = stateWith(points, { w1: 1, learningRate: 1e-6 }); // tiny steps: both stay wrong
    const first = trainStep(s);
    const second = trainStep(first.state);
    const third = trainStep(second.state);
    expect([first.index, second.index, third.index]).toEqual([1, 2, 1]);
  });

  it("trainStep(state) moves the boundary toward the misclassified point", () => {
    let s = createState();
    for (let k = 0; k < 10; k++) {
      const { state, index } = trainStep(s);
      expect(index).not.toBeNull();
      const p = s.points[index ?? 0];
      const sign = p.label === 1 ? 1 : -1; // positive when the point is on its own side
      expect(sign * weightedSum(state, p)).toBeGreaterThan(sign * weightedSum(s, p));
      s = state;
    }
  });

  it("trainStep(state) returns the same state and no point once nothing is misclassified", () => {
    const s = stateWith([{ x1: 1, x2: 0, label: 1 }], { w1: 1 });
    expect(trainStep(s)).toEqual({ state: s, index: null });
  });

  it("trainStep(state) leaves its input untouched", () => {
    const s = createState();
    const copy = structuredClone(s);
    trainStep(s);
    expect(s).toEqual(copy);
  });
});

describe("train", () => {
  it("train(state) converges on the separable set", () => {
    const r = train(createState({ dataset: "separable" }), { maxEpochs: 100 });
    expect(r.converged).toBe(true);
    expect(misclassified(r.state)).toEqual([]);
    expect(r.epochs).toBeGreaterThan(0);
    expect(r.state.epochs).toBe(r.epochs);
    expect(r.state.steps).toBe(r.updates);
    expect(trainingText(r)).toMatch(/^Converged after \d+ epochs?: 0 of 40 points misclassified\.$/);
  });

  it("train(state) converges on AND and on OR", () => {
    for (const name of ["and", "or"] as const) {
      const r = train(createState({ dataset: name }), { maxEpochs: 100 });
      expect(r.converged, name).toBe(true);
      expect(r.state.points.map((p) => predict(r.state, p)), name).toEqual(r.state.points.map((p) => p.label));
    }
  });

  it("train(state) never converges on XOR", () => {
    const r = train(createState({ dataset: "xor" }), { maxEpochs: 500 });
    expect(r.converged).toBe(false);
    expect(r.epochs).toBe(500);
    expect(misclassified(r.state).length).toBeGreaterThan(0);
    expect(trainingText(r)).toMatch(/^Still \d misclassified after 500 epochs — no line separates XOR\.$/);
  });

  it("train(state) learns AND from zero weights in 6 epochs and 11 updates, as the chapter says", () => {
    const r = train(createState({ dataset: "and", w1: 0, w2: 0, b: 0, learningRate: 1 }));
    expect([r.converged, r.epochs, r.updates]).toEqual([true, 6, 11]);
    expect([r.state.w1, r.state.w2, r.state.b]).toEqual([2, 1, -3]);
  });

  it("train(state) makes one clean pass and no update when nothing is misclassified", () => {
    const done = train(createState()).state;
    const again = train(done);
    expect([again.converged, again.epochs, again.updates]).toEqual([true, 1, 0]);
    expect([again.state.w1, again.state.w2, again.state.b]).toEqual([done.w1, done.w2, done.b]);
    expect(trainingText(again)).toBe("Converged after 1 epoch: 0 of 40 points misclassified.");
  });

  it("continueTraining(startTraining(state, n)) until done is train(state, { maxEpochs: n })", () => {
    for (const [name, n] of [["separable", 40], ["xor", 7], ["and", 0]] as const) {
      const s = createState({ dataset: name });
      let run = startTraining(s, n);
      while (!run.done) run = continueTraining(run);
      const { state, converged, epochs, updates } = run;
      expect({ state, converged, epochs, updates }, name).toEqual(train(s, { maxEpochs: n }));
    }
  });

  it("train(state) is a run of epoch(state) and is deterministic", () => {
    const s = createState();
    const one = epoch(epoch(s).state).state;
    const r = train(s, { maxEpochs: 2 });
    expect(r.state).toEqual(one);
    expect(train(s)).toEqual(train(s));
  });
});
