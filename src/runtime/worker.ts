/// <reference lib="webworker" />
/**
 * The Web Worker that runs reader code off the page's thread, one run per worker. It holds the
 * engine, so a cell's `import … from "@nnbook/nn"` resolves here, and streams each output back
 * over the port the page gave it. On the built site it runs inside a sandbox with no network and
 * an opaque origin (sandbox-frame.ts); the book's data files come from the page, as bytes.
 */
import * as nnbook from "@nnbook/nn";
import { executeCell } from "./execute.ts";
import { runExercise } from "../exercises/run.ts";
import { withLazyModules } from "./cell-modules.ts";
import type { WorkerRequest, WorkerMessage } from "./worker-protocol.ts";
import { Outbox } from "./outbox.ts";
import { lockDown, withBookData, pageFetch } from "./sandbox.ts";

type Scope = { nnbookPort?: MessagePort; onmessage: ((event: MessageEvent) => void) | null };
const scope = self as unknown as Scope;

function start(port: MessagePort) {
  const post = (message: WorkerMessage) => port.postMessage(message);
  const modules: Record<string, unknown> = { "@nnbook/nn": withBookData(nnbook, pageFetch(port)) };
  // belt and braces: the sandbox already gives no network or storage; these names just fail clearly
  lockDown(self);
  let ran = false;
  port.addEventListener("message", async (event: MessageEvent<WorkerRequest>) => {
    const request = event.data;
    if (request?.type !== "run" || ran) return;
    ran = true; // one run per worker: the page starts a fresh one for the next
    const { code, timeoutMs, figureWidth, exercise } = request;
    const outbox = new Outbox((outputs, skipped) => post({ type: "outputs", outputs, skipped }));
    const loaded = await withLazyModules(code, modules, { figureWidth });
    const report = (output: Parameters<typeof outbox.add>[0]) => outbox.add(output);
    // an exercise is the reader's code with its checks after it (src/exercises/run.ts)
    const result = exercise
      ? await runExercise({ code, checks: exercise.checks, seed: exercise.seed, timeoutMs }, loaded, report)
      : await executeCell(code, loaded, report, timeoutMs);
    outbox.flush();
    post({ type: "done", result });
  });
  port.start();
  post({ type: "ready" });
}

// the sandbox's loader left the port here; under `npm run dev` the page posts it
const given = scope.nnbookPort;
delete scope.nnbookPort;
if (given) start(given);
else scope.onmessage = (event: MessageEvent<{ port: MessagePort }>) => {
  scope.onmessage = null;
  start(event.data.port);
};
