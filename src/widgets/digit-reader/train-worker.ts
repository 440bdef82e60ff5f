// The training worker: fetches the digits, trains the chapter's CNN with trainReader and sends
// progress (at most every 100 ms), then the weights. Only the book's own code runs here, so it
// needs no sandbox; the page's thread never trains.
import { data } from "@nnbook/nn";
import type { FromWorker, ToWorker } from "./protocol.ts";
import { trainReader, type Progress } from "./train.ts";

const post = (message: FromWorker, transfer: Transferable[] = []) => postMessage(message, { transfer });
let stopping = false;

addEventListener("message", (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === "stop") stopping = true;
  else void run(message.url, message.plan);
});

async function run(url: string, plan: Extract<ToWorker, { type: "train" }>["plan"]): Promise<void> {
  const started = performance.now();
  try {
    post({ type: "loading" });
    const digits = await data.fetchDigits(url, { shape: "image" });
    let sent = 0;
    const onProgress = (progress: Progress) => {
      const now = performance.now();
      if (now - sent < 100 && progress.batch !== progress.batches) return;
      sent = now;
      post({ type: "progress", progress });
    };
    const trained = await trainReader(digits, plan, onProgress, () => stopping);
    post({ type: "done", trained, seconds: (performance.now() - started) / 1000 }, Object.values(trained.weights).map((w) => w.buffer));
  } catch (error) {
    post({ type: "error", message: error instanceof Error ? error.message : String(error) });
  }
}
