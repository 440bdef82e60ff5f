import { describe, expect, test } from "vitest";
import { data, fit, manualSeed, metrics, nn, noGrad, optim, tensor, type Tensor } from "../../src/index.ts";

const bce = (p: Tensor, y: Tensor) => nn.binaryCrossEntropy(p, y.reshape([-1, 1]));
const mlp = (hidden: number) => new nn.Sequential(new nn.Linear(2, hidden), new nn.Tanh(), new nn.Linear(hidden, 1), new nn.Sigmoid());

describe("fit", () => {
  test("fit(model, { data: xor(), loss: bce, optimizer: SGD }) solves XOR", async () => {
    manualSeed(0);
    const model = mlp(8);
    const history = await fit(model, {
      data: data.xor(), loss: bce, optimizer: new optim.SGD(model.parameters(), { lr: 0.5, momentum: 0.9 }),
      epochs: 500, batchSize: 4, metrics: { accuracy: metrics.accuracy },
    });
    expect(history.loss[0]).toBeGreaterThan(0.6);
    expect(history.loss.at(-1)).toBeLessThan(0.02);
    expect(history.metrics.accuracy.at(-1)).toBe(1);
    expect(metrics.accuracy(noGrad(() => model.forward(data.xor().X)), data.xor().y)).toBe(1);
  });

  test("fit(model, { data: moons, validation, batchSize: 32 }) reaches > 95% accuracy on held-out moons", async () => {
    manualSeed(1);
    const { X, y } = data.moons(400, { noise: 0.1, seed: 3 });
    const { XTrain, yTrain, XTest, yTest } = data.trainTestSplit(X, y, { seed: 4 });
    const model = new nn.Sequential(new nn.Linear(2, 16), new nn.ReLU(), new nn.Linear(16, 16), new nn.ReLU(), new nn.Linear(16, 1), new nn.Sigmoid());
    const history = await fit(model, {
      data: { X: XTrain, y: yTrain }, validation: { X: XTest, y: yTest }, loss: bce,
      optimizer: new optim.SGD(model.parameters(), { lr: 0.1, momentum: 0.9 }), epochs: 60, batchSize: 32,
      metrics: { accuracy: metrics.accuracy, f1: metrics.f1 },
    });
    expect(history.valMetrics.accuracy.at(-1)).toBeGreaterThan(0.95);
    expect(history.valMetrics.f1.at(-1)).toBeGreaterThan(0.95);
    expect(history.valLoss.at(-1)).toBeLessThan(history.valLoss[0]);
  });

  test("fit calls onBatch once per batch and onEpoch once per epoch, with 1-based numbers", async () => {
    manualSeed(2);
    const model = mlp(4);
    const { X, y } = data.linearlySeparable(10);
    const batchesSeen: string[] = [], epochs: number[] = [];
    const history = await fit(model, {
      data: { X, y }, validation: { X, y }, loss: bce, optimizer: new optim.SGD(model.parameters(), { lr: 0.1 }),
      epochs: 5, batchSize: 4, metrics: { accuracy: metrics.accuracy },
      onBatch: ({ epoch, batch, batches }) => void batchesSeen.push(`${epoch}.${batch}/${batches}`),
      onEpoch: (log) => {
        epochs.push(log.epoch);
        expect(Object.keys(log.valMetrics)).toEqual(["accuracy"]);
      },
    });
    expect(batchesSeen).toHaveLength(15);
    expect(batchesSeen.slice(0, 4)).toEqual(["1.1/3", "1.2/3", "1.3/3", "2.1/3"]);
    expect(epochs).toEqual([1, 2, 3, 4, 5]);
    expect(history.epoch).toEqual([1, 2, 3, 4, 5]);
    expect([history.loss.length, history.valLoss.length, history.metrics.accuracy.length, history.valMetrics.accuracy.length]).toEqual([5, 5, 5, 5]);
    expect(history.stoppedEpoch).toBeNull();
    expect(model.training).toBe(true); // the mode it had before
  });

  test("fit stops when onEpoch returns false, recording stoppedEpoch", async () => {
    manualSeed(2);
    const model = mlp(4);
    const history = await fit(model, {
      data: data.xor(), loss: bce, optimizer: new optim.SGD(model.parameters(), { lr: 0.1 }), epochs: 10,
      onEpoch: ({ epoch }) => epoch < 2,
    });
    expect(history.epoch).toEqual([1, 2]);
    expect(history.stoppedEpoch).toBe(2);
  });

  test("fit(model, { seed }) gives the identical history twice from the same initial weights", async () => {
    const run = async () => {
      manualSeed(5);
      const model = mlp(6);
      const { X, y } = data.circles(60, { seed: 1 });
      return fit(model, {
        data: { X, y }, loss: bce, optimizer: new optim.SGD(model.parameters(), { lr: 0.2, momentum: 0.5 }),
        epochs: 8, batchSize: 16, seed: 11, metrics: { accuracy: metrics.accuracy },
      });
    };
    const a = await run(), b = await run();
    expect(b).toEqual(a);
    expect(new Set(a.loss).size).toBe(8);
  });

  // Validation labels are the training labels flipped, so validation loss only gets worse as training fits.
  const flipped = () => {
    const { X, y } = data.linearlySeparable(40, { seed: 3 });
    return { train: { X, y }, val: { X, y: tensor(Array.from(y.data, (v) => 1 - v)) } };
  };

  test.each([
    ["a Module (through stateDict/loadStateDict)", () => mlp(4)],
    ["a plain { forward, parameters } object (parameter copies)", () => {
      const lin = new nn.Linear(2, 1);
      return { forward: (x: Tensor) => lin.forward(x).sigmoid(), parameters: () => lin.parameters() };
    }],
  ] as const)("fit with earlyStopping stops after `patience` epochs without improvement and restores the best weights of %s", async (_, make) => {
    manualSeed(7);
    const model = make();
    const { train, val } = flipped();
    const history = await fit(model, {
      data: train, validation: val, loss: bce, optimizer: new optim.SGD(model.parameters(), { lr: 0.5 }),
      epochs: 50, batchSize: 8, earlyStopping: { patience: 3 },
    });
    const best = history.bestEpoch as number;
    expect(best).toBeGreaterThanOrEqual(1);
    expect(history.stoppedEpoch).toBe(best + 3);
    expect(history.epoch).toHaveLength(best + 3);
    const valLossNow = noGrad(() => bce(model.forward(val.X), val.y)).item();
    expect(valLossNow).toBeCloseTo(history.valLoss[best - 1], 6);
    expect(valLossNow).toBeLessThan(history.valLoss.at(-1) as number);
  });

  test("fit with earlyStopping { restoreBest: false, monitor: \"loss\" } keeps the last weights", async () => {
    manualSeed(7);
    const model = mlp(4);
    const { train, val } = flipped();
    const history = await fit(model, {
      data: train, validation: val, loss: bce, optimizer: new optim.SGD(model.parameters(), { lr: 0.5 }),
      epochs: 6, batchSize: 8, earlyStopping: { patience: 2, monitor: "loss", restoreBest: false },
    });
    expect(history.epoch).toHaveLength(6); // training loss keeps falling
    expect(history.bestEpoch).toBe(6);
    expect(noGrad(() => bce(model.forward(val.X), val.y)).item()).toBeCloseTo(history.valLoss[5], 6);
  });

  test("fit(…, { yieldEvery: 1 }) lets timers run between batches; without it the loop does not yield", async () => {
    const ticksSeen = async (yieldEvery: number) => {
      manualSeed(0);
      const model = mlp(2);
      let ticked = false;
      const seen: boolean[] = [];
      setTimeout(() => (ticked = true), 0);
      await fit(model, {
        data: data.xor(), loss: bce, optimizer: new optim.SGD(model.parameters(), { lr: 0.1 }), epochs: 3, batchSize: 2, yieldEvery,
        onBatch: () => void seen.push(ticked),
      });
      await new Promise((r) => setTimeout(r, 0));
      return seen;
    };
    expect((await ticksSeen(1)).at(-1)).toBe(true);
    expect(await ticksSeen(0)).toEqual([false, false, false, false, false, false]);
  });

  test("fit stops with an error naming the epoch and batch where the loss became NaN", async () => {
    manualSeed(0);
    const model = mlp(2);
    let calls = 0;
    const run = fit(model, {
      data: data.linearlySeparable(10), optimizer: new optim.SGD(model.parameters(), { lr: 0.1 }), epochs: 3, batchSize: 4,
      loss: (p, y) => (++calls === 5 ? bce(p, y).mul(Number.NaN) : bce(p, y)),
    });
    await expect(run).rejects.toThrow("fit: loss is NaN at epoch 2, batch 2 — lower the learning rate, or check the data for NaN/Infinity");
  });

  test("fit(model, { loss: crossEntropy }) adds the epoch and batch to the loss's own NaN error, kept as cause", async () => {
    manualSeed(0);
    const X = tensor([[0, 1], [1, 0], [1, 1], [0, 0], [Number.NaN, 1], [1, 2]]); // the NaN sits in batch 3
    const model = new nn.Linear(2, 3);
    const error: unknown = await fit(model, {
      data: { X, y: tensor([0, 1, 2, 0, 1, 2]) }, loss: (p, y) => nn.crossEntropy(p, y),
      optimizer: new optim.SGD(model.parameters(), { lr: 0.1 }), epochs: 2, batchSize: 2, shuffle: false,
    }).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    const { message, cause } = error as Error;
    expect(message).toMatch(/^fit: loss is NaN at epoch 1, batch 3 — crossEntropy: the loss is NaN/);
    expect(cause).toBeInstanceOf(Error);
    expect((cause as Error).message).toMatch(/^crossEntropy: the loss is NaN — check the inputs/);
  });

  test("fit(model, { loss }) names the epoch and batch when the loss throws for another reason", async () => {
    manualSeed(0);
    const model = new nn.Linear(2, 3);
    const run = fit(model, {
      data: { X: tensor([[0, 1], [1, 0], [1, 1]]), y: tensor([0, 1, 7]) }, loss: (p, y) => nn.crossEntropy(p, y),
      optimizer: new optim.SGD(model.parameters(), { lr: 0.1 }), epochs: 1, batchSize: 2, shuffle: false,
    });
    await expect(run).rejects.toThrow(/^fit: the loss threw at epoch 1, batch 2 — crossEntropy: label 7/);
  });

  test("fit rejects bad options with messages that say what to pass", async () => {
    const model = mlp(2);
    const base = { data: data.xor(), loss: bce, optimizer: new optim.SGD(model.parameters(), { lr: 0.1 }), epochs: 2 };
    await expect(fit(model, { ...base, earlyStopping: { patience: 2 } })).rejects.toThrow(
      'fit: earlyStopping monitors valLoss but no validation data was given — pass validation: { X, y } or monitor: "loss"',
    );
    await expect(fit(model, { ...base, epochs: 0 })).rejects.toThrow("fit: epochs must be a positive integer, got 0");
    await expect(fit(model, { ...base, data: { X: data.xor().X, y: tensor([0, 1, 1]) } })).rejects.toThrow(
      "fit: X [4,2] and y [3] must have the same first dimension (one row per example)",
    );
    await expect(fit(model, { ...base, loss: (p) => p })).rejects.toThrow("fit: loss must return a scalar tensor, got shape [4,1]");
  });
});
