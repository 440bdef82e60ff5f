import { describe, expect, test } from "vitest";
import { loadDigits } from "../../../packages/nn/node.ts";
import { nn, noGrad, tensor } from "@nnbook/nn";
import { KERNELS, MAP, createModel, firstLayer, probabilities } from "./model.ts";
import { trainReader } from "./train.ts";

describe("the reader's network", () => {
  test("is the chapter's CNN: 23,466 parameters, the same weights for the same seed", () => {
    const a = createModel(0), b = createModel(0), c = createModel(1);
    expect(a.parameters().reduce((n, p) => n + p.size, 0)).toBe(16 * 26 + 2304 * 10 + 10);
    expect([...a.parameters()[0].data]).toEqual([...b.parameters()[0].data]);
    expect([...a.parameters()[0].data]).not.toEqual([...c.parameters()[0].data]);
  });

  test("probabilities are the softmax of the engine's logits and sum to 1", () => {
    const model = createModel(3);
    const pixels = Array.from({ length: 784 }, (_, k) => (k % 13) / 12);
    const p = probabilities(model, pixels);
    expect(p).toHaveLength(10);
    expect(p.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 5);
    const logits = noGrad(() => model.forward(tensor(Float32Array.from(pixels), { shape: [1, 1, 28, 28] })));
    expect(p.indexOf(Math.max(...p))).toBe(logits.argmax(1).data[0]);
  });

  test("the first layer's kernels are Conv2d's weights and its maps are ReLU(conv(x))", () => {
    const model = createModel(4);
    const pixels = Array.from({ length: 784 }, (_, k) => ((k * 7) % 11) / 10);
    const { kernels, maps } = firstLayer(model, pixels);
    expect(kernels).toHaveLength(KERNELS);
    expect(maps).toHaveLength(KERNELS);
    const conv = model.at(0) as nn.Conv2d;
    expect([...kernels[5]]).toEqual([...conv.weight.data.slice(125, 150)]);
    const out = noGrad(() => conv.forward(tensor(Float32Array.from(pixels), { shape: [1, 1, 28, 28] })).relu());
    expect(maps[5][MAP * 3 + 7]).toBeCloseTo(out.data[5 * MAP * MAP + MAP * 3 + 7], 6);
    maps.forEach((m) => m.forEach((v) => expect(v).toBeGreaterThanOrEqual(0)));
  });
});

describe("training", () => {
  const digits = loadDigits({ n: 1000, shape: "image" });
  const plan = { epochs: 1, seed: 5, train: 320, test: 100 };

  test("reports progress per batch, learns, and is deterministic for a seed", async () => {
    const seen: number[] = [];
    const a = await trainReader(digits, plan, (p) => seen.push(p.batch));
    const b = await trainReader(digits, plan, () => {});
    expect(seen).toEqual(Array.from({ length: 10 }, (_, i) => i + 1));
    expect(a.accuracy).toBeGreaterThan(0.5);
    expect(a.accuracy).toBe(b.accuracy);
    expect([...a.weights["0.weight"]]).toEqual([...b.weights["0.weight"]]);
    // the weights load into a fresh network
    createModel(0).loadStateDict(a.weights);
  }, 60_000);

  test("a stop after three batches returns the weights so far, scored, and marked stopped", async () => {
    let batches = 0;
    const stopped = await trainReader(digits, { ...plan, epochs: 2 }, () => batches++, () => batches >= 3);
    expect(batches).toBe(3);
    expect(stopped.stopped).toBe(true);
    expect(stopped.accuracy).toBeGreaterThan(0);
  }, 60_000);
});
