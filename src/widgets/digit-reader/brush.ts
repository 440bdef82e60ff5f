// The drawing pad's ink, without the DOM: a square raster of grey levels in [0, 1] that a soft
// round brush paints, along a pointer's stroke or on a keyboard cell. A stroke is a chain of
// stamps close enough to leave no gaps; a stamp never lightens what is already inked.

/** Side of the pad's raster (twice MNIST's 28, so a stroke's edge is smooth before it is scaled down). */
export const PAD = 56;
/** Side of the keyboard's grid: each cell is PAD / CELLS raster pixels square. */
export const CELLS = 14;
/** The brush's radius in raster pixels (its soft edge adds about one more). */
export const BRUSH = 3.2;

export type Raster = Float32Array;

export function blankRaster(side = PAD): Raster {
  return new Float32Array(side * side);
}

/** Inks a soft disc centred at (x, y), raster coordinates (pixel centres at k + 0.5), in place. */
export function stamp(raster: Raster, x: number, y: number, radius = BRUSH, side = PAD): void {
  const reach = radius + 1;
  for (let row = Math.max(0, Math.floor(y - reach)); row <= Math.min(side - 1, Math.floor(y + reach)); row++) {
    for (let col = Math.max(0, Math.floor(x - reach)); col <= Math.min(side - 1, Math.floor(x + reach)); col++) {
      const d = Math.hypot(col + 0.5 - x, row + 0.5 - y);
      const ink = Math.min(1, Math.max(0, radius + 0.5 - d)); // 1 inside, a one-pixel ramp at the rim
      const k = row * side + col;
      if (ink > raster[k]) raster[k] = ink;
    }
  }
}

/** Inks the segment from (x0, y0) to (x1, y1) with stamps at most half a radius apart, in place. */
export function strokeSegment(raster: Raster, x0: number, y0: number, x1: number, y1: number, radius = BRUSH, side = PAD): void {
  const steps = Math.max(1, Math.ceil(Math.hypot(x1 - x0, y1 - y0) / (radius / 2)));
  for (let s = 0; s <= steps; s++) stamp(raster, x0 + ((x1 - x0) * s) / steps, y0 + ((y1 - y0) * s) / steps, radius, side);
}

/** Inks (or with `erase`, clears) keyboard cell (row, col) of the CELLS×CELLS grid, in place. */
export function paintCell(raster: Raster, row: number, col: number, erase = false, side = PAD): void {
  const size = side / CELLS;
  if (erase) {
    for (let r = row * size; r < (row + 1) * size; r++) raster.fill(0, r * side + col * size, r * side + (col + 1) * size);
    return;
  }
  stamp(raster, (col + 0.5) * size, (row + 0.5) * size, BRUSH, side);
}

/** True when nothing is inked. */
export function isBlank(raster: Raster): boolean {
  return raster.every((v) => v < 0.05);
}
