import type { Tensor } from "../tensor/tensor.ts";
import { unravelIndex } from "../tensor/shape.ts";

/** What a `NonFiniteLossError` knows besides its message. */
export interface NonFiniteLoss {
  /** The loss that came out non-finite: "mseLoss", "crossEntropy", … or "loss" for `fit`'s own function. */
  lossName: string;
  /** NaN, Infinity or -Infinity. */
  value: number;
  /** Where it appeared in an unreduced loss (or in the input that made it), else null. */
  index?: readonly number[] | null;
  /** The epoch and batch, when `fit` raised it; null otherwise (batch is null for the validation loss). */
  epoch?: number | null;
  batch?: number | null;
}

/**
 * The one error every loss throws when its value is NaN or ±Infinity, and `fit` rethrows with the
 * epoch and batch added. Catch it by type (`error instanceof NonFiniteLossError`), never by its
 * message. Its `name` stays "Error", so a cell shows it as it shows any other error.
 * Chapter 10, Practice (debugging a network).
 */
export class NonFiniteLossError extends Error {
  readonly lossName: string;
  readonly value: number;
  readonly index: readonly number[] | null;
  readonly epoch: number | null;
  readonly batch: number | null;

  constructor(message: string, loss: NonFiniteLoss, options?: ErrorOptions) {
    super(message, options);
    this.lossName = loss.lossName;
    this.value = loss.value;
    this.index = loss.index ?? null;
    this.epoch = loss.epoch ?? null;
    this.batch = loss.batch ?? null;
  }
}

/** "NaN", "Infinity" or "-Infinity", as a message says it. */
export function describeNonFinite(value: number): string {
  return Number.isNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity";
}

const HINT = "check the inputs for NaN/Infinity, or lower the learning rate";

/**
 * Throw a `NonFiniteLossError` if a loss came out NaN or ±Infinity. A training loop that diverged
 * (a learning rate too large, an input that was already NaN) then stops at the step where it
 * happened, with a message naming the loss, instead of plotting NaN for the rest of the run.
 */
export function checkFinite(lossName: string, loss: Tensor): Tensor {
  const v = loss.data;
  for (let i = 0; i < v.length; i++) {
    if (Number.isFinite(v[i])) continue;
    const index = indexOf(loss, i);
    throw new NonFiniteLossError(`${lossName}: the loss is ${describeNonFinite(v[i])}${at(index)} — ${HINT}`, { lossName, value: v[i], index });
  }
  return loss;
}

/**
 * The error for an input value that makes the loss NaN before it is computed, naming the input:
 * "binaryCrossEntropy: the loss is NaN because prob got NaN at index [0] — …".
 */
export function nonFiniteInput(lossName: string, inputName: string, input: Tensor, i: number): NonFiniteLossError {
  const index = indexOf(input, i);
  const reason = `${inputName} got ${describeNonFinite(input.data[i])}${at(index)}`;
  return new NonFiniteLossError(`${lossName}: the loss is NaN because ${reason} — ${HINT}`, { lossName, value: Number.NaN, index });
}

function indexOf(t: Tensor, flat: number): number[] | null {
  return t.ndim > 0 ? unravelIndex(flat, t.shape) : null;
}

function at(index: readonly number[] | null): string {
  return index !== null ? ` at index [${index.join(",")}]` : "";
}
