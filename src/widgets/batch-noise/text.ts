// What the batch-noise widget says.
import { show } from "../kit/format.ts";
import { N, type Scatter } from "./model.ts";

export function batchLabel(batchSize: number): string {
  return batchSize === N ? `full batch (${N})` : `B = ${batchSize}`;
}

/** "B = 16: 48 mini-batch gradients around the full gradient; mean squared distance 0.0123." */
export function scatterStatus(batchSize: number, s: Scatter): string {
  if (batchSize === N) return `Full batch: every gradient is the full gradient, (${show(s.full[0], 3)}, ${show(s.full[1], 3)}); no noise.`;
  const error = s.meanSquaredError < 1e-3 ? s.meanSquaredError.toExponential(1).replace("-", "−") : show(s.meanSquaredError, 4);
  return `${batchLabel(batchSize)}: ${s.batches.length} mini-batch gradients around the full gradient; mean squared distance ${error}.`;
}

export const DESCRIPTION =
  "Mini-batch gradients of a two-weight logistic regression drawn as arrows around the full gradient, " +
  "and the training loss for several batch sizes against steps or examples seen.";
