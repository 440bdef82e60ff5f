// The page's side of a training run: starts the worker, passes its messages on, asks it to stop,
// and ends it for good (terminate) when the widget leaves the page. One worker per run.
import type { FromWorker, ToWorker } from "./protocol.ts";
import type { TrainPlan } from "./train.ts";

export interface TrainingRun {
  /** Asks the worker to end after the current batch and send the weights it has. */
  stop(): void;
  /** Ends the worker at once; no more messages. */
  cancel(): void;
}

export function startTraining(url: string, plan: TrainPlan, onMessage: (message: FromWorker) => void): TrainingRun {
  let worker: Worker | null = null;
  const cancel = () => {
    worker?.terminate();
    worker = null;
  };
  try {
    worker = new Worker(new URL("./train-worker.ts", import.meta.url), { type: "module", name: "nnbook-digit-reader" });
  } catch (error) {
    queueMicrotask(() => onMessage({ type: "error", message: `the training worker could not start (${error instanceof Error ? error.message : String(error)})` }));
    return { stop: () => {}, cancel };
  }
  worker.addEventListener("message", (event: MessageEvent<FromWorker>) => {
    if (!worker) return;
    if (event.data.type === "done" || event.data.type === "error") cancel();
    onMessage(event.data);
  });
  worker.addEventListener("error", (event) => {
    event.preventDefault();
    if (!worker) return;
    cancel();
    onMessage({ type: "error", message: `the training worker failed${event.message ? ` (${event.message})` : ""}` });
  });
  worker.postMessage({ type: "train", url, plan } satisfies ToWorker);
  return {
    stop: () => worker?.postMessage({ type: "stop" } satisfies ToWorker),
    cancel,
  };
}
