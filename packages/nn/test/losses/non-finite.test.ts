import { describe, expect, test } from "vitest";
import { data, fit, manualSeed, nn, NonFiniteLossError, optim, tensor, type Tensor } from "../../src/index.ts";

/** Call f and return what it threw (or fail). */
function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (error) {
    return error;
  }
  throw new Error("expected a throw");
}

// Each loss with inputs that make it NaN, and with inputs that make it Infinity.
const cases: [string, () => Tensor, () => Tensor][] = [
  ["mseLoss", () => nn.mseLoss(tensor([1, NaN]), tensor([0, 0])), () => nn.mseLoss(tensor([1e30]), tensor([0]))],
  ["binaryCrossEntropy", () => nn.binaryCrossEntropy(tensor([0.5]), tensor([NaN])), () => nn.binaryCrossEntropy(tensor([0]), tensor([1e38]))],
  ["bceWithLogits", () => nn.bceWithLogits(tensor([0, NaN]), tensor([1, 0])), () => nn.bceWithLogits(tensor([1e30]), tensor([-1e10]))],
  ["crossEntropy", () => nn.crossEntropy(tensor([[NaN, 1]]), [0]), () => nn.crossEntropy(tensor([[-Infinity, 1]]), [0])],
  ["l1Penalty", () => nn.l1Penalty([tensor([NaN])]), () => nn.l1Penalty([tensor([3e38]), tensor([3e38])])],
  ["l2Penalty", () => nn.l2Penalty([tensor([NaN])]), () => nn.l2Penalty([tensor([1e30])])],
];

describe("NonFiniteLossError", () => {
  test.each(cases)("%s(…) throws a NonFiniteLossError naming the loss and its value for NaN and for Infinity", (name, nan, inf) => {
    const a = thrown(nan), b = thrown(inf);
    expect(a).toBeInstanceOf(NonFiniteLossError);
    expect(b).toBeInstanceOf(NonFiniteLossError);
    const [errA, errB] = [a as NonFiniteLossError, b as NonFiniteLossError];
    expect([errA.lossName, errB.lossName]).toEqual([name, name]);
    expect(errA.value).toBeNaN();
    expect(errB.value).toBe(Infinity);
    expect(errA.message).toMatch(new RegExp(`^${name}: the loss is NaN`));
    expect(errB.message).toMatch(new RegExp(`^${name}: the loss is Infinity`));
    expect([errA.epoch, errA.batch]).toEqual([null, null]);
    expect(errA.name).toBe("Error"); // a cell shows it as any other error
  });

  test("mseLoss(pred, target, { reduction: 'none' }) names the index of the NaN", () => {
    const error = thrown(() => nn.mseLoss(tensor([[1, 2], [NaN, 0]]), tensor([[0, 0], [0, 0]]), { reduction: "none" })) as NonFiniteLossError;
    expect(error.message).toBe("mseLoss: the loss is NaN at index [1,0] — check the inputs for NaN/Infinity, or lower the learning rate");
    expect(error.index).toEqual([1, 0]);
  });

  test("binaryCrossEntropy(prob, target) with a NaN prob names the input and its index", () => {
    const error = thrown(() => nn.binaryCrossEntropy(tensor([0.5, NaN]), tensor([1, 0]))) as NonFiniteLossError;
    expect(error).toBeInstanceOf(NonFiniteLossError);
    expect(error.message).toBe(
      "binaryCrossEntropy: the loss is NaN because prob got NaN at index [1] — check the inputs for NaN/Infinity, or lower the learning rate",
    );
    expect(error.index).toEqual([1]);
  });

  test.each(cases)("fit(model, { loss: %s }) rethrows the loss's NonFiniteLossError with the epoch and batch", async (name, nan) => {
    manualSeed(0);
    const model = new nn.Linear(2, 1);
    let calls = 0;
    const error: unknown = await fit(model, {
      data: data.xor(), optimizer: new optim.SGD(model.parameters(), { lr: 0.1 }), epochs: 2, batchSize: 2, shuffle: false,
      loss: (p, y) => (++calls === 3 ? nan() : nn.mseLoss(p, y.reshape([-1, 1]))),
    }).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(NonFiniteLossError);
    const e = error as NonFiniteLossError;
    expect([e.lossName, e.epoch, e.batch]).toEqual([name, 2, 1]);
    expect(e.value).toBeNaN();
    expect(e.cause).toBeInstanceOf(NonFiniteLossError);
    expect(e.message).toMatch(new RegExp(`^fit: loss is NaN at epoch 2, batch 1 — ${name}: the loss is NaN`));
  });

  test("fit(model, { loss }) throws a NonFiniteLossError when a loss of its own returns Infinity", async () => {
    manualSeed(0);
    const model = new nn.Linear(2, 1);
    const error: unknown = await fit(model, {
      data: data.xor(), optimizer: new optim.SGD(model.parameters(), { lr: 0.1 }), epochs: 1, batchSize: 4,
      loss: (p) => p.sum().mul(Infinity).abs(),
    }).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(NonFiniteLossError);
    expect(error).toMatchObject({ lossName: "loss", value: Infinity, epoch: 1, batch: 1 });
    expect((error as Error).message).toBe("fit: loss is Infinity at epoch 1, batch 1 — lower the learning rate, or check the data for NaN/Infinity");
  });

  test("fit(model, { validation }) names the epoch after which the validation loss became NaN", async () => {
    manualSeed(0);
    const model = new nn.Linear(2, 1);
    const { X, y } = data.xor();
    const error: unknown = await fit(model, {
      data: { X, y }, validation: { X: tensor([[NaN, 0]]), y: tensor([1]) }, epochs: 2,
      optimizer: new optim.SGD(model.parameters(), { lr: 0.1 }), loss: (p, t) => nn.mseLoss(p, t.reshape([-1, 1])),
    }).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(NonFiniteLossError);
    expect(error).toMatchObject({ lossName: "mseLoss", epoch: 1, batch: null });
    expect((error as Error).message).toMatch(/^fit: validation loss is NaN after epoch 1 — mseLoss: the loss is NaN/);
  });
});
