// Linear scales, tick values and a grid with tick labels for the widgets' SVG plots.
import { svg } from "./dom.ts";
import { round, show } from "./format.ts";

export type Scale = (v: number) => number;

/** Maps [d0, d1] onto [r0, r1] (r0 > r1 for a y axis, whose screen coordinate grows downward). */
export function linear([d0, d1]: readonly [number, number], [r0, r1]: readonly [number, number]): Scale {
  return (v) => r0 + ((v - d0) / (d1 - d0)) * (r1 - r0);
}

/** Multiples of `step` inside [d0, d1], rounded so 0.1 + 0.2 prints as 0.3, never −0. */
export function ticks([d0, d1]: readonly [number, number], step: number): number[] {
  const out: number[] = [];
  for (let t = Math.ceil(d0 / step - 1e-9) * step; t <= d1 + 1e-9; t += step) out.push(round(t, 6) + 0);
  return out;
}

/** A tick's label: whole numbers without decimals, others with one. */
export function tickLabel(t: number): string {
  return show(t, t % 1 === 0 ? 0 : 1);
}

export interface Plot {
  /** The plot area in viewBox units. */
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

export interface GridOptions {
  readonly x?: readonly number[];
  readonly y?: readonly number[];
  readonly format?: (v: number) => string;
  /** Class prefix of the widget's CSS: `${prefix}-gridline`, `-axis` (the line at 0), `-tick`. */
  readonly prefix: string;
  /** Also draw the line at 0 as the axis on x (on y it always is). */
  readonly xAxisAtZero?: boolean;
}

/** Grid lines across `plot` at the ticks, with their labels below and to the left. */
export function drawGrid(g: SVGGElement, plot: Plot, sx: Scale, sy: Scale, options: GridOptions): void {
  const { x = [], y = [], format = tickLabel, prefix, xAxisAtZero = false } = options;
  g.replaceChildren();
  for (const t of x) {
    const cls = xAxisAtZero && t === 0 ? `${prefix}-axis` : `${prefix}-gridline`;
    svg("line", { class: cls, x1: round(sx(t)), x2: round(sx(t)), y1: plot.top, y2: plot.bottom }, g);
    svg("text", { class: `${prefix}-tick`, x: round(sx(t)), y: plot.bottom + 16, "text-anchor": "middle" }, g).textContent = format(t);
  }
  for (const t of y) {
    svg("line", { class: t === 0 ? `${prefix}-axis` : `${prefix}-gridline`, x1: plot.left, x2: plot.right, y1: round(sy(t)), y2: round(sy(t)) }, g);
    svg("text", { class: `${prefix}-tick`, x: plot.left - 6, y: round(sy(t)) + 4, "text-anchor": "end" }, g).textContent = format(t);
  }
}
