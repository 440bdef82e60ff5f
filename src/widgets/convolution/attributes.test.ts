import { expect, test } from "vitest";
import { DEFAULT_CONFIG, gridFromHex, gridToHex, parseAttributes, toAttributes } from "./attributes.ts";
import { PRESETS, blankGrid } from "./model.ts";

const read = (attrs: Record<string, string>) => (name: string) => attrs[name] ?? null;

test("parseAttributes(toAttributes(config)) round-trips presets, a reader's own kernel, digits and a painted grid", () => {
  const painted = blankGrid(8).map((v, k) => (k % 3 === 0 ? 1 - v : v));
  for (const config of [DEFAULT_CONFIG,
    { ...DEFAULT_CONFIG, input: "7" as const, kernel: PRESETS.blur, preset: "blur" as const, stride: 2 as const, padding: 1 as const },
    { ...DEFAULT_CONFIG, input: "grid" as const, grid: painted, kernel: [1, 2, 3, 4, 5, 6, 7, 8, -9], preset: null }]) {
    expect(parseAttributes(read(toAttributes(config)))).toEqual(config);
  }
});

test("parseAttributes falls back to the defaults on malformed values", () => {
  expect(parseAttributes(read({ kernel: "1,2,x", stride: "7", padding: "-1", input: "12", grid: "zz" }))).toEqual(DEFAULT_CONFIG);
  expect(parseAttributes(read({ kernel: "sharpen" })).kernel).toEqual(PRESETS.sharpen);
});

test("the grid is 16 hex digits, two per row, the first pixel the highest bit", () => {
  const grid = Array(64).fill(0);
  grid[0] = 1;
  grid[63] = 1;
  expect(gridToHex(grid)).toBe("8000000000000001");
  expect(gridFromHex("8000000000000001")).toEqual(grid);
  expect(gridFromHex("80000000000000")).toBeNull();
});
