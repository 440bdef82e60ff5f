/**
 * One submitted exercise, run in its own worker thread (scripts/grade/run.ts starts it and ends it
 * at its time limit): the student's code, then the page's and the teacher's checks, through the
 * same harness as the page (src/exercises/run.ts). Node's ways out (process, fetch…) are removed
 * first; import(…) is refused by the transpiler. This keeps honest mistakes harmless; it is not a
 * sandbox against a determined attacker: grade on a machine with nothing to steal.
 */
import { parentPort, workerData } from "node:worker_threads";
import * as nnbook from "@nnbook/nn";
import { runExercise } from "../../src/exercises/run.ts";
import { lockDown } from "../../src/runtime/sandbox.ts";
import type { CheckResult } from "../../src/exercises/harness.ts";
import type { ExerciseRequest } from "../../src/exercises/run.ts";

export type WorkerAnswer = { ok: boolean; stopped?: string; checks: CheckResult[]; errors: string[] };

const port = parentPort!;
const post = (answer: WorkerAnswer) => port.postMessage(answer);
const request = workerData as ExerciseRequest;
lockDown(globalThis);
for (const name of ["process", "require", "module", "fetch", "WebSocket", "EventSource", "Worker", "navigator"]) {
  try {
    Object.defineProperty(globalThis, name, { value: undefined, configurable: false, writable: false });
  } catch {
    // already gone
  }
}
const checks: CheckResult[] = [];
const errors: string[] = [];
const result = await runExercise(request, { "@nnbook/nn": nnbook }, (output) => {
  if (output.kind === "check") checks.push(output.result);
  else if (output.kind === "error") errors.push(`${output.name}${output.line ? ` on line ${output.line}` : ""}: ${output.message}`);
});
post({ ok: result.ok, ...(result.stopped ? { stopped: result.stopped } : {}), checks, errors });
