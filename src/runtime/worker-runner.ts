import { DEFAULT_TIMEOUT_MS, type Runner, type RunOptions, type RunResult } from "./runner.ts";
import { RunClock, expiryMessage } from "./time-limit.ts";
import type { WorkerMessage, WorkerRequest } from "./worker-protocol.ts";

/** Extra time the page waits past a cell's limit before it ends a worker that stopped answering. */
const GRACE_MS = 2_000;

/**
 * Runs cells in a dedicated Web Worker. Loops stop themselves at the time limit; anything else
 * that hangs is ended with `worker.terminate()` (the one stop every browser honours) and a fresh
 * worker is started for the next run, so the page itself never freezes. The page's watchdog
 * follows the worker's rule (time-limit.ts): every message from the run pushes its deadline back,
 * up to the hard cap, so a training loop that streams progress is never cut off.
 */
export class WorkerRunner implements Runner {
  #worker: Worker | null = null;
  #nextId = 1;
  #pending: { id: number; options: RunOptions; resolve: (r: RunResult) => void; timer: ReturnType<typeof setTimeout>; started: number; clock: RunClock } | null = null;

  run(code: string, options: RunOptions): Promise<RunResult> {
    this.stop();
    const worker = this.#ensureWorker();
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const id = this.#nextId++;
    return new Promise((resolve) => {
      const started = performance.now();
      // the page's clock allows GRACE_MS more than the worker's, so the worker's own, more precise
      // message ("the loop on line 4 …") wins whenever the worker can still speak
      const clock = new RunClock(timeoutMs + GRACE_MS, started);
      this.#pending = { id, options, resolve, timer: setTimeout(() => this.#watch(), clock.remaining(started)), started, clock };
      worker.postMessage({ id, code, timeoutMs, figureWidth: options.figureWidth } satisfies WorkerRequest);
    });
  }

  /** Starts the worker ahead of a run (the pointer nears Run, the editor gets focus), so the first click answers at once. */
  warm(): void {
    this.#ensureWorker();
  }

  /** Ends the current run at once; its outputs so far stay where they were drawn. */
  stop(): void {
    this.#abandon("user");
  }

  /** The watchdog: ends the run if it has been silent (or running) too long, else waits again. */
  #watch(): void {
    const pending = this.#pending;
    if (!pending) return;
    const now = performance.now();
    const expiry = pending.clock.expired(now);
    if (expiry) {
      const limitMs = expiry.reason === "idle" ? expiry.limitMs - GRACE_MS : expiry.limitMs;
      this.#abandon("timeout", expiryMessage({ ...expiry, limitMs }, "the cell"));
    } else pending.timer = setTimeout(() => this.#watch(), pending.clock.remaining(now) + 1);
  }

  #abandon(reason: "timeout" | "user", why = ""): void {
    const pending = this.#pending;
    if (!pending) return;
    this.#pending = null;
    clearTimeout(pending.timer);
    this.#worker?.terminate();
    this.#worker = null;
    const message = reason === "user" ? "Stopped." : why;
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
      pending.clock.touch(performance.now());
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
