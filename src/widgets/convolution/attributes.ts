// The widget's attributes: the input (a real digit 0–9, or the reader's 8×8 grid and what is
// painted on it), the kernel (a preset name or nine numbers), stride and padding.
import { PRESETS, blankGrid, type Kernel, type PresetName } from "./model.ts";

export const ATTRIBUTES = ["input", "grid", "kernel", "stride", "padding"] as const;
export type AttributeName = (typeof ATTRIBUTES)[number];

/** The side of the reader's paintable grid. */
export const GRID_SIZE = 8;

/** A real digit, "0" to "9", or the reader's grid. */
export type InputName = `${0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9}` | "grid";

export interface ConvolutionConfig {
  input: InputName;
  /** The grid's 64 pixels, each 0 or 1, row by row (kept when the reader switches to a digit and back). */
  grid: readonly number[];
  kernel: Kernel;
  /** The preset the kernel equals, or null for a reader's own. */
  preset: PresetName | null;
  stride: 1 | 2;
  padding: 0 | 1;
}

export const DEFAULT_CONFIG: ConvolutionConfig = {
  input: "3", grid: blankGrid(GRID_SIZE), kernel: PRESETS.vertical, preset: "vertical", stride: 1, padding: 0,
};

/** The preset a kernel equals, or null. */
export function presetOf(kernel: Kernel): PresetName | null {
  for (const [name, k] of Object.entries(PRESETS)) if (k.every((v, i) => Math.abs(v - kernel[i]) < 1e-9)) return name as PresetName;
  return null;
}

/** The grid as 16 hex digits, one per 4 pixels (a row is two digits). */
export function gridToHex(grid: readonly number[]): string {
  let hex = "";
  for (let k = 0; k < grid.length; k += 4) hex += (grid[k] * 8 + grid[k + 1] * 4 + grid[k + 2] * 2 + grid[k + 3]).toString(16);
  return hex;
}

/** The grid from 16 hex digits; null when the text is not that. */
export function gridFromHex(text: string): number[] | null {
  if (!/^[0-9a-f]{16}$/i.test(text)) return null;
  return [...text].flatMap((digit) => {
    const n = parseInt(digit, 16);
    return [(n >> 3) & 1, (n >> 2) & 1, (n >> 1) & 1, n & 1];
  });
}

/** Reads a configuration; a missing or malformed attribute falls back to its default. */
export function parseAttributes(read: (name: AttributeName) => string | null | undefined): ConvolutionConfig {
  const raw = read("kernel")?.trim() ?? "";
  let kernel: Kernel = DEFAULT_CONFIG.kernel;
  if (raw in PRESETS) kernel = PRESETS[raw as PresetName];
  else {
    const numbers = raw.split(",").map((s) => Number(s.trim()));
    if (numbers.length === 9 && numbers.every(Number.isFinite)) kernel = numbers;
  }
  const input = read("input")?.trim() ?? "";
  const stride = read("stride")?.trim() === "2" ? 2 : 1;
  const padding = read("padding")?.trim() === "1" ? 1 : 0;
  return {
    input: /^[0-9]$|^grid$/.test(input) ? (input as InputName) : DEFAULT_CONFIG.input,
    grid: gridFromHex(read("grid")?.trim() ?? "") ?? DEFAULT_CONFIG.grid,
    kernel, preset: presetOf(kernel), stride, padding,
  };
}

export function toAttributes(config: ConvolutionConfig): Record<AttributeName, string> {
  return {
    input: config.input,
    grid: gridToHex(config.grid),
    kernel: config.preset ?? config.kernel.map((v) => String(Number(v.toFixed(4)))).join(","),
    stride: String(config.stride),
    padding: String(config.padding),
  };
}
