/**
 * Test helpers: `expect(x).toBeAllclose(expected, { rtol, atol })`, NumPy's `allclose` as a
 * typed vitest matcher (after jax-js's), and `assertAllclose` for use outside `expect`.
 * Registered once for every test by vitest.config.ts (setupFiles); importing it is harmless.
 */
import { expect } from "vitest";
import { Tensor, type NestedArray } from "../src/index.ts";

export interface AllcloseOptions {
  /** Relative tolerance, times |expected| (NumPy's default 1e-5). */
  rtol?: number;
  /** Absolute tolerance (NumPy's default 1e-8). */
  atol?: number;
}

/** Anything with numbers: a tensor, a number, nested arrays, a typed array, or `{ shape, data }`. */
export type Numeric = Tensor | NestedArray | ArrayLike<number> | { shape: readonly number[]; data: ArrayLike<number> };

/** Flat values and (when known) shape. A flat typed array has no shape to compare. */
function unpack(x: Numeric): { shape: number[] | null; data: number[] } {
  if (x instanceof Tensor) return { shape: [...x.shape], data: [...x.data] };
  if (typeof x === "number") return { shape: [], data: [x] };
  if (Array.isArray(x)) {
    const shape: number[] = [];
    for (let v: unknown = x; Array.isArray(v); v = v[0]) shape.push(v.length);
    return { shape, data: (x as unknown[]).flat(Infinity) as number[] };
  }
  if ("shape" in x && "data" in x) return { shape: [...x.shape], data: Array.from(x.data) };
  return { shape: null, data: Array.from(x as ArrayLike<number>) };
}

/** Compare elementwise: |actual − expected| ≤ atol + rtol·|expected|; NaN matches NaN. */
export function allclose(actual: Numeric, expected: Numeric, options: AllcloseOptions = {}): { pass: boolean; message: string } {
  const { rtol = 1e-5, atol = 1e-8 } = options;
  if (actual == null) return { pass: false, message: `got ${actual}, expected values` };
  const a = unpack(actual), e = unpack(expected);
  if (a.shape && e.shape && a.shape.join() !== e.shape.join()) {
    return { pass: false, message: `shape [${a.shape}] differs from expected [${e.shape}]` };
  }
  if (a.data.length !== e.data.length) {
    return { pass: false, message: `${a.data.length} values, expected ${e.data.length}` };
  }
  let worst = -1, worstExcess = 0, failures = 0;
  for (let i = 0; i < a.data.length; i++) {
    const x = a.data[i], y = e.data[i];
    if (Number.isNaN(x) && Number.isNaN(y)) continue;
    if (x === y) continue; // includes equal infinities
    const excess = Math.abs(x - y) - (atol + rtol * Math.abs(y));
    if (!(excess <= 0)) {
      failures++;
      if (worst === -1 || !(excess <= worstExcess)) [worst, worstExcess] = [i, excess];
    }
  }
  if (failures === 0) return { pass: true, message: `all ${a.data.length} values within atol ${atol} + rtol ${rtol}` };
  const x = a.data[worst], y = e.data[worst];
  return {
    pass: false,
    message: `${failures} of ${a.data.length} values differ; worst at flat index ${worst}: ${x} vs expected ${y} ` +
      `(|diff| ${Math.abs(x - y)}, allowed ${atol + rtol * Math.abs(y)})`,
  };
}

/** Throw unless `allclose`. */
export function assertAllclose(actual: Numeric, expected: Numeric, options?: AllcloseOptions): void {
  const { pass, message } = allclose(actual, expected, options);
  if (!pass) throw new Error(`not allclose: ${message}`);
}

expect.extend({
  toBeAllclose(received: Numeric, expected: Numeric, options?: AllcloseOptions) {
    const { pass, message } = allclose(received, expected, options);
    return { pass, message: () => (pass ? `expected values not to be allclose, but ${message}` : message) };
  },
});

declare module "vitest" {
  interface Matchers<R extends void | Promise<void> = void | Promise<void>, T = unknown> {
    /** Elementwise |actual − expected| ≤ atol + rtol·|expected|, with shapes compared when both have one. */
    toBeAllclose(expected: Numeric, options?: AllcloseOptions): R;
  }
}
