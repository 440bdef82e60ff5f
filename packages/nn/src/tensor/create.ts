import { Tensor } from "./tensor.ts";
import { checkShape, formatShape, sizeOf, type Shape } from "./shape.ts";
import type { NestedArray } from "./format.ts";
import { defaultGenerator, type Generator } from "../random.ts";
import { floats, floatsFrom } from "./precision.ts";

/** Options every factory takes. */
export interface TensorOptions {
  /** Record operations on this tensor so `backward()` fills its `grad`. */
  requiresGrad?: boolean;
}

/** Options of the random factories. */
export interface RandomOptions extends TensorOptions {
  /** Where the numbers come from; the global generator (see `manualSeed`) by default. */
  generator?: Generator;
}

/**
 * A tensor from a number, nested arrays, or flat values with a `shape`. The values are copied.
 * `tensor([[1, 2], [3, 4]])`, `tensor(floats(784), { shape: [1, 1, 28, 28] })`.
 * Chapter 2, The forward pass.
 */
export function tensor(
  values: NestedArray | Float32Array | ArrayLike<number> | Tensor,
  options: TensorOptions & { shape?: Shape } = {},
): Tensor {
  let data: Float32Array;
  let shape: Shape;
  if (typeof values === "number") [data, shape] = [floatsFrom([values]), []];
  else if (Array.isArray(values)) [data, shape] = flatten(values);
  else if (values instanceof Tensor) [data, shape] = [floatsFrom(values.data), values.shape];
  else if (values !== null && typeof values === "object" && typeof values.length === "number") {
    data = floatsFrom(values);
    shape = [data.length];
  } else throw new Error(`tensor: expected a number, nested arrays or a Float32Array, got ${values === null ? "null" : typeof values}`);
  if (options.shape !== undefined) {
    const target = checkShape("tensor", options.shape);
    if (sizeOf(target) !== data.length) {
      throw new Error(`tensor: ${data.length} values do not fit shape ${formatShape(target)} (${sizeOf(target)} values)`);
    }
    shape = target;
  }
  return new Tensor(data, shape, options);
}

/** Nested arrays → flat values and shape; ragged or non-numeric input is an error naming where. */
function flatten(values: NestedArray[]): [Float32Array, number[]] {
  const shape: number[] = [];
  for (let v: NestedArray = values; Array.isArray(v); v = v[0]) shape.push(v.length);
  const out: number[] = [];
  const walk = (v: NestedArray, dim: number, path: string): void => {
    if (dim === shape.length) {
      if (typeof v !== "number") throw new Error(`tensor: expected a number at ${path}, got ${Array.isArray(v) ? "an array" : typeof v}`);
      out.push(v);
      return;
    }
    if (!Array.isArray(v) || v.length !== shape[dim]) {
      const got = Array.isArray(v) ? `${v.length} values` : "a number";
      throw new Error(`tensor: ragged nested array — ${path || "the top level"} has ${got}, expected ${shape[dim]} as in the first row`);
    }
    v.forEach((x, i) => walk(x, dim + 1, `${path}[${i}]`));
  };
  walk(values, 0, "");
  return [floatsFrom(out), shape];
}

type ShapeArgs = [Shape | number, TensorOptions?] | number[];

/** `zeros([2, 3], opts)`, `zeros(2, 3)` and `zeros(5)` all work, as in PyTorch. */
function parseShape<O>(op: string, args: readonly unknown[]): [Shape, O] {
  if (Array.isArray(args[0])) return [checkShape(op, args[0]), (args[1] ?? {}) as O];
  const sizes: number[] = [];
  let i = 0;
  for (; i < args.length && typeof args[i] === "number"; i++) sizes.push(args[i] as number);
  return [checkShape(op, sizes), (args[i] ?? {}) as O];
}

function filled(op: string, args: readonly unknown[], fill: (n: number, gen: Generator) => Float32Array): Tensor {
  const [shape, options] = parseShape<RandomOptions>(op, args);
  return new Tensor(fill(sizeOf(shape), options.generator ?? defaultGenerator), shape, options);
}

/** A tensor of zeros. Chapter 2, The forward pass. */
export function zeros(shape: Shape | number, options?: TensorOptions): Tensor;
export function zeros(...shape: number[]): Tensor;
export function zeros(...args: ShapeArgs): Tensor {
  return filled("zeros", args, (n) => floats(n));
}

/** A tensor of ones. Chapter 2, The forward pass. */
export function ones(shape: Shape | number, options?: TensorOptions): Tensor;
export function ones(...shape: number[]): Tensor;
export function ones(...args: ShapeArgs): Tensor {
  return filled("ones", args, (n) => floats(n).fill(1));
}

/** Uniform random values in [0, 1), from the seeded generator. Chapter 2, The forward pass. */
export function rand(shape: Shape | number, options?: RandomOptions): Tensor;
export function rand(...shape: number[]): Tensor;
export function rand(...args: ShapeArgs): Tensor {
  return filled("rand", args, (n, gen) => floatsFrom({ length: n }, () => gen.random24()));
}

/** Standard normal values N(0, 1), from the seeded generator. Chapter 2, The forward pass. */
export function randn(shape: Shape | number, options?: RandomOptions): Tensor;
export function randn(...shape: number[]): Tensor;
export function randn(...args: ShapeArgs): Tensor {
  return filled("randn", args, (n, gen) => floatsFrom({ length: n }, () => gen.normal()));
}

/**
 * start, start + step, … up to but excluding `end`; `arange(n)` is 0 … n−1. 1-D.
 * Chapter 2, The forward pass.
 */
export function arange(start: number, end?: number, step = 1, options: TensorOptions = {}): Tensor {
  if (end === undefined) [start, end] = [0, start];
  if (![start, end, step].every(Number.isFinite) || step === 0) {
    throw new Error(`arange: start, end and step must be finite numbers and step non-zero, got ${start}, ${end}, ${step}`);
  }
  const n = Math.max(0, Math.ceil((end - start) / step));
  return new Tensor(floatsFrom({ length: n }, (_, i) => start + i * step), [n], options);
}
