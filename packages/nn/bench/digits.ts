/**
 * The digits CNN of chapter 9 and the end-to-end test, timed: Conv2d(1,16,5) → ReLU →
 * MaxPool2d(2) → Flatten → Linear(2304,10), `fit` with Adam (lr 3e-3, ×0.7 a epoch), batch 32,
 * 3 epochs on 8,000 digits, scored on the 2,000 held out. The sample is the whole fit, in ms.
 */
import { data, fit, manualSeed, metrics, nn, noGrad, optim } from "../src/index.ts";
import { loadDigits } from "../node.ts";
import type { CaseResult } from "./case.ts";

export async function digits(rounds: number): Promise<CaseResult> {
  const { X, y } = loadDigits({ shape: "image" });
  const s = data.trainTestSplit(X, y, { trainRatio: 0.8, seed: 1 });
  const samples: number[] = [];
  let accuracy = 0;
  for (let r = 0; r < rounds; r++) {
    manualSeed(0);
    const model = new nn.Sequential(new nn.Conv2d(1, 16, 5), new nn.ReLU(), new nn.MaxPool2d(2), new nn.Flatten(), new nn.Linear(16 * 12 * 12, 10));
    const optimizer = new optim.Adam(model.parameters(), { lr: 0.003 });
    const schedule = new optim.ExponentialLR(optimizer, { gamma: 0.7 });
    const t0 = performance.now();
    await fit(model, {
      data: { X: s.XTrain, y: s.yTrain }, loss: (logits, labels) => nn.crossEntropy(logits, labels), optimizer,
      epochs: 3, batchSize: 32, seed: 2, onEpoch: () => schedule.step(),
    });
    samples.push(performance.now() - t0);
    model.eval();
    accuracy = metrics.accuracy(noGrad(() => model.forward(s.XTest)), s.yTest);
  }
  return { samples, losses: { accuracy }, note: "8,000 MNIST digits to train, 2,000 held out" };
}
