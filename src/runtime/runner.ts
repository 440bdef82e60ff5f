/**
 * What runs reader code. A cell only knows this interface, so the same cell runs in a Web Worker
 * on the page, in-process in the Node content tests, or anywhere else that implements it.
 */
import type { Display } from "./display.ts";
import type { ProgressPoint } from "./progress.ts";
import type { CheckResult } from "../exercises/harness.ts";

export type CellOutput =
  | { kind: "log"; level: "log" | "info" | "warn" | "error"; text: string }
  | { kind: "value"; display: Display }
  /** Points reported by `progress(…)` since the last batch (a run streams several). */
  | { kind: "progress"; points: ProgressPoint[] }
  | { kind: "error"; name: string; message: string; line?: number; column?: number }
  /** An exercise's check, or a hint its checks gave (src/exercises/harness.ts); plain cells have none. */
  | { kind: "check"; result: CheckResult }
  | { kind: "hint"; text: string };

export type RunResult = { ok: boolean; ms: number; stopped?: "timeout" | "user" };

export type RunOptions = {
  /** Called with each output as it happens, in order. */
  onOutput: (output: CellOutput) => void;
  /** Outputs the run printed that were never sent, because they could not be shown (only the first and the latest are): how many. */
  onSkipped?: (count: number) => void;
  /** How long a run may go without showing anything before it is stopped as a runaway. */
  timeoutMs?: number;
  /** Width the output area offers figures, in CSS pixels (Plot's default width where the cell sets none). */
  figureWidth?: number;
  /** Run as an exercise: these checks after the code, with this variant seed (src/exercises/run.ts). */
  exercise?: { checks: string; seed: number };
};

export interface Runner {
  run(code: string, options: RunOptions): Promise<RunResult>;
  stop(): void;
}

/**
 * A cell may go this long without output unless its fence says otherwise (```ts cell timeout=60);
 * a run that keeps reporting `progress(…)` goes on, up to `HARD_CAP_MS` (time-limit.ts).
 */
export const DEFAULT_TIMEOUT_MS = 10_000;
