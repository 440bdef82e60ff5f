/**
 * One run of an exercise: the reader's code, then the checks, as one cell (execute.ts) with the
 * harness's `check` and `hint` beside the cell's own globals and the student's variant seed. The
 * page's worker and the teacher's re-grade both run exercises through here.
 */
import { executeCell } from "../runtime/execute.ts";
import type { CellOutput, RunResult } from "../runtime/runner.ts";
import { createHarness } from "./harness.ts";
import { combine } from "./outcome.ts";

export { outcomeOf, readerLines, type Outcome } from "./outcome.ts";

export type ExerciseRequest = { code: string; checks: string; seed: number; timeoutMs?: number };

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

