import { Optimizer, setScheduledLr } from "./optimizer.ts";

/**
 * Base of the learning-rate schedules: call `step()` once per epoch, after the epoch's
 * `opt.step()` calls, and it sets `opt.lr` for the next epoch. Each subclass gives PyTorch's
 * chainable rule, the next rate from the current one, so values match `torch.optim.lr_scheduler`
 * step for step, and a rate changed by hand (or by a second schedule) is carried on from.
 * Like `torch.optim.lr_scheduler.LRScheduler`. Chapter 6, Optimizers (learning-rate schedules).
 */
export abstract class LRScheduler {
  readonly optimizer: Optimizer;
  /** The optimizer's rate when the schedule was made, η₀ (PyTorch's `base_lrs[0]`). */
  readonly baseLr: number;
  /** How many times `step()` has been called: the current epoch, starting at 0. */
  lastEpoch = 0;
  #lastLr: number;

  constructor(name: string, optimizer: Optimizer) {
    if (!(optimizer instanceof Optimizer)) {
      throw new Error(`${name}: expected an optimizer (e.g. new optim.SGD(params, { lr })), got ${describe(optimizer)}`);
    }
    this.optimizer = optimizer;
    this.baseLr = optimizer.lr;
    this.#lastLr = optimizer.lr;
  }

  /** The rate for epoch `lastEpoch`, given the rate `lr` of the epoch before. */
  protected abstract nextLr(lr: number): number;

  /**
   * Set the rate of epoch 0, for a schedule that does not start at η₀ (a warm-up starts lower);
   * PyTorch's constructor does the same. A subclass calls it once its own options are read.
   */
  protected setInitialLr(value: number): void {
    setScheduledLr(this.optimizer, value);
    this.#lastLr = this.optimizer.lr;
  }

  /** Move to the next epoch and set the optimizer's rate for it. */
  step(): void {
    this.lastEpoch++;
    setScheduledLr(this.optimizer, this.nextLr(this.optimizer.lr));
    this.#lastLr = this.optimizer.lr;
  }

  /** The rate this schedule last set, as a one-element list (one per parameter group, as PyTorch). */
  getLastLr(): number[] {
    return [this.#lastLr];
  }
}

function describe(value: unknown): string {
  if (value === null || typeof value !== "object") return String(value);
  return value.constructor?.name ?? "an object";
}

/** A positive integer option of a schedule. */
export function checkPositiveInteger(op: string, name: string, value: unknown): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 1) {
    throw new Error(`${op}: ${name} must be a positive integer, got ${String(value)}`);
  }
  return value;
}
