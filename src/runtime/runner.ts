/**
 * What runs reader code. A cell only knows this interface, so the same cell runs in a Web Worker
 * on the page, in-process in the Node content tests, or anywhere else that implements it.
 */
import type { Display } from "./display.ts";

export type CellOutput =
  | { kind: "log"; level: "log" | "info" | "warn" | "error"; text: string }
  | { kind: "value"; display: Display }
  | { kind: "error"; name: string; message: string; line?: number; column?: number };

export type RunResult = { ok: boolean; ms: number; stopped?: "timeout" | "user" };

export type RunOptions = {
  /** Called with each output as it happens, in order. */
  onOutput: (output: CellOutput) => void;
  /** How long a run may take before it is stopped as a runaway. */
  timeoutMs?: number;
};

export interface Runner {
  run(code: string, options: RunOptions): Promise<RunResult>;
  stop(): void;
}

/** A cell may run this long unless its fence says otherwise (```ts cell timeout=60). */
export const DEFAULT_TIMEOUT_MS = 10_000;
