/**
 * What a cell sees besides its imports, as declarations for the editor's type checker: one
 * declaration for each global the runtime hands a cell (keyed by `CellGlobal`, so the two lists
 * cannot drift: src/runtime/cell-scope.ts), then the little of a Web Worker's global scope a cell
 * may reasonably use. No DOM: cells run in a worker.
 */
import type { CellGlobal } from "~/runtime/cell-scope.ts";

const PROVIDED: Record<CellGlobal, string> = {
  display: `
/** Shows a value under the cell, like the cell's last expression does. Call it as often as you like. */
declare function display(value: unknown): void;`,
  progress: `
/** What \`progress\` reads: counters for the progress line, and any other numbers (loss, accuracy…) for the curve. */
interface ProgressRecord {
  epoch?: number;
  epochs?: number;
  batch?: number;
  batches?: number;
  step?: number;
  steps?: number;
  /** Anything else numeric is plotted: loss, accuracy, valLoss… (fit's \`metrics\` are unpacked). */
  [name: string]: unknown;
}

/**
 * Reports a step of a long run: the page shows a progress line (epoch k/n, loss, elapsed) and a
 * curve that grows live. \`progress({ epoch, epochs, loss })\` in a loop, or \`fit(…, { onEpoch: progress })\`.
 */
declare function progress(record: ProgressRecord | object): void;`,
  variant: `
/**
 * The engine's seeded generator, started from this reader's variant of an exercise (made from
 * their student ID and the exercise), so each student gets their own numbers; seed 0 in a cell.
 * Every call starts again from the seed: the checks see the same numbers as your code.
 */
declare function variant(): import("@nnbook/nn").Generator;`,
  console: `
/** Prints to the cell's output, in order with everything else the cell shows. */
declare const console: {
  log(...values: unknown[]): void;
  info(...values: unknown[]): void;
  warn(...values: unknown[]): void;
  error(...values: unknown[]): void;
  debug(...values: unknown[]): void;
};`,
};

/** The worker's own globals a cell may use. */
const WORKER_SCOPE = `
/** Milliseconds since the run began, with sub-millisecond precision: \`performance.now()\`. */
declare const performance: { now(): number };
declare function setTimeout(callback: (...args: unknown[]) => void, ms?: number): number;
declare function clearTimeout(id: number | undefined): void;
declare function setInterval(callback: (...args: unknown[]) => void, ms?: number): number;
declare function clearInterval(id: number | undefined): void;
declare function queueMicrotask(callback: () => void): void;
declare function structuredClone<T>(value: T): T;
`;

export const CELL_GLOBALS = `${Object.values(PROVIDED).join("\n")}\n${WORKER_SCOPE}`;

/** Types for what Plot's declarations import from d3 (not shipped): opaque to the reader. */
export const D3_STUB = `
export type CurveFactory = unknown;
export type GeoPath = unknown;
export type GeoStreamWrapper = unknown;
export type GeoPermissibleObjects = unknown;
export type SymbolType = unknown;
`;
