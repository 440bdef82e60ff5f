/** One epoch's numbers, passed to `onEpoch` and collected in the `History`. */
export interface EpochLog {
  /** 1, 2, … */
  epoch: number;
  /** Mean training loss over the epoch's batches, weighted by batch size. */
  loss: number;
  /** Loss on the validation set after the epoch (when `validation` is given). */
  valLoss?: number;
  /** Each metric on the epoch's training batches, weighted by batch size (as Keras reports them). */
  metrics: Record<string, number>;
  /** Each metric on the whole validation set after the epoch. */
  valMetrics: Record<string, number>;
}

/** One step's numbers, passed to `onBatch`. */
export interface BatchLog {
  epoch: number;
  /** 1 … batches. */
  batch: number;
  /** Batches per epoch. */
  batches: number;
  loss: number;
}

/** Keras-style record of a run: one entry per epoch in each list. */
export interface History {
  epoch: number[];
  loss: number[];
  /** Empty without `validation`. */
  valLoss: number[];
  metrics: Record<string, number[]>;
  valMetrics: Record<string, number[]>;
  /** The epoch with the lowest monitored loss (with `earlyStopping`), else null. */
  bestEpoch: number | null;
  /** The epoch at which early stopping or a callback's `false` ended training, else null (ran all epochs). */
  stoppedEpoch: number | null;
}

/** A history with no epochs yet, with a list per metric name. */
export function emptyHistory(metricNames: readonly string[]): History {
  const lists = () => Object.fromEntries(metricNames.map((k) => [k, [] as number[]]));
  return { epoch: [], loss: [], valLoss: [], metrics: lists(), valMetrics: lists(), bestEpoch: null, stoppedEpoch: null };
}

/** Append one epoch's log to every list of the history (validation lists only when it was scored). */
export function recordEpoch(history: History, log: EpochLog): void {
  history.epoch.push(log.epoch);
  history.loss.push(log.loss);
  if (log.valLoss !== undefined) history.valLoss.push(log.valLoss);
  for (const k of Object.keys(history.metrics)) {
    history.metrics[k].push(log.metrics[k]);
    if (log.valLoss !== undefined) history.valMetrics[k].push(log.valMetrics[k]);
  }
}
