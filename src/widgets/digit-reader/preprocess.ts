// The drawing made to look like an MNIST digit before the network reads it, as MNIST's own
// digits were made: the ink's bounding box scaled (aspect kept) to fit a 20×20 box, anti-aliased,
// and placed in a 28×28 image so that its centre of mass is at the centre. A network trained on
// such digits reads a drawing poorly without this: too small, off centre, or too thin.
import type { Raster } from "./brush.ts";

export const SIDE = 28;
const BOX = 20;
/** Below this grey level a raster pixel counts as paper, for the bounding box. */
const PAPER = 0.05;
/** Sub-samples per output pixel along each axis (area averaging when scaling down). */
const SUB = 4;

/** The MNIST-style 28×28 image (row by row, grey levels in [0, 1], the brightest at 1) of a square raster. */
export function toDigit(raster: Raster, side: number): Float32Array {
  const out = new Float32Array(SIDE * SIDE);
  let top = side, bottom = -1, left = side, right = -1, mass = 0, mx = 0, my = 0;
  for (let row = 0; row < side; row++) {
    for (let col = 0; col < side; col++) {
      const v = raster[row * side + col];
      if (v < PAPER) continue;
      top = Math.min(top, row); bottom = Math.max(bottom, row);
      left = Math.min(left, col); right = Math.max(right, col);
      mass += v; mx += v * (col + 0.5); my += v * (row + 0.5);
    }
  }
  if (bottom < 0) return out;
  // scale so the longer side of the box is 20 pixels (a dot is not blown up past 2.5×)
  const scale = Math.min(BOX / Math.max(bottom - top + 1, right - left + 1), 2.5);
  // the centre of mass lands on the image's centre: source = centre of mass + (output − 14) / scale
  const cx = mx / mass, cy = my / mass;
  let peak = 0;
  for (let row = 0; row < SIDE; row++) {
    for (let col = 0; col < SIDE; col++) {
      let sum = 0;
      for (let a = 0; a < SUB; a++) {
        for (let b = 0; b < SUB; b++) {
          const sy = cy + (row + (a + 0.5) / SUB - SIDE / 2) / scale;
          const sx = cx + (col + (b + 0.5) / SUB - SIDE / 2) / scale;
          sum += bilinear(raster, side, sx, sy);
        }
      }
      const v = sum / (SUB * SUB);
      out[row * SIDE + col] = v;
      peak = Math.max(peak, v);
    }
  }
  // MNIST's strokes reach full ink; a thin stroke averaged down would not
  if (peak > 0) for (let k = 0; k < out.length; k++) out[k] = Math.min(1, out[k] / peak);
  return out;
}

/** The raster's grey level at continuous point (x, y) (pixel centres at k + 0.5), 0 outside. */
function bilinear(raster: Raster, side: number, x: number, y: number): number {
  const fx = x - 0.5, fy = y - 0.5;
  const x0 = Math.floor(fx), y0 = Math.floor(fy);
  const tx = fx - x0, ty = fy - y0;
  const at = (c: number, r: number) => (c < 0 || r < 0 || c >= side || r >= side ? 0 : raster[r * side + c]);
  return (1 - ty) * ((1 - tx) * at(x0, y0) + tx * at(x0 + 1, y0)) + ty * ((1 - tx) * at(x0, y0 + 1) + tx * at(x0 + 1, y0 + 1));
}

/** The centre of mass (x, y) of a 28×28 image, in pixel coordinates (for tests and the status line). */
export function centreOfMass(image: ArrayLike<number>): [number, number] {
  let mass = 0, mx = 0, my = 0;
  for (let k = 0; k < SIDE * SIDE; k++) {
    mass += image[k]; mx += image[k] * ((k % SIDE) + 0.5); my += image[k] * (Math.floor(k / SIDE) + 0.5);
  }
  return mass > 0 ? [mx / mass, my / mass] : [SIDE / 2, SIDE / 2];
}
