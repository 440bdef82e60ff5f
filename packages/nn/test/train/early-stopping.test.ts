import { describe, expect, test } from "vitest";
import "../setup.ts";
import { EarlyStopping, fit, manualSeed, nn, optim, tensor } from "../../src/index.ts";

/** A model with one weight w, so a test can watch which epoch's w is left at the end. */
const oneWeight = () => {
  const model = new nn.Linear(1, 1, { bias: false });
  model.weight.data[0] = 0;
  return model;
};

describe("EarlyStopping", () => {
  test("step(loss) stops after `patience` epochs in a row without improvement; an improvement resets the count", () => {
    const stopper = new EarlyStopping(oneWeight(), { patience: 2 });
    // better, worse, better (reset), worse, worse → stop at epoch 5
    const stops = [1, 1.1, 0.9, 0.95, 0.92].map((loss) => stopper.step(loss));
    expect(stops).toEqual([false, false, false, false, true]);
    expect(stopper.bestEpoch).toBe(3);
    expect(stopper.best).toBe(0.9);
  });

  test("the seed's loop (patience never reset) would have stopped at the second bump of a still-improving run", () => {
    const losses = [1, 1.05, 0.8, 0.85, 0.6, 0.55];
    let patience = 2, best = Infinity, stoppedAt = 0;
    for (const [i, loss] of losses.entries()) {
      if (loss > best && --patience === 0) { stoppedAt = i + 1; break; }
      best = Math.min(best, loss);
    }
    expect(stoppedAt).toBe(4);
    const stopper = new EarlyStopping(oneWeight(), { patience: 2 });
    expect(losses.map((l) => stopper.step(l))).toEqual([false, false, false, false, false, false]);
  });

  test("restore() puts back the weights of the best epoch", () => {
    const model = oneWeight();
    const stopper = new EarlyStopping(model, { patience: 2 });
    for (const [w, loss] of [[1, 0.5], [2, 0.3], [3, 0.4], [4, 0.6]]) {
      model.weight.data[0] = w;
      stopper.step(loss);
    }
    expect(stopper.restore()).toBe(true);
    expect(model.weight.data[0]).toBe(2);
  });

  test("restore() does nothing when the last epoch was the best, or with restoreBest: false", () => {
    const model = oneWeight();
    const stopper = new EarlyStopping(model, { patience: 2 });
    model.weight.data[0] = 7;
    stopper.step(1);
    expect(stopper.restore()).toBe(false);
    const keep = new EarlyStopping(model, { patience: 1, restoreBest: false });
    keep.step(1);
    model.weight.data[0] = 8;
    keep.step(2);
    expect(keep.restore()).toBe(false);
    expect(model.weight.data[0]).toBe(8);
  });

  test("minDelta: an epoch must beat the best by more than minDelta to count", () => {
    const stopper = new EarlyStopping(oneWeight(), { patience: 1, minDelta: 0.1 });
    expect(stopper.step(1)).toBe(false);
    expect(stopper.step(0.95)).toBe(true);
    expect(stopper.bestEpoch).toBe(1);
  });

  test("a NaN loss is an error naming the epoch, and bad options are explained", () => {
    const stopper = new EarlyStopping(oneWeight(), { patience: 3 });
    stopper.step(1);
    expect(() => stopper.step(NaN)).toThrow("the monitored loss is NaN at epoch 2");
    expect(() => new EarlyStopping(oneWeight(), { patience: 0 })).toThrow("patience must be a positive integer, got 0");
    expect(() => new EarlyStopping(oneWeight(), { patience: 2, minDelta: -1 })).toThrow("minDelta must be a number ≥ 0");
    expect(() => new EarlyStopping({ patience: 2 } as never, { patience: 2 })).toThrow("the first argument must be the model");
  });

  test("fit(model, { earlyStopping }) stops as a hand loop with EarlyStopping does, with the same best epoch and weights", async () => {
    // y = 2x with noisy validation labels: the validation loss turns up once w passes its best
    const X = tensor([[1], [2], [3], [4]]), y = tensor([[2], [4], [6], [8]]);
    const validation = { X: tensor([[1], [2]]), y: tensor([[1.5], [3]]) };
    const run = async () => {
      manualSeed(0);
      const model = oneWeight();
      const opt = new optim.SGD(model.parameters(), { lr: 0.01 });
      const history = await fit(model, {
        data: { X, y }, validation, loss: nn.mseLoss, optimizer: opt, epochs: 50, batchSize: 4, shuffle: false,
        earlyStopping: { patience: 3 },
      });
      return { history, w: model.weight.data[0] };
    };
    const { history, w } = await run();
    expect(history.stoppedEpoch).toBe((history.bestEpoch as number) + 3);
    const best = history.valLoss.indexOf(Math.min(...history.valLoss)) + 1;
    expect(history.bestEpoch).toBe(best);
    // by hand: the same epochs, and the weights of the best one
    manualSeed(0);
    const model = oneWeight();
    const opt = new optim.SGD(model.parameters(), { lr: 0.01 });
    const stopper = new EarlyStopping(model, { patience: 3 });
    for (let epoch = 1; epoch <= 50; epoch++) {
      opt.zeroGrad();
      nn.mseLoss(model.forward(X), y).backward();
      opt.step();
      if (stopper.step(nn.mseLoss(model.forward(validation.X), validation.y).item())) break;
    }
    stopper.restore();
    expect(stopper.epoch).toBe(history.stoppedEpoch);
    expect(model.weight.data[0]).toBe(w);
  });
});
