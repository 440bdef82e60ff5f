import { Tensor } from "../tensor/tensor.ts";
import { describeNonFinite, NonFiniteLossError } from "../losses/finite.ts";
import type { FitLoss } from "./options.ts";

/** Where in training a loss is computed: a batch of an epoch, or (batch null) the validation after it. */
export interface LossPlace {
  epoch: number;
  batch: number | null;
}

/**
 * The loss of one batch as a scalar tensor, with the place fit knows added to any failure: a
 * `NonFiniteLossError` from the loss (the engine's losses throw it) or from a non-finite value a
 * loss of the reader's own returns is (re)thrown as a `NonFiniteLossError` carrying the epoch and
 * batch, with the loss's own error as `cause`; any other error from the loss is rethrown with
 * the place in front of its message.
 */
export function lossAt(loss: FitLoss, pred: Tensor, y: Tensor, place: LossPlace): Tensor {
  let l: Tensor;
  try {
    l = loss(pred, y);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof NonFiniteLossError) {
      throw new NonFiniteLossError(`fit: ${what(place, describeNonFinite(error.value))} — ${message}`, { lossName: error.lossName, value: error.value, index: error.index, ...place }, {
        cause: error,
      });
    }
    throw new Error(`fit: the ${place.batch === null ? "validation " : ""}loss threw ${where(place)} — ${message}`, { cause: error });
  }
  if (!(l instanceof Tensor) || l.size !== 1) throw new Error(`fit: loss must return a scalar tensor, got ${l instanceof Tensor ? `shape [${l.shape.join(",")}]` : typeof l}`);
  const value = l.item();
  if (!Number.isFinite(value)) {
    throw new NonFiniteLossError(`fit: ${what(place, describeNonFinite(value))} — lower the learning rate, or check the data for NaN/Infinity`, {
      lossName: "loss", value, ...place,
    });
  }
  return l;
}

/** "loss is NaN at epoch 2, batch 2", or "validation loss is NaN after epoch 2". */
function what(place: LossPlace, value: string): string {
  return `${place.batch === null ? "validation " : ""}loss is ${value} ${where(place)}`;
}

function where({ epoch, batch }: LossPlace): string {
  return batch === null ? `after epoch ${epoch}` : `at epoch ${epoch}, batch ${batch}`;
}
