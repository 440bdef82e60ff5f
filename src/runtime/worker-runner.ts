import entryUrl from "./worker.ts?worker&url";
import { DEFAULT_TIMEOUT_MS, type CellOutput, type Runner, type RunOptions, type RunResult } from "./runner.ts";
import { RunClock, expiryMessage } from "./time-limit.ts";
import type { WorkerRequest } from "./worker-protocol.ts";
import { checkMessage } from "./checked-message.ts";
import { openSandbox } from "./sandbox-frame.ts";
import { bookFile, codeFile } from "./book-files.ts";

/** Extra time the page waits past a cell's limit before it ends a worker that stopped answering. */
const GRACE_MS = 2_000;
/** Data files one run may ask the page for. */
const MAX_DATA_REQUESTS = 32;

/** The reader-facing sentence when the cell's own code cannot be loaded. */
export function loadFailure(why: string): string {
  return `The code that runs this cell could not be loaded (${why}). Check your connection and press Run again; if it still fails, reload the page.`;
}

/** One worker, for one run: a sandbox (sandbox-frame.ts) on the built site, a plain worker under `npm run dev`. */
type Session = {
  port: MessagePort;
  dispose(): void;
  failed: string | null;
  ready: boolean;
  dataRequests: number;
  onFailure?: (why: string) => void;
  /** A run asked for before the worker said it was ready: the loader owns the port until then and would drop it. */
  waiting?: WorkerRequest;
};

type Pending = { session: Session; options: RunOptions; resolve: (r: RunResult) => void; timer: ReturnType<typeof setTimeout>; started: number; clock: RunClock };

/**
 * Runs cells in a Web Worker inside a sandbox, a fresh one for every run (a spare is started
 * ahead, so a click answers at once). Loops stop themselves at the time limit; anything else that
 * hangs is ended by removing the sandbox, which ends its worker. The page's watchdog follows the
 * worker's rule (time-limit.ts): every message from the run pushes its deadline back, up to the
 * hard cap, so a training loop that streams progress is never cut off. Everything the worker
 * sends is checked (checked-message.ts): reader code can post on the port too.
 */
export class WorkerRunner implements Runner {
  #spare: Session | null = null;
  #pending: Pending | null = null;

  run(code: string, options: RunOptions): Promise<RunResult> {
    this.stop();
    let session = this.#spare ?? this.#open();
    this.#spare = null;
    if (session.failed) {
      session.dispose();
      session = this.#open(); // the connection may be back
    }
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    return new Promise((resolve) => {
      const started = performance.now();
      // the page's clock allows GRACE_MS more than the worker's, so the worker's own, more precise
      // message ("the loop on line 4 …") wins whenever the worker can still speak
      const clock = new RunClock(timeoutMs + GRACE_MS, started);
      this.#pending = { session, options, resolve, timer: setTimeout(() => this.#watch(), clock.remaining(started)), started, clock };
      session.onFailure = (why) => this.#finish(session, { kind: "error", name: "LoadError", message: loadFailure(why) });
      if (session.failed) session.onFailure(session.failed);
      else {
        const request: WorkerRequest = { type: "run", code, timeoutMs, figureWidth: options.figureWidth, ...(options.exercise ? { exercise: options.exercise } : {}) };
        if (session.ready) session.port.postMessage(request);
        else session.waiting = request;
      }
    });
  }

  /** Starts a worker ahead of a run (the pointer nears Run, the editor gets focus), so the first click answers at once. */
  warm(): void {
    this.#spare ??= this.#open();
  }

  /** Ends the current run at once; its outputs so far stay where they were drawn. */
  stop(): void {
    this.#abandon("user");
  }

  /** Ends the spare worker too (the cell left the page). */
  dispose(): void {
    this.stop();
    this.#spare?.dispose();
    this.#spare = null;
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
    this.#finish(pending.session, { kind: "error", name: reason === "user" ? "Stopped" : "Timeout", message: reason === "user" ? "Stopped." : why }, reason);
  }

  /** Ends the run of `session` (if it is the current one): its last output, its result, its worker gone, a spare started. */
  #finish(session: Session, last: CellOutput | null, stopped?: "timeout" | "user", result?: RunResult): void {
    const pending = this.#pending;
    if (!pending || pending.session !== session) return;
    this.#pending = null;
    clearTimeout(pending.timer);
    session.dispose();
    if (last) pending.options.onOutput(last);
    pending.resolve(result ?? { ok: false, ms: performance.now() - pending.started, ...(stopped ? { stopped } : {}) });
    setTimeout(() => this.warm(), 0); // the next run gets a fresh worker, started now
  }

  #open(): Session {
    const session: Session = { port: null as unknown as MessagePort, dispose: () => {}, failed: null, ready: false, dataRequests: 0 };
    const fail = (why: string) => {
      // once the worker has started, an uncaught error is the cell's own (a throwing timer callback), not a load failure
      if (session.ready) return this.#finish(session, { kind: "error", name: "Error", message: `Uncaught in the cell: ${why}` });
      if (session.failed) return;
      session.failed = why;
      session.onFailure?.(why);
    };
    if (import.meta.env.DEV) {
      // `npm run dev` serves the worker as many modules, which a sandbox cannot link: a plain worker there
      const channel = new MessageChannel();
      const worker = new Worker(entryUrl, { type: "module", name: "nnbook-cell" });
      worker.onerror = (event) => (event.preventDefault(), fail(event.message || "the worker did not start"));
      worker.postMessage({ port: channel.port2 }, [channel.port2]);
      session.port = channel.port1;
      session.dispose = () => (worker.terminate(), channel.port1.close());
    } else {
      const name = new URL(entryUrl, location.href).pathname.split("/").pop()!;
      const sandbox = openSandbox(name, fail);
      session.port = sandbox.port;
      session.dispose = sandbox.dispose;
    }
    session.port.onmessage = (event) => this.#receive(session, event.data, fail);
    return session;
  }

  #receive(session: Session, data: unknown, fail: (why: string) => void): void {
    const message = checkMessage(data);
    if (!message) return;
    if (message.type === "chunk") {
      codeFile(message.name, new URL(entryUrl, location.href).href).then(
        (text) => session.port.postMessage({ type: "chunk", name: message.name, text } satisfies WorkerRequest),
        (error: unknown) => fail(`${message.name}: ${error instanceof Error ? error.message : String(error)}`),
      );
      return;
    }
    if (message.type === "ready") {
      session.ready = true;
      if (!session.waiting) return;
      session.port.postMessage(session.waiting);
      session.waiting = undefined;
      // the run starts now: loading the worker (slow on a busy machine) is not the cell's time
      const pending = this.#pending;
      if (pending?.session === session) {
        const now = performance.now();
        pending.clock = new RunClock((pending.options.timeoutMs ?? DEFAULT_TIMEOUT_MS) + GRACE_MS, now);
        clearTimeout(pending.timer);
        pending.timer = setTimeout(() => this.#watch(), pending.clock.remaining(now));
      }
      return;
    }
    const pending = this.#pending;
    if (!pending || pending.session !== session) return;
    pending.clock.touch(performance.now());
    if (message.type === "data") {
      if (++session.dataRequests > MAX_DATA_REQUESTS) return void session.port.postMessage({ type: "data", id: message.id, error: "too many files asked for in one run" } satisfies WorkerRequest);
      void bookFile(message.url).then((answer) => session.port.postMessage({ type: "data", id: message.id, ...answer } satisfies WorkerRequest, answer.bytes ? [answer.bytes] : []));
    } else if (message.type === "outputs") {
      if (message.skipped > 0) pending.options.onSkipped?.(message.skipped);
      for (const output of message.outputs) pending.options.onOutput(output);
    }
    else this.#finish(session, null, undefined, message.result);
  }
}
