import { formatShape, sameShape, sizeOf, stridesOf, type Shape } from "./shape.ts";
import { floats, floatsFrom } from "./precision.ts";

/**
 * NumPy broadcasting: align shapes on the right; two sizes agree when equal or when one is 1;
 * a missing dimension counts as 1. Chapter 2, The forward pass (adding a bias to every row).
 */
export function broadcastShapes(op: string, a: Shape, b: Shape): number[] {
  const n = Math.max(a.length, b.length);
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const da = a[a.length - n + i] ?? 1;
    const db = b[b.length - n + i] ?? 1;
    if (da !== db && da !== 1 && db !== 1) {
      throw new Error(`${op}: cannot broadcast ${formatShape(a)} with ${formatShape(b)}`);
    }
    out[i] = da === 1 ? db : da;
  }
  return out;
}

/**
 * For each flat index of a tensor of shape `outShape`, the flat index of the value it reads in a
 * tensor of shape `inShape` broadcast to `outShape`; `null` when the shapes are equal (identity).
 * Reductions use the same map the other way round: `out[map[i]] += in[i]`.
 */
export function broadcastIndex(outShape: Shape, inShape: Shape): Int32Array | null {
  if (sameShape(outShape, inShape)) return null;
  const n = outShape.length;
  const inStrides = stridesOf(inShape);
  // Stride 0 along dimensions that inShape lacks or has size 1: the same value is reused.
  const strides = outShape.map((d, i) => {
    const j = i - (n - inShape.length);
    return j < 0 || inShape[j] === 1 ? 0 : (inStrides[j]);
  });
  const size = sizeOf(outShape);
  const map = new Int32Array(size);
  const counter = new Array<number>(n).fill(0);
  let offset = 0;
  for (let i = 0; i < size; i++) {
    map[i] = offset;
    // Odometer increment over outShape, keeping the input offset in step.
    for (let k = n - 1; k >= 0; k--) {
      counter[k]++;
      offset += strides[k];
      if (counter[k] < (outShape[k])) break;
      offset -= (strides[k]) * (outShape[k]);
      counter[k] = 0;
    }
  }
  return map;
}

/**
 * Sum a gradient of shape `outShape` back down to `inShape`, over the dimensions broadcasting
 * stretched: the backward of broadcasting.
 */
export function reduceToShape(grad: Float32Array, outShape: Shape, inShape: Shape): Float32Array {
  const map = broadcastIndex(outShape, inShape);
  if (map === null) return grad;
  const acc = new Float64Array(sizeOf(inShape));
  for (let i = 0; i < grad.length; i++) acc[map[i]] += grad[i];
  return floatsFrom(acc);
}

/** The values of a tensor of shape `inShape` broadcast to `outShape` (the same array if equal). */
export function expandTo(data: Float32Array, inShape: Shape, outShape: Shape): Float32Array {
  const map = broadcastIndex(outShape, inShape);
  if (map === null) return data;
  const out = floats(map.length);
  for (let i = 0; i < map.length; i++) out[i] = data[map[i]];
  return out;
}
