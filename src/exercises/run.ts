/**
 * One run of an exercise: the reader's code, then the checks, as one cell (execute.ts) with the
 * harness's `check` and `hint` beside the cell's own globals and the student's variant seed. The
 * page's worker and the teacher's re-grade both run exercises through here.
 */
import { executeCell } from "../runtime/execute.ts";
import type { CellOutput, RunResult } from "../runtime/runner.ts";
import { createHarness, type CheckResult } from "./harness.ts";

export type ExerciseRequest = { code: string; checks: string; seed: number; timeoutMs?: number };

/** What a run of the checks came to. "broken": the code or a check could not finish; not a wrong attempt. */
export type Outcome = "passed" | "failed" | "broken";

/**
 * Reader code first, so its errors keep their line numbers; the checks after it, in a block of
 * their own, so their names never clash with the reader's. Line `readerLines(code) + 1` and later
 * are the checks'.
 */
export function combine(code: string, checks: string): string {
  return `${code}\n;{ ${checks}\n}`;
}

export function readerLines(code: string): number {
  return code.split("\n").length;
}

/** Outputs of an exercise run: the cell's own, plus each check and hint as it happens (runner.ts). */
export type ExerciseOutput = CellOutput;

export async function runExercise(
  request: ExerciseRequest,
  modules: Record<string, unknown>,
  onOutput: (output: ExerciseOutput) => void,
): Promise<RunResult> {
  const harness = createHarness((item) => onOutput(item));
  return executeCell(combine(request.code, request.checks), modules, onOutput, request.timeoutMs, {
    seed: request.seed,
    globals: { check: harness.check, hint: harness.hint },
  });
}

/**
 * The outcome of a finished run: passed when every check passed and the run ended well; failed
 * when a check got a wrong value (a real attempt); broken when the run stopped early (error,
 * time limit, Stop), gave no check, or its only problems are checks that crashed or gave NaN.
 */
export function outcomeOf(result: RunResult, checks: CheckResult[]): Outcome {
  if (checks.some((c) => c.status === "failed")) return "failed";
  if (!result.ok || checks.length === 0 || checks.some((c) => c.status === "broken")) return "broken";
  return "passed";
}
