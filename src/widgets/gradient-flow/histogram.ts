// The histogram of one layer's pre-activations, over a fixed window of z, and how many of them sit
// where the activation's derivative is small (saturated, or for ReLU inactive).
import { SCALAR } from "../kit/activations.ts";
import type { ActivationName } from "./config.ts";

/** The window of z the histogram covers; values beyond it are counted in the edge bins. */
export const Z_RANGE = 6;
export const BINS = 48;

export interface Histogram {
  /** Counts per bin; bin i covers [−Z_RANGE + i·w, −Z_RANGE + (i + 1)·w), w = 2·Z_RANGE / BINS. */
  readonly counts: number[];
  /** How many values fell below −Z_RANGE or above Z_RANGE (included in the edge bins). */
  readonly below: number;
  readonly above: number;
  readonly total: number;
}

export function histogram(values: ArrayLike<number>, bins = BINS, range = Z_RANGE): Histogram {
  const counts = new Array<number>(bins).fill(0);
  const width = (2 * range) / bins;
  let below = 0, above = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v < -range) below++;
    if (v > range) above++;
    const k = Math.floor((v + range) / width);
    counts[Math.min(bins - 1, Math.max(0, Number.isNaN(k) ? 0 : k))]++;
  }
  return { counts, below, above, total: values.length };
}

/** φ(z), the kit's (the engine's) activation. */
export function activationValue(name: ActivationName, z: number): number {
  return SCALAR[name].f(z);
}

/** φ'(z); ReLU'(0) = 0, as the engine. */
export function activationSlope(name: ActivationName, z: number): number {
  return SCALAR[name].df(z);
}

/** φ'(0) for sigmoid and tanh, the largest slope; ReLU's slope on its active side. */
export const PEAK_SLOPE: Readonly<Record<ActivationName, number>> = { sigmoid: 0.25, tanh: 1, relu: 1 };

/**
 * The share of values where φ'(z) is below a tenth of its peak: saturated sigmoid or tanh units
 * (|z| above about 3.6 for sigmoid, 1.8 for tanh), or inactive ReLUs (z ≤ 0).
 */
export function saturatedShare(name: ActivationName, values: ArrayLike<number>): number {
  if (values.length === 0) return 0;
  let n = 0;
  for (let i = 0; i < values.length; i++) if (activationSlope(name, values[i]) < 0.1 * PEAK_SLOPE[name]) n++;
  return n / values.length;
}
