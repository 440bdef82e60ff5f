/**
 * When a run is stopped as a runaway. A cell's limit (10 s unless its fence says otherwise) is an
 * inactivity limit: time since the cell last showed something (a log, a value, a `progress(…)`),
 * so a training loop that keeps reporting runs on. A hard cap ends even a chatty run.
 */
export const HARD_CAP_MS = 5 * 60_000;

export type Expiry = { reason: "idle" | "cap"; limitMs: number };

export class RunClock {
  readonly idleMs: number;
  readonly capMs: number;
  readonly start: number;
  #last: number;

  constructor(idleMs: number, start: number, capMs = HARD_CAP_MS) {
    this.idleMs = idleMs;
    // a fence may ask for more than the cap (timeout=600): the cap never cuts a cell's own limit
    this.capMs = Math.max(capMs, idleMs);
    this.start = start;
    this.#last = start;
  }

  /** The cell showed something at `now`: the idle limit counts again from here. */
  touch(now: number): void {
    if (now > this.#last) this.#last = now;
  }

  /** Why the run is over at `now`, or null while it may go on. */
  expired(now: number): Expiry | null {
    if (now - this.start > this.capMs) return { reason: "cap", limitMs: this.capMs };
    if (now - this.#last > this.idleMs) return { reason: "idle", limitMs: this.idleMs };
    return null;
  }

  /** Milliseconds from `now` until the run expires if nothing more is shown. */
  remaining(now: number): number {
    return Math.max(0, Math.min(this.start + this.capMs, this.#last + this.idleMs) - now);
  }
}

/** The reader-facing sentence for a stop, `where` naming the place ("the loop on line 4"). */
export function expiryMessage(expiry: Expiry, where: string): string {
  const s = formatSeconds(expiry.limitMs);
  return expiry.reason === "cap"
    ? `Stopped: ${where} reached the limit of ${s} for one run.`
    : `Stopped: ${where} ran for ${s} without showing anything. Is it missing a way to end? (A long run stays alive while it reports progress(…).)`;
}

function formatSeconds(ms: number): string {
  return ms >= 120_000 && ms % 60_000 === 0 ? `${ms / 60_000} min` : `${ms / 1000} s`;
}
