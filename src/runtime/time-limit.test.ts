import { describe, test, expect } from "vitest";
import * as nnbook from "@nnbook/nn";
import { RunClock, expiryMessage } from "./time-limit.ts";
import { executeCell } from "./execute.ts";
import type { CellOutput } from "./runner.ts";

describe("RunClock(idleMs, start, capMs)", () => {
  test("expires after idleMs of silence", () => {
    const clock = new RunClock(100, 0, 1000);
    expect(clock.expired(100)).toBeNull();
    expect(clock.expired(101)).toEqual({ reason: "idle", limitMs: 100 });
  });
  test("touch(now) restarts the idle limit, so a run that keeps reporting goes on", () => {
    const clock = new RunClock(100, 0, 1000);
    for (let t = 50; t <= 900; t += 50) {
      clock.touch(t);
      expect(clock.expired(t + 40)).toBeNull();
    }
  });
  test("the hard cap ends even a run that keeps reporting", () => {
    const clock = new RunClock(100, 0, 1000);
    clock.touch(990);
    expect(clock.expired(1001)).toEqual({ reason: "cap", limitMs: 1000 });
  });
  test("the cap never cuts a cell's own longer limit", () => {
    expect(new RunClock(600_000, 0, 300_000).capMs).toBe(600_000);
  });
  test("remaining(now) is the time to the nearer of the two limits", () => {
    const clock = new RunClock(100, 0, 1000);
    clock.touch(950);
    expect(clock.remaining(960)).toBe(40);
    expect(new RunClock(100, 0, 1000).remaining(30)).toBe(70);
  });
  test("expiryMessage says which limit and where", () => {
    expect(expiryMessage({ reason: "idle", limitMs: 10_000 }, "the loop on line 2")).toMatch(/^Stopped: the loop on line 2 ran for 10 s without showing anything/);
    expect(expiryMessage({ reason: "cap", limitMs: 300_000 }, "the cell")).toBe("Stopped: the cell reached the limit of 5 min for one run.");
  });
});

describe("executeCell's loop guard is an inactivity limit", () => {
  const modules = { "@nnbook/nn": nnbook };
  const busyLoop = (report: boolean) => `
    const start = performance.now();
    let last = start;
    while (performance.now() - start < 400) {
      if (${report} && performance.now() - last > 20) { last = performance.now(); progress({ step: Math.round(last - start) }); }
    }
    "finished"`;

  test("a loop silent past the limit is stopped at its line", async () => {
    const outputs: CellOutput[] = [];
    const result = await executeCell(busyLoop(false), modules, (o) => outputs.push(o), 100);
    expect(result).toMatchObject({ ok: false, stopped: "timeout" });
    expect(outputs.at(-1)).toMatchObject({ kind: "error", name: "Timeout", line: 4 });
  });

  test("a loop that reports progress runs past the limit to its end", async () => {
    const outputs: CellOutput[] = [];
    const result = await executeCell(busyLoop(true), modules, (o) => outputs.push(o), 100);
    expect(result.ok).toBe(true);
    expect(outputs.at(-1)).toEqual({ kind: "value", display: { type: "text", text: '"finished"' } });
    const points = outputs.flatMap((o) => (o.kind === "progress" ? o.points : []));
    expect(points.length).toBeGreaterThan(10);
    // sent in batches, not one message per report
    expect(outputs.filter((o) => o.kind === "progress").length).toBeLessThanOrEqual(6);
  });
});
