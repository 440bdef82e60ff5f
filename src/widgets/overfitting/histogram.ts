// The histogram of the network's weights: counts over a symmetric window that grows in powers of
// two with the largest weight, and how many weights sit at (nearly) zero, which L1 drives up.

export const BINS = 40;
/** A weight this close to 0 counts as zero. */
export const NEAR_ZERO = 0.01;

export interface WeightHistogram {
  /** Counts per bin; bin i covers [−range + i·w, −range + (i + 1)·w), w = 2·range / bins. */
  readonly counts: number[];
  /** Half the window: the smallest power of two (at least 0.5) that holds every weight. */
  readonly range: number;
  readonly total: number;
  /** Weights with |w| < NEAR_ZERO. */
  readonly nearZero: number;
  readonly maxAbs: number;
}

export function weightHistogram(values: ArrayLike<number>, bins = BINS): WeightHistogram {
  let maxAbs = 0, nearZero = 0;
  for (let i = 0; i < values.length; i++) {
    const a = Math.abs(values[i]);
    if (Number.isFinite(a)) maxAbs = Math.max(maxAbs, a);
    if (a < NEAR_ZERO) nearZero++;
  }
  let range = 0.5;
  while (range < maxAbs && range < 2 ** 20) range *= 2;
  const counts = new Array<number>(bins).fill(0);
  const width = (2 * range) / bins;
  for (let i = 0; i < values.length; i++) {
    const k = Math.floor((values[i] + range) / width);
    if (Number.isFinite(k)) counts[Math.min(bins - 1, Math.max(0, k))]++;
  }
  return { counts, range, total: values.length, nearZero, maxAbs };
}
