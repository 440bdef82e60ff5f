// The widget's plot boxes on the kit's scales and grid, and the tangent segment its loss plot draws.
import { drawGrid as kitDrawGrid, type Scale } from "../kit/axes.ts";
import { round } from "../kit/format.ts";

export { linear, type Scale } from "../kit/axes.ts";
export { round } from "../kit/format.ts";

export interface Box {
  readonly width: number;
  readonly height: number;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

/** Grid lines and tick labels for the given ticks; a tick at 0 on y is drawn as the axis. */
export function drawGrid(
  g: SVGGElement,
  box: Box,
  sx: Scale,
  sy: Scale,
  ticks: { x: readonly number[]; y: readonly number[]; format: (v: number) => string },
): void {
  const plot = { left: box.left, right: box.width - box.right, top: box.top, bottom: box.height - box.bottom };
  kitDrawGrid(g, plot, sx, sy, { ...ticks, prefix: "nnle" });
}

/** A segment of screen length 2·half through (px, py) along the slope dy/dx of data units. */
export function tangent(sx: Scale, sy: Scale, x: number, y: number, slope: number, half: number): [number, number, number, number] {
  const dx = sx(x + 1) - sx(x);
  const dy = sy(y + slope) - sy(y);
  const len = Math.hypot(dx, dy);
  const ux = (dx / len) * half, uy = (dy / len) * half;
  const px = sx(x), py = sy(y);
  return [round(px - ux), round(py - uy), round(px + ux), round(py + uy)];
}
