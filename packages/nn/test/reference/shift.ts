/**
 * Typed access to shift.json, PyTorch's pad-and-crop translation of images written by
 * make_shift.py (run it again after changing a case). Tests read the JSON; Python is not needed.
 */
import { readFileSync } from "node:fs";
import type { RefTensor } from "./reference.ts";

export interface ShiftCase {
  dx: number;
  dy: number;
  out: RefTensor;
}

export const shiftReference: { torch: string; image: RefTensor; cases: ShiftCase[] } = JSON.parse(
  readFileSync(new URL("./shift.json", import.meta.url), "utf8"),
);
