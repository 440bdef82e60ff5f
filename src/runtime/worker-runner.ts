import { DEFAULT_TIMEOUT_MS, type Runner, type RunOptions, type RunResult } from "./runner.ts";
import type { WorkerMessage, WorkerRequest } from "./worker-protocol.ts";

/** Extra time the page waits past a cell's limit before it ends a worker that stopped answering. */
const GRACE_MS = 2_000;

/**
 * Runs cells in a dedicated Web Worker. Loops stop themselves at the time limit; anything else
 * that hangs is ended with `worker.terminate()` (the one stop every browser honours) and a fresh
 * worker is started for the next run, so the page itself never freezes.
 */
export class WorkerRunner implements Runner {
  #worker: Worker | null = null;
  #nextId = 1;
  #pending: { id: number; options: RunOptions; resolve: (r: RunResult) => void; timer: ReturnType<typeof setTimeout>; started: number } | null = null;

  run(code: string, options: RunOptions): Promise<RunResult> {
    this.stop();
    const worker = this.#ensureWorker();
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const id = this.#nextId++;
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.#abandon("timeout", timeoutMs), timeoutMs + GRACE_MS);
      this.#pending = { id, options, resolve, timer, started: performance.now() };
      worker.postMessage({ id, code, timeoutMs } satisfies WorkerRequest);
    });
  }

  /** Ends the current run at once; its outputs so far stay where they were drawn. */
  stop(): void {
    this.#abandon("user");
  }

  #abandon(reason: "timeout" | "user", timeoutMs = 0): void {
    const pending = this.#pending;
    if (!pending) return;
    this.#pending = null;
    clearTimeout(pending.timer);
    this.#worker?.terminate();
    this.#worker = null;
    const message = reason === "user" ? "Stopped." : `Stopped: the cell did not finish within ${timeoutMs / 1000} s.`;
    pending.options.onOutput({ kind: "error", name: reason === "user" ? "Stopped" : "Timeout", message });
    pending.resolve({ ok: false, ms: performance.now() - pending.started, stopped: reason });
  }

  #ensureWorker(): Worker {
    if (this.#worker) return this.#worker;
    const worker = new Worker(new URL("./worker.ts", import.meta.url), { type: "module", name: "nnbook-cell" });
    worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
      const message = event.data;
      const pending = this.#pending;
      if (message.type === "ready" || !pending || message.id !== pending.id) return;
      if (message.type === "output") pending.options.onOutput(message.output);
      else {
        clearTimeout(pending.timer);
        this.#pending = null;
        pending.resolve(message.result);
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      const pending = this.#pending;
      if (!pending) return;
      this.#pending = null;
      clearTimeout(pending.timer);
      pending.options.onOutput({ kind: "error", name: "Error", message: `The cell's worker failed: ${event.message || "unknown error"}` });
      pending.resolve({ ok: false, ms: performance.now() - pending.started });
      this.#worker?.terminate();
      this.#worker = null;
    };
    this.#worker = worker;
    return worker;
  }
}
