import { describe, expect, it } from "vitest";
import { Generator, nn, noGrad, optim } from "@nnbook/nn";
import { DEFAULT_CONFIG, type Config } from "./config.ts";
import { POINTS, makePoints, subset } from "./dataset.ts";
import { DIVERGED_LOSS, MAX_STEPS, PATIENCE, bceOf, createRun, trainSteps } from "./model.ts";
import { buildNetwork } from "./network.ts";

const config = (change: Partial<Config> = {}): Config => ({ ...DEFAULT_CONFIG, ...change });

describe("overfitting model", () => {
  it("the same configuration gives the same points, weights and losses; another seed does not", () => {
    const a = trainSteps(createRun(config()), 20), b = trainSteps(createRun(config()), 20);
    expect(a.history.map((r) => r.test)).toEqual(b.history.map((r) => r.test));
    expect(a.network.weights[0].data).toEqual(b.network.weights[0].data);
    const c = trainSteps(createRun(config({ seed: 2 })), 20);
    expect(c.points.X.data).not.toEqual(a.points.X.data);
    expect(c.current.train).not.toBe(a.current.train);
  });

  it("splits 200 points by the train fraction, and early stopping takes a quarter of the training points for validation", () => {
    const p = makePoints(config({ trainFraction: 0.2 }));
    expect([p.rows.train.length, p.rows.val.length, p.rows.test.length]).toEqual([40, 0, 160]);
    const q = makePoints(config({ trainFraction: 0.2, earlyStopping: true }));
    expect([q.rows.train.length, q.rows.val.length, q.rows.test.length]).toEqual([30, 10, 160]);
    expect(q.rows.test).toEqual(p.rows.test); // the test set does not move
    for (const name of ["circles", "moons", "spiral", "xor"] as const) {
      const s = makePoints(config({ dataset: name }));
      expect(s.X.shape).toEqual([POINTS, 2]);
      expect(new Set(s.labels)).toEqual(new Set([0, 1]));
      expect(Math.max(...Array.from(s.X.data, Math.abs))).toBeLessThanOrEqual(s.extent[1]);
    }
  });

  it("a step is the engine's Adam on BCE + λ₁Σ|w| + λ₂Σw² over the training points; its losses are the engine's BCE", () => {
    const c = config({ l1: 0.001, l2: 0.003, width: 8, depth: 2 });
    const run = trainSteps(createRun(c), 3);
    // by hand, with the engine
    const points = makePoints(c);
    const net = buildNetwork(c);
    const weights = net.weights;
    const opt = new optim.Adam(net.model.parameters(), { lr: c.lr });
    const { X, Y } = subset(points, points.rows.train);
    for (let i = 0; i < 3; i++) {
      opt.zeroGrad();
      nn.bceWithLogits(net.model.forward(X), Y).add(nn.l1Penalty([...weights]).mul(c.l1)).add(nn.l2Penalty([...weights]).mul(c.l2)).backward();
      opt.step();
    }
    expect(run.network.weights[1].data).toEqual(weights[1].data);
    const test = subset(points, points.rows.test);
    const engineTest = noGrad(() => nn.bceWithLogits(net.model.forward(test.X), test.Y).item());
    expect(run.current.test).toBeCloseTo(engineTest, 5);
    expect(run.current.step).toBe(3);
    expect(bceOf(0, 1)).toBeCloseTo(Math.LN2, 12);
  });

  it("dropout is on while training and off when measuring; its masks come from the seed", () => {
    const c = config({ dropout: 0.5, width: 8, depth: 2 });
    const run = createRun(c);
    expect(run.network.model.training).toBe(true);
    const again = createRun(c);
    expect(run.current).toEqual(again.current); // evaluation mode: no mask, so no randomness
    trainSteps(run, 5);
    trainSteps(again, 5);
    expect(run.current).toEqual(again.current);
    const without = trainSteps(createRun(config({ width: 8, depth: 2 })), 5);
    expect(without.current.train).not.toBe(run.current.train);
    expect(run.network.model.training).toBe(true);
  });

  it("a wide net on few noisy points overfits: train loss falls, test loss rises; L2 keeps the gap smaller", () => {
    const plain = trainSteps(createRun(config()), 400);
    const lowestTest = Math.min(...plain.history.map((r) => r.test));
    expect(plain.current.train).toBeLessThan(0.1);
    expect(plain.current.test).toBeGreaterThan(2 * lowestTest);
    const l2 = trainSteps(createRun(config({ l2: 0.01 })), 400);
    expect(l2.current.test - l2.current.train).toBeLessThan(0.5 * (plain.current.test - plain.current.train));
  });

  it("early stopping stops after PATIENCE steps without a lower validation loss and restores the best weights", () => {
    const run = trainSteps(createRun(config({ earlyStopping: true })), MAX_STEPS);
    expect(run.stop?.reason).toBe("early");
    if (run.stop?.reason !== "early") return;
    expect(run.stop.at - run.stop.best).toBe(PATIENCE);
    expect(run.current.step).toBe(run.stop.best);
    const vals = run.history.map((r) => r.val!);
    expect(run.current.val).toBeCloseTo(Math.min(...vals), 5);
    expect(run.current.val).toBeCloseTo(run.stop.bestLoss, 5);
    const steps = run.step;
    trainSteps(run, 10);
    expect(run.step).toBe(steps); // stopped stays stopped
  });

  it("a loss that blows up stops the run, with only finite numbers kept", () => {
    const run = trainSteps(createRun(config({ lr: 1e30 })), 50);
    expect(run.stop?.reason).toBe("diverged");
    expect(run.step).toBeLessThan(50);
    expect(run.history.every((r) => Number.isFinite(r.train) && Number.isFinite(r.test))).toBe(true);
    expect(DIVERGED_LOSS).toBeGreaterThan(100);
  });

  it("the XOR cloud follows data.xor()'s truth table: the label is the XOR of the coordinates' signs", () => {
    const p = makePoints(config({ dataset: "xor", noise: 0 }));
    const xs = p.X.data;
    for (let i = 0; i < POINTS; i++) expect(p.labels[i]).toBe(Number(xs[2 * i] > 0 !== xs[2 * i + 1] > 0));
    expect(new Generator(1).random()).toBe(new Generator(1).random());
  });
});
