/// <reference lib="webworker" />
/**
 * The Web Worker that runs reader code off the page's thread. It holds the engine, so a cell's
 * `import … from "@nnbook/nn"` resolves here, and streams each output back as it happens.
 */
import * as nnbook from "@nnbook/nn";
import { executeCell } from "./execute.ts";
import type { WorkerRequest, WorkerMessage } from "./worker-protocol.ts";

const modules: Record<string, unknown> = { "@nnbook/nn": nnbook };
const post = (message: WorkerMessage) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(message);

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const { id, code, timeoutMs } = event.data;
  const result = await executeCell(code, modules, (output) => post({ type: "output", id, output }), timeoutMs);
  post({ type: "done", id, result });
};
post({ type: "ready" });
