/// <reference lib="webworker" />
/**
 * The Web Worker that runs reader code off the page's thread. It holds the engine, so a cell's
 * `import … from "@nnbook/nn"` resolves here, and streams each output back as it happens.
 */
import * as nnbook from "@nnbook/nn";
import { executeCell } from "./execute.ts";
import { withLazyModules } from "./cell-modules.ts";
import type { WorkerRequest, WorkerMessage } from "./worker-protocol.ts";
import { lockDown, bookFetch, withBookData } from "./sandbox.ts";

// data.fetchDigits loads the book's files through a same-origin, cookie-less fetch taken before lockDown
const modules: Record<string, unknown> = { "@nnbook/nn": withBookData(nnbook, bookFetch(self)) };
const post = (message: WorkerMessage) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(message);

// reader code gets no storage, network or script loading (the worker's own code takes what it needs first)
lockDown(self);

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const { id, code, timeoutMs, figureWidth } = event.data;
  const result = await executeCell(code, await withLazyModules(code, modules, { figureWidth }), (output) => post({ type: "output", id, output }), timeoutMs);
  post({ type: "done", id, result });
};
post({ type: "ready" });
