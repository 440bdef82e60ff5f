/** End to end on real data: the packed MNIST digits, `fit`, and the metrics together. */
import { beforeAll, describe, expect, test } from "vitest";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { data, fit, manualSeed, metrics, nn, noGrad, optim } from "../../src/index.ts";
import { loadDigits } from "../../node.ts";

describe("fit on real digits", () => {
  beforeAll(() => {
    execFileSync(process.execPath, [fileURLToPath(new URL("../../scripts/pack-digits.ts", import.meta.url))], { stdio: "pipe" });
  });

  test("fit(Linear(784, 10), { loss: crossEntropy }) learns 2,000 digits to > 85% held-out accuracy", async () => {
    manualSeed(0);
    const { X, y } = loadDigits({ n: 2000 });
    const { XTrain, yTrain, XTest, yTest } = data.trainTestSplit(X, y, { seed: 1 });
    const model = new nn.Sequential(new nn.Linear(784, 10));
    const history = await fit(model, {
      data: { X: XTrain, y: yTrain }, validation: { X: XTest, y: yTest },
      loss: (logits, labels) => nn.crossEntropy(logits, labels),
      optimizer: new optim.SGD(model.parameters(), { lr: 0.1, momentum: 0.9 }), epochs: 5, batchSize: 32,
      metrics: { accuracy: metrics.accuracy },
    });
    expect(history.valMetrics.accuracy.at(-1)).toBeGreaterThan(0.85);
    const C = metrics.confusionMatrix(noGrad(() => model.forward(XTest)), yTest, { numClasses: 10 });
    expect(C.flat().reduce((a, b) => a + b, 0)).toBe(400);
    expect(C.reduce((s, row, i) => s + row[i], 0) / 400).toBeCloseTo(history.valMetrics.accuracy.at(-1) as number, 10);
  });
});
