// Where the diagram's pieces go, for the width the figure actually has: the SVG is drawn one
// viewBox unit per CSS pixel, so its text keeps its size from a phone to a desktop.
import { SIZES, type NeuronRef } from "./model.ts";

export type Point = readonly [number, number];

export interface Layout {
  readonly width: number;
  readonly height: number;
  /** Neuron radius. */
  readonly radius: number;
  /** Narrow figures use shorter headings and smaller type. */
  readonly compact: boolean;
  /** Centre of each neuron: centres[layer][unit]. */
  readonly centres: readonly (readonly Point[])[];
  /** x of each layer's column, for the headings. */
  readonly columns: readonly number[];
}

export const MIN_WIDTH = 300;
export const MAX_WIDTH = 680;
const TOP = 70; // below the headings and the first neuron's name
// Between hidden units. Narrow figures get more, so that an output's bias, below its circle, clears
// the edge labels gathered at its left (their spacing grows with the gap).
const GAP = { wide: 100, compact: 120 };

export function layout(availableWidth: number): Layout {
  const width = Math.round(Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, availableWidth)));
  const compact = width < 520;
  const radius = compact ? 18 : 23;
  const side = radius + (compact ? 4 : 40);
  const columns = [side, width / 2, width - side];
  // hidden units at TOP, TOP + GAP, TOP + 2·GAP; the two-unit layers centred between them
  const gap = compact ? GAP.compact : GAP.wide;
  const ys = (n: number) => Array.from({ length: n }, (_, k) => TOP + gap * (k + (3 - n) / 2));
  const centres = SIZES.map((n, l) => ys(n).map((y): Point => [columns[l], y]));
  return { width, height: TOP + 2 * gap + 44, radius, compact, centres, columns };
}

export function centre(l: Layout, n: NeuronRef): Point {
  return l.centres[n.layer][n.unit];
}

/** A bias text's box: "b −0.58" in 11.5 px monospace, baseline to cap height. */
export const BIAS_BOX = { width: 50, ascent: 9, descent: 3 } as const;

/**
 * Where a unit's bias is written: below its circle; in a narrow figure's output column, which
 * sits at the figure's edge, ending at the circle's rim rather than centred.
 */
export function biasAt(l: Layout, n: NeuronRef): { x: number; y: number; anchor: "middle" | "end" } {
  const [cx, cy] = centre(l, n);
  const last = l.compact && n.layer === SIZES.length - 1;
  return { x: last ? cx + l.radius : cx, y: cy + l.radius + 14, anchor: last ? "end" : "middle" };
}

/**
 * Where an edge's label sits: three quarters of the way along it, by the unit it feeds, so a
 * unit's incoming weights gather next to it. At 3/4 the six labels between two layers fall
 * evenly spaced, a quarter of GAP apart, even where edges cross.
 */
export const LABEL_AT = 0.75;

/** The box an edge label needs (12 px type, "−0.53" with padding). */
export const LABEL_BOX = { width: 36, height: 16 } as const;

export function along([x0, y0]: Point, [x1, y1]: Point, t: number): Point {
  return [x0 + (x1 - x0) * t, y0 + (y1 - y0) * t];
}

/** The edge from unit `from` of layer l − 1 to unit `to` of layer l, trimmed to the circles' rims. */
export function edgeEnds(l: Layout, layer: 1 | 2, from: number, to: number): [Point, Point] {
  const a = l.centres[layer - 1][from];
  const b = l.centres[layer][to];
  const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
  const t = l.radius / len;
  return [along(a, b, t), along(a, b, 1 - t)];
}

/** The label's centre on the edge from `from` to `to`. */
export function edgeLabelAt(l: Layout, layer: 1 | 2, from: number, to: number): Point {
  return along(l.centres[layer - 1][from], l.centres[layer][to], LABEL_AT);
}
