/** End to end: the engine's pieces together solve the book's first non-linear problem. */
import { describe, expect, test } from "vitest";
import { data, manualSeed, nn, noGrad, optim } from "../src/index.ts";

describe("training", () => {
  test("Sequential(Linear(2,8), Tanh, Linear(8,1), Sigmoid) with SGD and BCE solves XOR (seed 0)", () => {
    manualSeed(0);
    const { X, y } = data.xor();
    const target = y.reshape([4, 1]);
    const model = new nn.Sequential(new nn.Linear(2, 8), new nn.Tanh(), new nn.Linear(8, 1), new nn.Sigmoid());
    const opt = new optim.SGD(model.parameters(), { lr: 0.5, momentum: 0.9 });
    const losses: number[] = [];
    for (let step = 0; step < 500; step++) {
      opt.zeroGrad();
      const loss = nn.binaryCrossEntropy(model.forward(X), target);
      loss.backward();
      opt.step();
      losses.push(loss.item());
    }
    expect(losses[0]).toBeGreaterThan(0.6); // starts near ln 2, chance level
    expect(losses.at(-1)).toBeLessThan(0.01);
    const predicted = noGrad(() => model.forward(X)).data.map((p) => (p > 0.5 ? 1 : 0));
    expect([...predicted]).toEqual([0, 1, 1, 0]);
  });

  test("a single Linear(2,1) + Sigmoid cannot solve XOR, but solves AND", () => {
    const fit = (set: { X: import("../src/index.ts").Tensor; y: import("../src/index.ts").Tensor }) => {
      manualSeed(1);
      const model = new nn.Sequential(new nn.Linear(2, 1), new nn.Sigmoid());
      const opt = new optim.SGD(model.parameters(), { lr: 1 });
      for (let step = 0; step < 2000; step++) {
        opt.zeroGrad();
        nn.binaryCrossEntropy(model.forward(set.X), set.y.reshape([4, 1])).backward();
        opt.step();
      }
      const p = noGrad(() => model.forward(set.X)).data;
      return [...p].filter((v, i) => (v > 0.5 ? 1 : 0) === set.y.data[i]).length;
    };
    expect(fit(data.and())).toBe(4);
    expect(fit(data.xor())).toBeLessThan(4);
  });
});
