/**
 * The worker's side of a run's output: what a cell prints is cut to size and sent in batches, at
 * most one message every `BATCH_MS`, so a cell that prints 200,000 lines as fast as it can (or one
 * 50 MB line) never floods the page with messages or copies megabytes across. Only what the page
 * could ever show is sent: the run's first output and its most recent `KEEP` (output.ts keeps the
 * same); the outputs skipped in between are sent as a count, so the page can say how many.
 * The page checks every message anyway (checked-message.ts): this is the polite path, not the guard.
 */
import type { CellOutput } from "./runner.ts";
import { cut, MAX_TEXT } from "./checked-message.ts";

export const BATCH_MS = 16;
/** Outputs kept per batch besides the run's first: as many as the page keeps on screen. */
export const KEEP = 100;

export class Outbox {
  #send: (outputs: CellOutput[], skipped: number) => void;
  #now: () => number;
  #waiting: CellOutput[] = [];
  #skipped = 0;
  #sentAny = false;
  #last: number;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(send: (outputs: CellOutput[], skipped: number) => void, now: () => number = () => performance.now()) {
    this.#send = send;
    this.#now = now;
    this.#last = now();
  }

  add(output: CellOutput): void {
    if (output.kind === "progress") {
      // progress is already thinned by its reporter (progress.ts) and every point belongs on the curve: sent in order, never skipped
      this.flush();
      this.#send([output], 0);
      return;
    }
    this.#waiting.push(trim(output));
    // the middle can never be seen: forget it as it comes (in steps, not at every line), counted
    if (this.#waiting.length > 2 * KEEP + 1) this.#forgetMiddle();
    // a synchronous loop starves timers, so the clock is read here too
    if (this.#now() - this.#last >= BATCH_MS) this.flush();
    else this.#timer ??= setTimeout(() => this.flush(), BATCH_MS);
  }

  /** Sends what waits (at the end of a run, and before anything that must follow the outputs). */
  flush(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#last = this.#now();
    this.#forgetMiddle();
    if (this.#waiting.length === 0 && this.#skipped === 0) return;
    const outputs = this.#waiting;
    const skipped = this.#skipped;
    this.#waiting = [];
    this.#skipped = 0;
    this.#sentAny ||= outputs.some((o) => o.kind !== "progress");
    this.#send(outputs, skipped);
  }

  #forgetMiddle(): void {
    const keepFirst = this.#sentAny ? 0 : 1;
    const drop = this.#waiting.length - keepFirst - KEEP;
    if (drop <= 0) return;
    this.#waiting.splice(keepFirst, drop);
    this.#skipped += drop;
  }
}

/** Long text is cut in the worker, so a 50 MB line is never copied to the page. */
function trim(output: CellOutput): CellOutput {
  if (output.kind === "log" && output.text.length > MAX_TEXT) return { ...output, text: cut(output.text) };
  if (output.kind === "error" && output.message.length > MAX_TEXT) return { ...output, message: cut(output.message) };
  return output;
}
