// What the overfitting playground says: its status line, its figures' labels and its captions.
import { show } from "../kit/format.ts";
import { DATASET_LABELS, type Config } from "./config.ts";
import type { PointSet } from "./dataset.ts";
import type { WeightHistogram } from "./histogram.ts";
import { PATIENCE, type LossRecord, type Run } from "./model.ts";

/** A loss for reading: three decimals, one above 10, with thousands grouped above 1000. */
export function lossText(loss: number): string {
  if (loss >= 1000) return Math.round(loss).toLocaleString("en-US");
  return show(loss, loss >= 10 ? 1 : 3);
}

/** A strength or a rate: "0", "0.001", "3e−4", "1e30" … as short as it is exact. */
export function rateText(v: number): string {
  if (v === 0) return "0";
  if (v < 0.001 || v >= 1e4) return v.toExponential(0).replace("e-", "e−").replace("e+", "e");
  return String(Number(v.toPrecision(2)));
}

/** A magnitude for reading: "2.31", or "1.0 × 10³⁰" when it is huge. */
export function magnitudeText(v: number): string {
  if (v < 1e4) return show(v, 2);
  const [mantissa, exponent] = v.toExponential(1).split("e");
  return `${mantissa} × 10${exponent.replace("+", "").replace(/\d/g, (d) => "⁰¹²³⁴⁵⁶⁷⁸⁹"[Number(d)])}`;
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** "40 training and 160 test points", or "30 training, 10 validation and 160 test points". */
export function splitText(points: PointSet): string {
  const { train, val, test } = points.rows;
  return val.length > 0
    ? `${train.length} training, ${val.length} validation and ${test.length} test points`
    : `${train.length} training and ${test.length} test points`;
}

/** "Moons, noise 0.30, 40 training and 160 test points; 3 hidden layers of 32 units; L1 0, L2 0.001, dropout 0.20, learning rate 0.01, early stopping off." */
export function configText(config: Config, points: PointSet): string {
  const layers = `${config.depth} hidden layer${config.depth === 1 ? "" : "s"} of ${config.width} unit${config.width === 1 ? "" : "s"}`;
  return `${DATASET_LABELS[config.dataset]}, noise ${show(config.noise, 2)}, ${splitText(points)}; ${layers}; L1 ${rateText(config.l1)}, L2 ${rateText(config.l2)}, ` +
    `dropout ${show(config.dropout, 2)}, learning rate ${rateText(config.lr)}, early stopping ${config.earlyStopping ? "on" : "off"}.`;
}

/** "train loss 0.213, test loss 0.402 (gap 0.189); accuracy 97% train, 84% test" */
export function lossesText(r: LossRecord): string {
  const val = r.val === null ? "" : `validation loss ${lossText(r.val)}, `;
  return `train loss ${lossText(r.train)}, ${val}test loss ${lossText(r.test)} (gap ${show(r.test - r.train, 3)}); ` +
    `accuracy ${percent(r.trainAccuracy)} train, ${percent(r.testAccuracy)} test`;
}

const DIVERGED: Record<"nan" | "infinite" | "huge", string> = {
  nan: "the loss stopped being a number",
  infinite: "the loss grew to infinity",
  huge: "the training loss passed 1,000",
};

/** The status line: where the run is, why it stopped if it did, and what it was set to. */
export function statusText(run: Run): string {
  const stop = run.stop;
  let what: string;
  if (stop?.reason === "diverged") {
    what = `Stopped at step ${stop.at}: training diverged, ${DIVERGED[stop.what]}. Lower the learning rate and press Reset.`;
  } else if (stop?.reason === "early") {
    what = `Early stopping at step ${stop.at}: the validation loss had not improved for ${PATIENCE} steps, so the weights of step ${stop.best} ` +
      `are back; there, ${lossesText(run.current)}.`;
  } else {
    const end = stop?.reason === "end" ? " (the end of the run)" : "";
    what = `Step ${run.step}${end}: ${lossesText(run.current)}.`;
  }
  return `${what} ${configText(run.config, run.points)}`;
}

export function surfaceLabel(run: Run): string {
  const r = run.current;
  return `Decision surface on the ${DATASET_LABELS[run.config.dataset].toLowerCase()}: orange where the network says class 0, blue where it says class 1, ` +
    `paler where it is unsure; training points filled, test points hollow${run.points.rows.val.length > 0 ? ", validation points dashed" : ""}. ` +
    `Accuracy ${percent(r.trainAccuracy)} on the training points, ${percent(r.testAccuracy)} on the test points.`;
}

export function lossLabel(run: Run): string {
  return `Train${run.current.val === null ? "" : ", validation"} and test loss against steps, on a log scale; at step ${run.current.step}, ${lossesText(run.current)}.`;
}

/** "1,345 weights; 12% within ±0.01 of zero; the largest |w| is 2.31." */
export function histogramText(h: WeightHistogram): string {
  return `${h.total.toLocaleString("en-US")} weights; ${percent(h.total ? h.nearZero / h.total : 0)} within ±0.01 of zero; the largest |w| is ${magnitudeText(h.maxAbs)}.`;
}

export const DESCRIPTION =
  "A network learning to separate two classes of noisy points, with its decision surface, its train and test losses " +
  "per step, and a histogram of its weights.";
