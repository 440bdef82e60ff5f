import { describe, expect, test } from "vitest";
import { PRESETS, blankGrid, featureMap, paint, pooled, receptiveField, type ConvolutionState } from "./model.ts";

const state = (over: Partial<ConvolutionState> = {}): ConvolutionState => ({
  size: 5, input: Array.from({ length: 25 }, (_, k) => (k % 7) / 6), kernel: PRESETS.vertical, stride: 1, padding: 0, ...over,
});

describe("convolution model", () => {
  test("featureMap(state) has side ⌊(n + 2p − 3)/s⌋ + 1 for every stride and padding", () => {
    for (const [stride, padding, side] of [[1, 0, 3], [1, 1, 5], [2, 0, 2], [2, 1, 3]]) {
      expect(featureMap(state({ stride, padding })).side).toBe(side);
    }
  });

  test("receptiveField(state, i, j) sums to the engine's output at (i, j), padding counted as 0", () => {
    for (const [stride, padding] of [[1, 0], [1, 1], [2, 1]]) {
      const s = state({ stride, padding });
      const map = featureMap(s);
      for (let i = 0; i < map.side; i++) {
        for (let j = 0; j < map.side; j++) expect(receptiveField(s, i, j).sum).toBeCloseTo(map.values[i * map.side + j], 5);
      }
    }
    const corner = receptiveField(state({ padding: 1 }), 0, 0);
    expect(corner.terms.filter((t) => t.inPadding)).toHaveLength(5);
  });

  test("the identity kernel returns the input; the edge kernel gives 0 on a flat image", () => {
    const s = state({ kernel: PRESETS.identity, padding: 1 });
    featureMap(s).values.forEach((v, k) => expect(v).toBeCloseTo(s.input[k], 6));
    const flat = state({ input: Array(25).fill(0.5), kernel: PRESETS.edges });
    featureMap(flat).values.forEach((v) => expect(v).toBeCloseTo(0, 6));
  });

  test("pooled(state) keeps each window's maximum and names the winner that backward() routes the gradient to", () => {
    const s = state({ kernel: PRESETS.identity, padding: 1 });
    const map = featureMap(s), pool = pooled(s);
    expect(pool.side).toBe(2);
    pool.values.forEach((v, k) => expect(map.values[pool.winners[k]]).toBe(v));
    expect(pool.values[0]).toBe(Math.max(map.values[0], map.values[1], map.values[5], map.values[6]));
  });

  test("paint(state, row, col, value) returns a new state with one pixel changed, clamped to [0, 1]", () => {
    const s = state({ input: blankGrid(5) });
    const painted = paint(s, 0, 0, 3);
    expect(painted.input[0]).toBe(1);
    expect(s.input[0]).toBe(0);
    expect(paint(s, 9, 0, 1)).toBe(s);
  });
});
