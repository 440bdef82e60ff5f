import type { CellOutput, RunResult } from "./runner.ts";

/**
 * The page and the cell's worker talk over one MessagePort. Everything the worker sends is
 * untrusted (reader code can post anything on it): the page checks it (checked-message.ts).
 */

/** Page → worker. `figureWidth`: the output area's width in CSS pixels, the default width of Plot figures. */
export type WorkerRequest =
  | { type: "run"; code: string; timeoutMs: number; figureWidth?: number; exercise?: { checks: string; seed: number } }
  /** The text of one of the worker's own code files (sandbox-loader.ts asked for it). */
  | { type: "chunk"; name: string; text?: string; error?: string }
  /** A book data file the worker asked for, as bytes, or why not. */
  | { type: "data"; id: number; status?: number; bytes?: ArrayBuffer; error?: string };

/** Worker → page. */
export type WorkerMessage =
  | { type: "ready" }
  /** A batch of outputs, in order; `skipped` were printed before them and left out (outbox.ts). */
  | { type: "outputs"; outputs: CellOutput[]; skipped: number }
  | { type: "done"; result: RunResult }
  | { type: "chunk"; name: string }
  | { type: "data"; id: number; url: string };
