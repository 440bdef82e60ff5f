// Scales shared by the figures: the log axis of the gradient norms, and one colour per layer.
import type { StepRecord } from "./model.ts";

/** Decades on the log axis are snapped to multiples of this. */
const SNAP = 5;
/** The axis never spans more than 10⁻⁴⁰ … 10⁴⁰; anything beyond is drawn at the edge. */
const LIMIT = 40;

/**
 * The log axis [lo, hi] in decades (exponents of ten) for a run's norms: from the smallest to the
 * largest positive finite norm seen, rounded outward to multiples of 5, and at least 10⁻¹⁰ … 10⁰.
 */
export function logDomain(history: readonly StepRecord[]): [number, number] {
  let lo = -10, hi = 0;
  for (const { norms } of history) {
    for (const n of norms) {
      if (!(n > 0) || !Number.isFinite(n)) continue;
      const d = Math.log10(n);
      if (d < lo) lo = d;
      if (d > hi) hi = d;
    }
  }
  lo = Math.max(-LIMIT, Math.floor(lo / SNAP) * SNAP);
  hi = Math.min(LIMIT, Math.ceil(hi / SNAP) * SNAP);
  return [lo, hi];
}

/**
 * The position of a norm on the log axis, in decades, clamped to the domain: 0 at the bottom, and
 * NaN and ∞ (a gradient that overflowed) at the top.
 */
export function decades(n: number, [lo, hi]: readonly [number, number]): number {
  if (Number.isNaN(n) || n === Infinity) return hi;
  if (n <= 0) return lo;
  return Math.min(hi, Math.max(lo, Math.log10(n)));
}

/** The decades to label on the axis: every 5, or every 10 when the axis spans more than 25. */
export function logTicks([lo, hi]: readonly [number, number]): number[] {
  const step = hi - lo > 25 ? 10 : 5;
  const ticks: number[] = [];
  for (let d = Math.ceil(lo / step) * step; d <= hi; d += step) ticks.push(d);
  return ticks;
}

/** Layer 1 purple through to the output layer orange, mid-lightness so both themes can read it. */
export function layerColor(layer: number, layers: number): string {
  const t = layers <= 1 ? 0 : (layer - 1) / (layers - 1);
  const hue = Math.round(265 - t * 240);
  return `hsl(${hue}, 70%, 50%)`;
}
