import { describe, expect, it } from "vitest";
import { Outbox, KEEP, BATCH_MS } from "./outbox.ts";
import { MAX_TEXT, cut } from "./checked-message.ts";
import type { CellOutput } from "./runner.ts";

const line = (i: number): CellOutput => ({ kind: "log", level: "log", text: `line ${i}` });

function recorder() {
  let now = 0;
  const sent: { outputs: CellOutput[]; skipped: number }[] = [];
  const box = new Outbox((outputs, skipped) => sent.push({ outputs, skipped }), () => now);
  return { box, sent, tick: (ms: number) => (now += ms) };
}

describe("Outbox", () => {
  it("sends nothing until a batch is due, then everything waiting, in order", () => {
    const { box, sent, tick } = recorder();
    box.add(line(0));
    box.add(line(1));
    expect(sent).toEqual([]);
    tick(BATCH_MS);
    box.add(line(2));
    expect(sent).toEqual([{ outputs: [line(0), line(1), line(2)], skipped: 0 }]);
  });

  it("of 200,000 lines printed in one go keeps the first and the latest KEEP, and counts the rest", () => {
    const { box, sent } = recorder();
    for (let i = 0; i < 200_000; i++) box.add(line(i));
    box.flush();
    const outputs = sent.flatMap((s) => s.outputs);
    expect(outputs).toHaveLength(1 + KEEP);
    expect(outputs[0]).toEqual(line(0));
    expect(outputs.at(-1)).toEqual(line(199_999));
    expect(sent.reduce((n, s) => n + s.skipped, 0) + outputs.length).toBe(200_000);
  });

  it("cuts a 50 MB line before it is sent", () => {
    const { box, sent } = recorder();
    box.add({ kind: "log", level: "log", text: "x".repeat(50_000_000) });
    box.flush();
    const text = (sent[0]!.outputs[0] as { text: string }).text;
    expect(text.length).toBeLessThanOrEqual(MAX_TEXT);
    const kept = text.indexOf("…");
    expect(text).toContain(`${(50_000_000 - kept).toLocaleString("en")} more characters`);
    // the page cuts again to the same size: a cut line passes unchanged, its count still true
    expect(cut(text)).toBe(text);
  });

  it("never skips progress, and keeps it in order with the lines around it", () => {
    const { box, sent } = recorder();
    const progress: CellOutput = { kind: "progress", points: [{ x: 1, loss: 0.5 }] as never };
    box.add(line(0));
    box.add(progress);
    box.add(line(1));
    box.flush();
    expect(sent.flatMap((s) => s.outputs)).toEqual([line(0), progress, line(1)]);
  });
});
