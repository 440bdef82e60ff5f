import { describe, expect, test } from "vitest";
import "../setup.ts";
import { data, tensor } from "../../src/index.ts";
import { shiftReference } from "../reference/shift.ts";
import { toTensor } from "../reference/reference.ts";

describe("shiftImages, randomShifts", () => {
  const image = toTensor(shiftReference.image);
  for (const c of shiftReference.cases) {
    test(`shiftImages(X [2,1,4,5], ${c.dx}, ${c.dy}) matches PyTorch's pad-and-crop`, () => {
      expect(data.shiftImages(image, c.dx, c.dy)).toBeAllclose(c.out, { rtol: 0, atol: 0 });
    });
  }

  test("shiftImages(X, 1, 0) moves right with a zero column in front; nothing wraps around", () => {
    const X = tensor([[[1, 2, 3], [4, 5, 6]]]);
    expect(data.shiftImages(X, 1, 0).toArray()).toEqual([[[0, 1, 2], [0, 4, 5]]]);
    expect(data.shiftImages(X, 0, -1).toArray()).toEqual([[[4, 5, 6], [0, 0, 0]]]);
    expect(X.toArray()).toEqual([[[1, 2, 3], [4, 5, 6]]]); // the input is left alone
  });

  test("randomShifts(X, { maxShift, seed }) moves each image by its own shift within ±maxShift, the same for a seed", () => {
    // one bright pixel in the middle of each 7×7 image: where it lands is the shift
    const n = 200, X = tensor(new Float32Array(n * 49), { shape: [n, 1, 7, 7] });
    for (let i = 0; i < n; i++) X.data[i * 49 + 24] = 1;
    const out = data.randomShifts(X, { maxShift: 2, seed: 3 });
    const shifts = new Set<string>();
    for (let i = 0; i < n; i++) {
      const at = out.data.subarray(i * 49, (i + 1) * 49).indexOf(1);
      const [dy, dx] = [Math.floor(at / 7) - 3, (at % 7) - 3];
      expect(Math.max(Math.abs(dx), Math.abs(dy))).toBeLessThanOrEqual(2);
      shifts.add(`${dx},${dy}`);
    }
    expect(shifts.size).toBe(25); // every shift in {−2…2}² turns up
    expect(data.randomShifts(X, { maxShift: 2, seed: 3 }).data).toEqual(out.data);
    expect(data.randomShifts(X, { maxShift: 2, seed: 4 }).data).not.toEqual(out.data);
  });

  test("randomShifts moves all channels of an image together", () => {
    const X = tensor(new Float32Array(2 * 3 * 25).fill(1), { shape: [2, 3, 5, 5] });
    const out = data.randomShifts(X, { maxShift: 1, seed: 1 });
    for (let n = 0; n < 2; n++) {
      const planes = [0, 1, 2].map((c) => Array.from(out.data.subarray((n * 3 + c) * 25, (n * 3 + c + 1) * 25)));
      expect(planes[1]).toEqual(planes[0]);
      expect(planes[2]).toEqual(planes[0]);
    }
  });

  test("shiftImages and randomShifts explain bad arguments", () => {
    expect(() => data.shiftImages(tensor([1, 2]), 1, 0)).toThrow("expected images [..., height, width], got [2]");
    expect(() => data.shiftImages(tensor([[1, 2]]), 0.5, 0)).toThrow("whole numbers of pixels");
    expect(() => data.randomShifts(tensor([[1, 2]]))).toThrow('shape: "image"');
    expect(() => data.randomShifts(tensor([[[1, 2]]]), { maxShift: -1 })).toThrow("maxShift must be a whole number ≥ 0");
  });
});
