/** A tensor's shape: sizes of its dimensions, outermost first (row-major). `[]` is a scalar. */
export type Shape = readonly number[];

/** Number of values a shape holds: the product of its sizes (1 for the scalar shape `[]`). */
export function sizeOf(shape: Shape): number {
  let n = 1;
  for (const d of shape) n *= d;
  return n;
}

/** Row-major strides: how far apart in the flat data two neighbours along each dimension are. */
export function stridesOf(shape: Shape): number[] {
  const strides = new Array<number>(shape.length);
  let s = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    strides[i] = s;
    s *= shape[i];
  }
  return strides;
}

/** `[2,3]`, the way every error message prints a shape. */
export function formatShape(shape: Shape): string {
  return `[${shape.join(",")}]`;
}

/** Check a shape is a list of non-negative integers and return a frozen copy. */
export function checkShape(op: string, shape: Shape): Shape {
  if (!Array.isArray(shape)) throw new Error(`${op}: shape must be an array of sizes, got ${String(shape)}`);
  for (const d of shape) {
    if (!Number.isInteger(d) || d < 0) {
      throw new Error(`${op}: shape sizes must be non-negative integers, got ${formatShape(shape)}`);
    }
  }
  return Object.freeze(shape.slice());
}

export function sameShape(a: Shape, b: Shape): boolean {
  return a.length === b.length && a.every((d, i) => d === b[i]);
}

/** Turn a possibly negative axis (−1 is the last) into an index, or throw naming the shape. */
export function normalizeAxis(op: string, axis: number, ndim: number, shape: Shape): number {
  if (!Number.isInteger(axis) || axis < -ndim || axis >= ndim) {
    throw new Error(`${op}: axis ${axis} is out of range for shape ${formatShape(shape)}`);
  }
  return axis < 0 ? axis + ndim : axis;
}

/** The multi-index of flat position `i`, e.g. 5 in [2,3] → [1,2]; for error messages. */
export function unravelIndex(i: number, shape: Shape): number[] {
  const idx = new Array<number>(shape.length);
  for (let d = shape.length - 1; d >= 0; d--) {
    idx[d] = i % shape[d];
    i = Math.floor(i / shape[d]);
  }
  return idx;
}
