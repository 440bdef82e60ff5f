import type { CellOutput, RunResult } from "./runner.ts";

/** Page → worker. */
/** `figureWidth`: the output area's width in CSS pixels, the default width of Plot figures. */
export type WorkerRequest = { id: number; code: string; timeoutMs: number; figureWidth?: number };

/** Worker → page. */
export type WorkerMessage =
  | { type: "ready" }
  | { type: "output"; id: number; output: CellOutput }
  | { type: "done"; id: number; result: RunResult };
