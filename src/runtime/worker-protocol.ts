import type { CellOutput, RunResult } from "./runner.ts";

/** Page → worker. */
export type WorkerRequest = { id: number; code: string; timeoutMs: number };

/** Worker → page. */
export type WorkerMessage =
  | { type: "ready" }
  | { type: "output"; id: number; output: CellOutput }
  | { type: "done"; id: number; result: RunResult };
