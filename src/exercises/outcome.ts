/**
 * How an exercise's code and checks are put together, and what a finished run came to: small and
 * free of the runtime, so the page's `<nn-exercise>` can use it before the worker loads.
 */
import type { RunResult } from "../runtime/runner.ts";
import type { CheckResult } from "./harness.ts";

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
