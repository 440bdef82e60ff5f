// Linear scales and a grid with tick labels, shared by the widget's SVG plots.
import { svg } from "../kit/dom.ts";

export type Scale = (v: number) => number;

export interface Box {
  readonly width: number;
  readonly height: number;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

/** Maps [d0, d1] onto [r0, r1]. */
export function linear([d0, d1]: readonly [number, number], [r0, r1]: readonly [number, number]): Scale {
  return (v) => r0 + ((v - d0) / (d1 - d0)) * (r1 - r0);
}

export const round = (n: number) => Math.round(n * 100) / 100;

/** Grid lines and tick labels for the given ticks; a tick at 0 on y is drawn as the axis. */
export function drawGrid(
  g: SVGGElement,
  box: Box,
  sx: Scale,
  sy: Scale,
  ticks: { x: readonly number[]; y: readonly number[]; format: (v: number) => string },
): void {
  g.replaceChildren();
  const x0 = box.left, x1 = box.width - box.right, y0 = box.top, y1 = box.height - box.bottom;
  for (const t of ticks.x) {
    svg("line", { class: "nnle-gridline", x1: round(sx(t)), x2: round(sx(t)), y1: y0, y2: y1 }, g);
    svg("text", { class: "nnle-tick", x: round(sx(t)), y: y1 + 16, "text-anchor": "middle" }, g).textContent = ticks.format(t);
  }
  for (const t of ticks.y) {
    svg("line", { class: t === 0 ? "nnle-axis" : "nnle-gridline", x1: x0, x2: x1, y1: round(sy(t)), y2: round(sy(t)) }, g);
    svg("text", { class: "nnle-tick", x: x0 - 6, y: round(sy(t)) + 4, "text-anchor": "end" }, g).textContent = ticks.format(t);
  }
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
