// The figure's geometry: two panels over the same x axis, f above and f′ below, in viewBox units.
// Pure functions, so the mapping from a pointer to x can be unit-tested.
import { ticks as kitTicks } from "../kit/axes.ts";
import { round } from "../kit/format.ts";
import { X_DOMAIN } from "./model.ts";

export const WIDTH = 480;
export const PAD = { left: 44, right: 14 };
export const PLOT_WIDTH = WIDTH - PAD.left - PAD.right;

export interface Panel {
  readonly top: number;
  readonly height: number;
  readonly domain: readonly [number, number];
}

export const TOP_PANEL = { top: 14, height: 210 } as const;
export const BOTTOM_PANEL = { top: 262, height: 120, domain: [-0.25, 1.25] } as const satisfies Panel;
export const HEIGHT = BOTTOM_PANEL.top + BOTTOM_PANEL.height + 40; // room for the x ticks and label

export type Scale = (v: number) => number;

/** x in data units to viewBox units. */
export const sx: Scale = (x) => PAD.left + ((x - X_DOMAIN[0]) / (X_DOMAIN[1] - X_DOMAIN[0])) * PLOT_WIDTH;

/** The inverse of sx: a horizontal viewBox position to x (not clamped). */
export const xAt = (vx: number) => X_DOMAIN[0] + ((vx - PAD.left) / PLOT_WIDTH) * (X_DOMAIN[1] - X_DOMAIN[0]);

/** y in data units to viewBox units within a panel; screen y grows downward. */
export function yScale(panel: Panel): Scale {
  const [d0, d1] = panel.domain;
  return (y) => panel.top + ((d1 - y) / (d1 - d0)) * panel.height;
}

/** Tick values for a domain: steps of 0.5, 1 or 2, whichever gives a handful. */
export function ticks(domain: readonly [number, number]): number[] {
  const span = domain[1] - domain[0];
  return kitTicks(domain, span <= 2 ? 0.5 : span <= 5 ? 1 : 2);
}

/**
 * SVG path data through points already in viewBox units. The path is broken (a new "M") where
 * consecutive points jump by more than `maxJump` viewBox units vertically, so a derivative with
 * a jump (ReLU's at 0) is not joined by a vertical stroke.
 */
export function pathData(points: readonly (readonly [number, number])[], maxJump = Infinity): string {
  let d = "";
  points.forEach(([x, y], i) => {
    const jump = i > 0 && Math.abs(y - points[i - 1][1]) > maxJump;
    d += `${i === 0 || jump ? "M" : "L"}${round(x)},${round(y)}`;
  });
  return d;
}
