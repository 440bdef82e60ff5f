// What the batch-noise widget says.
import { show } from "../kit/format.ts";
import { N, meanSquaredDistance, type Scatter } from "./model.ts";

export function batchLabel(batchSize: number): string {
  return batchSize === N ? `full batch (${N})` : `B = ${batchSize}`;
}

const distance = (d: number) => (d < 1e-3 ? d.toExponential(1).replace("-", "−") : show(d, 4));

/**
 * "B = 16: 2 of 48 mini-batch gradients shown; their mean squared distance from the full gradient
 * 0.0123 (all 48: 0.0101)." — the distance of the arrows drawn, beside that of all of them.
 */
export function scatterStatus(batchSize: number, s: Scatter, shown = s.batches.length): string {
  if (batchSize === N) return `Full batch: every gradient is the full gradient, (${show(s.full[0], 3)}, ${show(s.full[1], 3)}); no noise.`;
  const total = s.batches.length;
  const drawn = s.batches.slice(0, shown);
  const all = total > shown ? ` (all ${total}: ${distance(s.meanSquaredError)})` : "";
  if (shown === 1) return `${batchLabel(batchSize)}: 1 of ${total} mini-batch gradients shown; its squared distance from the full gradient ${distance(meanSquaredDistance(drawn, s.full))}${all}.`;
  return `${batchLabel(batchSize)}: ${shown === total ? `all ${total}` : `${shown} of ${total}`} mini-batch gradients shown; their mean squared distance from the full gradient ${distance(meanSquaredDistance(drawn, s.full))}${all}.`;
}

export const DESCRIPTION =
  "Mini-batch gradients of a two-weight logistic regression drawn as arrows around the full gradient, " +
  "and the training loss for several batch sizes against steps or examples seen.";
