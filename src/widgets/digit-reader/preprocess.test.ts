import { describe, expect, test } from "vitest";
import { BRUSH, CELLS, PAD, blankRaster, isBlank, paintCell, stamp, strokeSegment } from "./brush.ts";
import { SIDE, centreOfMass, toDigit } from "./preprocess.ts";

/** The rows and columns of a 28×28 image that hold ink above `t`. */
function box(image: Float32Array, t = 0.1): { top: number; bottom: number; left: number; right: number } {
  let top = SIDE, bottom = -1, left = SIDE, right = -1;
  image.forEach((v, k) => {
    if (v <= t) return;
    const r = Math.floor(k / SIDE), c = k % SIDE;
    top = Math.min(top, r); bottom = Math.max(bottom, r); left = Math.min(left, c); right = Math.max(right, c);
  });
  return { top, bottom, left, right };
}

describe("the brush", () => {
  test("a stamp inks a soft disc: full at its centre, nothing beyond radius + 1, never lighter than before", () => {
    const r = blankRaster();
    stamp(r, 20, 20);
    expect(r[19 * PAD + 19]).toBe(1);
    expect(r[19 * PAD + 19 + Math.ceil(BRUSH + 2)]).toBe(0);
    const before = Float32Array.from(r);
    stamp(r, 24, 20);
    r.forEach((v, k) => expect(v).toBeGreaterThanOrEqual(before[k]));
  });

  test("a stroke leaves no gaps, and a keyboard cell inks (and erases) its place", () => {
    const r = blankRaster();
    strokeSegment(r, 10.5, 10.5, 40.5, 10.5);
    for (let c = 10; c <= 40; c++) expect(r[10 * PAD + c]).toBe(1);
    const k = blankRaster();
    paintCell(k, 0, CELLS - 1);
    const size = PAD / CELLS;
    expect(k[Math.floor(size / 2) * PAD + PAD - Math.ceil(size / 2)]).toBe(1);
    expect(isBlank(k)).toBe(false);
    paintCell(k, 0, CELLS - 1, true);
    expect(k[Math.floor(size / 2) * PAD + PAD - Math.ceil(size / 2)]).toBe(0);
  });
});

describe("MNIST-style preprocessing", () => {
  test("nothing drawn gives a blank image", () => {
    expect(toDigit(blankRaster(), PAD).every((v) => v === 0)).toBe(true);
  });

  test("a drawing is scaled so its longer side spans 20 pixels, centred by its mass, with full ink", () => {
    const r = blankRaster();
    strokeSegment(r, 10, 40, 30, 50); // small, low and to the left
    const digit = toDigit(r, PAD);
    const { left, right, top, bottom } = box(digit);
    expect(Math.max(right - left + 1, bottom - top + 1)).toBeGreaterThanOrEqual(19);
    expect(Math.max(right - left + 1, bottom - top + 1)).toBeLessThanOrEqual(22);
    const [x, y] = centreOfMass(digit);
    expect(x).toBeCloseTo(14, 0);
    expect(y).toBeCloseTo(14, 0);
    expect(Math.max(...digit)).toBe(1);
    digit.forEach((v) => expect(v).toBeGreaterThanOrEqual(0));
  });

  test("a vertical stroke (a “1”) stays tall and thin, in the middle columns", () => {
    const r = blankRaster();
    strokeSegment(r, 40, 8, 40, 48);
    const { left, right, top, bottom } = box(toDigit(r, PAD));
    expect(bottom - top + 1).toBeGreaterThanOrEqual(19);
    expect(right - left + 1).toBeLessThanOrEqual(6);
    expect((left + right) / 2).toBeCloseTo(13.5, 0);
  });

  test("the same drawing anywhere on the pad gives the same image", () => {
    const a = blankRaster(), b = blankRaster();
    strokeSegment(a, 10, 10, 20, 30);
    strokeSegment(b, 30, 22, 40, 42);
    const da = toDigit(a, PAD), db = toDigit(b, PAD);
    da.forEach((v, k) => expect(v).toBeCloseTo(db[k], 4));
  });
});
