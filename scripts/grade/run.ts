/**
 * Runs one exercise's code against checks in a fresh worker thread, with a time limit: a loop the
 * code's own guard cannot stop, or a worker that crashes, ends as a result, never as a hang.
 */
import { Worker } from "node:worker_threads";
import type { ExerciseRequest } from "../../src/exercises/run.ts";
import type { WorkerAnswer } from "./run-one.ts";

/** Past the code's own limit, the thread gets this long before it is ended from outside. */
const GRACE_MS = 5_000;

export function runInWorker(request: ExerciseRequest): Promise<WorkerAnswer> {
  const limit = (request.timeoutMs ?? 10_000) + GRACE_MS;
  return new Promise((resolve) => {
    const worker = new Worker(new URL("./run-one.ts", import.meta.url), { workerData: request, stdout: true, stderr: true, resourceLimits: { maxOldGenerationSizeMb: 512 } });
    let settled = false;
    const finish = (answer: WorkerAnswer) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(answer);
    };
    const timer = setTimeout(() => finish({ ok: false, stopped: "timeout", checks: [], errors: [`Timeout: the code ran longer than ${Math.round(limit / 1000)} s and was stopped.`] }), limit);
    worker.once("message", (answer: WorkerAnswer) => finish(answer));
    worker.once("error", (error: Error) => finish({ ok: false, checks: [], errors: [`The run crashed: ${error.message}`] }));
    // exit code 13: the code awaited something that never comes, so the thread ran out of work
    worker.once("exit", (code) => finish({ ok: false, checks: [], errors: [code === 13 ? "The code never finished: it waits for something that never happens." : `The run ended without a result (exit code ${code}).`] }));
  });
}
