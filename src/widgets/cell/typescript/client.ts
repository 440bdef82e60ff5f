/**
 * The page's side of the type worker: one worker for all cells of a page, started by `connect()`
 * (when a reader first focuses a cell), and a promise per request.
 */
import type { TsAnswers, TsRequest, TsResponse } from "./protocol.ts";

type Op = TsRequest["op"];
type Ask = <K extends Op>(request: Omit<Extract<TsRequest, { op: K }>, "id"> & { op: K }) => Promise<TsAnswers[K]>;

export type TsClient = { ask: Ask };

let client: TsClient | null = null;

/** The page's type worker, started on first call. If it cannot start, answers are empty. */
export function connect(): TsClient {
  if (client) return client;
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let nextId = 1;
  let broken = false;
  const worker = new Worker(new URL("./ts-worker.ts", import.meta.url), { type: "module", name: "nnbook-types" });
  worker.onmessage = (event: MessageEvent<TsResponse>) => {
    const response = event.data;
    const waiting = pending.get(response.id);
    if (!waiting) return;
    pending.delete(response.id);
    if (response.ok) waiting.resolve(response.value);
    else waiting.reject(new Error(response.error));
  };
  worker.onerror = (event) => {
    // type help is a nicety: without it the cell still edits and runs
    event.preventDefault();
    broken = true;
    for (const waiting of pending.values()) waiting.reject(new Error("The type checker could not start."));
    pending.clear();
  };
  const ask: Ask = (request) => {
    if (broken) return Promise.reject(new Error("The type checker could not start."));
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      worker.postMessage({ ...request, id } as TsRequest);
    });
  };
  client = { ask };
  return client;
}
