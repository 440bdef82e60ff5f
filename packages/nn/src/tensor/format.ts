import type { Tensor } from "./tensor.ts";
import { formatShape, stridesOf, type Shape } from "./shape.ts";

/** A number, or arrays of arrays … of numbers: what `toArray()` returns and `tensor()` takes. */
export type NestedArray = number | NestedArray[];

/** The flat row-major values as nested arrays, one level per dimension. */
export function toNested(data: Float32Array, shape: Shape): NestedArray {
  const strides = stridesOf(shape);
  const build = (dim: number, offset: number): NestedArray => {
    if (dim === shape.length) return data[offset];
    const out: NestedArray[] = [];
    for (let i = 0; i < shape[dim]; i++) out.push(build(dim + 1, offset + i * strides[dim]));
    return out;
  };
  return build(0, 0);
}

const WIDTH = 80; // longer tensors print one row per line
const SUMMARIZE_ABOVE = 1000; // like PyTorch: larger tensors show 3 items at each edge
const EDGE = 3;

/** `tensor([[1, 2], [3, 4]], shape=[2,2])`: values rounded to 4 decimals, big tensors elided. */
export function format(t: Tensor): string {
  const { data, shape } = t;
  const strides = stridesOf(shape);
  const integers = data.every((v) => Number.isInteger(v) && Math.abs(v) < 1e6);
  const summarize = data.length > SUMMARIZE_ABOVE;
  const build = (dim: number, offset: number, multiline: boolean): string => {
    if (dim === shape.length) return formatNumber(data[offset], integers);
    const n = shape[dim];
    const parts: string[] = [];
    for (let i = 0; i < n; i++) {
      if (summarize && n > 2 * EDGE && i === EDGE) {
        parts.push("...");
        i = n - EDGE - 1;
        continue;
      }
      parts.push(build(dim + 1, offset + i * strides[dim], multiline));
    }
    const below = shape.length - dim - 1; // dimensions nested inside this one
    const sep = multiline && below > 0 ? "," + "\n".repeat(below) + " ".repeat(8 + dim) : ", ";
    return `[${parts.join(sep)}]`;
  };
  let body = build(0, 0, false);
  if (body.length > WIDTH && shape.length > 1) body = build(0, 0, true);
  const flags = t.requiresGrad ? (t.gradFn ? `, gradFn=${t.gradFn.op}` : ", requiresGrad=true") : "";
  return `tensor(${body}, shape=${formatShape(shape)}${flags})`;
}

function formatNumber(v: number, integer: boolean): string {
  if (integer || !Number.isFinite(v)) return String(v);
  const a = Math.abs(v);
  if (a !== 0 && (a < 1e-4 || a >= 1e6)) return v.toExponential(3).replace(/\.?0+e/, "e");
  const s = v.toFixed(4).replace(/\.?0+$/, "");
  return s === "-0" ? "0" : s;
}
