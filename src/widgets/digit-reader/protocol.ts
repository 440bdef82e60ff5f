// The messages between the page and the training worker.
import type { Progress, TrainPlan, Trained } from "./train.ts";

export type ToWorker =
  | { type: "train"; url: string; plan: TrainPlan }
  /** Finish the current batch, score what is there, and send it. */
  | { type: "stop" };

export type FromWorker =
  | { type: "loading" }
  | { type: "progress"; progress: Progress }
  | { type: "done"; trained: Trained; seconds: number }
  | { type: "error"; message: string };
