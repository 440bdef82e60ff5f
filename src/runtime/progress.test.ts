import { describe, test, expect } from "vitest";
import { createProgress, toPoint, ProgressSeries, FLUSH_MS, type ProgressPoint } from "./progress.ts";

describe("toPoint(record, index, t)", () => {
  test("takes counters apart from values, and places the point by epoch", () => {
    expect(toPoint({ epoch: 3, epochs: 10, loss: 0.42, accuracy: 0.9 }, 7, 2100)).toEqual({ x: 3, t: 2100, epoch: 3, epochs: 10, values: { loss: 0.42, accuracy: 0.9 } });
  });
  test("flattens fit's epoch log: metrics → name, valMetrics → valName", () => {
    const log = { epoch: 2, loss: 0.5, valLoss: 0.6, metrics: { accuracy: 0.8 }, valMetrics: { accuracy: 0.75 } };
    expect(toPoint(log, 1, 0).values).toEqual({ loss: 0.5, valLoss: 0.6, accuracy: 0.8, valAccuracy: 0.75 });
  });
  test("a batch log gives fractional epochs; a bare record its place", () => {
    expect(toPoint({ epoch: 2, batch: 5, batches: 10, loss: 1 }, 1, 0).x).toBe(1.5);
    expect(toPoint({ loss: 1 }, 4, 0).x).toBe(4);
    expect(toPoint({ loss: NaN }, 4, 0).values.loss).toBeNaN();
  });
  test("anything but a record is a TypeError that says what to pass", () => {
    expect(() => toPoint(0.5, 1, 0)).toThrow(/progress\(\{ epoch, epochs, loss \}\)/);
  });
});

describe("createProgress(send, now, start, later)", () => {
  function harness() {
    let time = 0;
    const batches: ProgressPoint[][] = [];
    const timers: (() => void)[] = [];
    const reporter = createProgress((p) => batches.push(p), () => time, 0, (fn) => timers.push(fn));
    return { reporter, batches, timers, tick: (ms: number) => (time += ms) };
  }

  test("sends at most one batch per FLUSH_MS however often a loop reports", () => {
    const { reporter, batches, tick } = harness();
    for (let step = 1; step <= 1000; step++) {
      tick(1); // a report every millisecond for one second
      reporter.progress({ step, loss: 1 / step });
    }
    reporter.flush();
    expect(batches.length).toBeLessThanOrEqual(1000 / FLUSH_MS + 2);
    expect(batches.flat().map((p) => p.step)).toEqual(Array.from({ length: 1000 }, (_, i) => i + 1));
  });

  test("a report no later call collects is sent by the scheduled flush", () => {
    const { reporter, batches, timers, tick } = harness();
    reporter.progress({ loss: 1 }); // first: sent at once
    tick(10);
    reporter.progress({ loss: 0.5 });
    expect(batches).toHaveLength(1);
    timers.forEach((fn) => fn());
    expect(batches).toHaveLength(2);
    expect(batches[1][0].values.loss).toBe(0.5);
  });
});

describe("ProgressSeries(max)", () => {
  const point = (x: number): ProgressPoint => ({ x, t: x, values: { loss: x } });
  test("stays within max points, evenly spaced, with the newest always drawn", () => {
    const series = new ProgressSeries(100);
    for (let i = 0; i < 10_000; i++) series.add([point(i)]);
    expect(series.points.length).toBeLessThanOrEqual(100);
    expect(series.received).toBe(10_000);
    const xs = series.points.map((p) => p.x);
    const gaps = new Set(xs.slice(1).map((x, i) => x - xs[i]));
    expect(gaps.size).toBe(1);
    expect(series.curve().at(-1)!.x).toBe(9999);
    expect(series.points[0].x).toBe(0);
  });
});

test("fit(…, { onEpoch: progress }) streams every epoch of a cell's training run", async () => {
  const nnbook = await import("@nnbook/nn");
  const { executeCell } = await import("./execute.ts");
  const outputs: import("./runner.ts").CellOutput[] = [];
  const code = [
    'import { nn, optim, data, fit, manualSeed } from "@nnbook/nn";',
    "manualSeed(1);",
    "const { X, y } = data.xor();",
    "const model = new nn.Sequential(new nn.Linear(2, 4), new nn.Tanh(), new nn.Linear(4, 1));",
    "const history = await fit(model, { data: { X, y }, loss: (p, t) => nn.bceWithLogits(p, t.reshape([-1, 1])),",
    "  optimizer: new optim.Adam(model.parameters(), { lr: 0.05 }), epochs: 30, batchSize: 4, onEpoch: progress });",
    "history.loss.length",
  ].join("\n");
  const result = await executeCell(code, { "@nnbook/nn": nnbook }, (o) => outputs.push(o));
  expect(outputs.filter((o) => o.kind === "error")).toEqual([]);
  expect(result.ok).toBe(true);
  const points = outputs.flatMap((o) => (o.kind === "progress" ? o.points : []));
  expect(points.map((p) => p.epoch)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
  expect(Object.keys(points[0].values)).toEqual(["loss"]);
  expect(points[29].values.loss).toBeLessThan(points[0].values.loss);
});
