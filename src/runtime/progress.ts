/**
 * `progress(…)`: how a long run reports itself. A cell calls it with a plain record — an epoch
 * log of `fit` works as it is (`onEpoch: progress`) — and the page shows a progress line and a
 * curve that grows. Points are sent in batches at most every `FLUSH_MS`, so a loop that reports
 * every step does not flood the page.
 */
export const FLUSH_MS = 100;

/** One reported step, as it crosses to the page. */
export type ProgressPoint = {
  /** Position on the curve's x axis: fractional epochs when batches are known, else the step. */
  x: number;
  /** Milliseconds since the run started. */
  t: number;
  epoch?: number;
  epochs?: number;
  batch?: number;
  batches?: number;
  step?: number;
  steps?: number;
  /** Every other number of the record (loss, accuracy, valLoss…), in the record's order. */
  values: Record<string, number>;
};

const COUNTERS = ["epoch", "epochs", "batch", "batches", "step", "steps"] as const;

/** A reader's record as a point; `index` (1, 2, …) is its place, used when it names no step. */
export function toPoint(record: unknown, index: number, t: number): ProgressPoint {
  if (record === null || typeof record !== "object" || Array.isArray(record)) {
    throw new TypeError("progress expects a record of numbers, e.g. progress({ epoch, epochs, loss })");
  }
  const point: ProgressPoint = { x: index, t, values: {} };
  for (const [key, value] of Object.entries(record)) {
    if ((COUNTERS as readonly string[]).includes(key)) {
      if (typeof value === "number" && Number.isFinite(value)) point[key as (typeof COUNTERS)[number]] = value;
    } else if (typeof value === "number") {
      point.values[key] = value;
    } else if ((key === "metrics" || key === "valMetrics") && value !== null && typeof value === "object") {
      // fit's epoch log nests its metrics: { metrics: { accuracy } } → accuracy, valAccuracy
      for (const [name, v] of Object.entries(value)) {
        if (typeof v === "number") point.values[key === "metrics" ? name : `val${name[0].toUpperCase()}${name.slice(1)}`] = v;
      }
    }
  }
  if (point.epoch !== undefined && point.batch !== undefined && point.batches) point.x = point.epoch - 1 + point.batch / point.batches;
  else if (point.epoch !== undefined) point.x = point.epoch;
  else if (point.step !== undefined) point.x = point.step;
  return point;
}

export type ProgressReporter = {
  /** The function cells call. */
  progress: (record: unknown) => void;
  /** Sends what is waiting now (at the end of a run, before an error). */
  flush: () => void;
};

/**
 * The cell-side `progress` function. `send` gets each batch of points; `now` is the clock;
 * `later` schedules the flush of a batch that no further call comes to collect (an awaited loop).
 */
export function createProgress(
  send: (points: ProgressPoint[]) => void,
  now: () => number,
  start = now(),
  later: (fn: () => void, ms: number) => unknown = (fn, ms) => setTimeout(fn, ms),
): ProgressReporter {
  let waiting: ProgressPoint[] = [];
  let count = 0;
  let lastSent = -Infinity;
  let scheduled = false;
  const flush = () => {
    if (waiting.length === 0) return;
    const points = waiting;
    waiting = [];
    lastSent = now();
    send(points);
  };
  const progress = (record: unknown) => {
    const t = now();
    waiting.push(toPoint(record, ++count, Math.round(t - start)));
    if (t - lastSent >= FLUSH_MS) flush();
    else if (!scheduled) {
      scheduled = true;
      later(() => {
        scheduled = false;
        flush();
      }, FLUSH_MS);
    }
  };
  return { progress, flush };
}

/**
 * The points a page keeps of a run, bounded: past `max` points every other one is dropped and
 * from then on only every second arriving point is kept (the stride doubles each time), so a run
 * of a million steps still draws an even, faithful curve from a few thousand. The newest point is
 * always at hand for the progress line.
 */
export class ProgressSeries {
  readonly max: number;
  points: ProgressPoint[] = [];
  latest: ProgressPoint | null = null;
  /** Every point received, kept or not. */
  received = 0;
  #stride = 1;

  constructor(max = 2000) {
    this.max = max;
  }

  add(points: ProgressPoint[]): void {
    for (const point of points) {
      if (this.received++ % this.#stride === 0) this.points.push(point);
      this.latest = point;
      if (this.points.length > this.max) {
        this.points = this.points.filter((_, i) => i % 2 === 0);
        this.#stride *= 2;
      }
    }
  }

  /** The kept points plus the newest, for drawing. */
  curve(): ProgressPoint[] {
    const last = this.points[this.points.length - 1];
    return this.latest && last !== this.latest ? [...this.points, this.latest] : this.points;
  }
}
