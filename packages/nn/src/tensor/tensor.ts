import type { GradFn } from "../autograd/graph.ts";
import { backward } from "../autograd/backward.ts";
import { add, div, mul, sub } from "./arithmetic.ts";
import { abs, exp, log, neg, pow, sqrt } from "./unary.ts";
import { relu, sigmoid, tanh } from "./activation.ts";
import { matmul } from "./matmul.ts";
import { mean, sum, type Axis } from "./reduce.ts";
import type { DimOptions, ReduceOptions } from "./dim.ts";
import { reshape, transpose } from "./view.ts";
import { argmax, argmin, max, min } from "./extrema.ts";
import { logSoftmax, softmax } from "./softmax.ts";
import { leakyRelu } from "./leaky-relu.ts";
import { clamp } from "./clamp.ts";
import { narrow, slice } from "./narrow.ts";
import { indexSelect } from "./index-select.ts";
import { flatten } from "./flatten.ts";
import { format, toNested } from "./format.ts";
import { checkShape, formatShape, sizeOf, type Shape } from "./shape.ts";
import { floatsFrom, isFloats } from "./precision.ts";

/**
 * An n-dimensional array of float32 values, stored flat in row-major order, that can record how
 * it was computed so `backward()` can fill in gradients. Ops broadcast like NumPy.
 * Chapter 2, The forward pass (tensors and shapes); Chapter 4, Backpropagation (autograd).
 * Most code makes tensors with `tensor`, `zeros`, `randn`…; the constructor wraps a
 * `Float32Array` without copying it.
 */
export class Tensor {
  #data: Float32Array;
  /** Sizes of the dimensions, outermost first; `[]` for a scalar. */
  readonly shape: Shape;
  /** Whether `backward()` should compute `grad` for this tensor. */
  requiresGrad: boolean;
  /** ∂loss/∂this after `backward()`, same shape; `null` before. Leaves accumulate across calls. */
  grad: Tensor | null = null;
  /** The op that produced this tensor and its inputs; `null` for leaves (made by the user). */
  gradFn: GradFn | null = null;

  constructor(data: Float32Array, shape: Shape = [data.length], options: { requiresGrad?: boolean } = {}) {
    this.shape = checkShape("Tensor", shape);
    if (!isFloats(data)) throw new Error("Tensor: data must be a Float32Array (use tensor() for arrays)");
    if (data.length !== sizeOf(this.shape)) {
      throw new Error(`Tensor: ${data.length} values do not fit shape ${formatShape(this.shape)} (${sizeOf(this.shape)} values)`);
    }
    this.#data = data;
    this.requiresGrad = options.requiresGrad ?? false;
  }

  /** The values, flat, row-major. Assigning a `Float32Array` (or array) of the same size replaces them. */
  get data(): Float32Array {
    return this.#data;
  }
  set data(values: ArrayLike<number>) {
    if (values.length !== this.#data.length) {
      throw new Error(`data: expected ${this.#data.length} values for shape ${formatShape(this.shape)}, got ${values.length}`);
    }
    this.#data = isFloats(values) ? values : floatsFrom(values);
  }

  /** Number of values. */
  get size(): number {
    return this.#data.length;
  }
  /** Number of dimensions. */
  get ndim(): number {
    return this.shape.length;
  }
  /** True for tensors the user made (not computed by an op that recorded the graph). */
  get isLeaf(): boolean {
    return this.gradFn === null;
  }

  /** a + b, broadcasting. */
  add(other: Tensor | number): Tensor { return add(this, other); }
  /** a − b, broadcasting. */
  sub(other: Tensor | number): Tensor { return sub(this, other); }
  /** a · b elementwise, broadcasting. */
  mul(other: Tensor | number): Tensor { return mul(this, other); }
  /** a / b elementwise, broadcasting. */
  div(other: Tensor | number): Tensor { return div(this, other); }
  /** −a. */
  neg(): Tensor { return neg(this); }
  /** a^p elementwise. */
  pow(exponent: number): Tensor { return pow(this, exponent); }
  /** e^a. */
  exp(): Tensor { return exp(this); }
  /** ln a. */
  log(): Tensor { return log(this); }
  /** √a. */
  sqrt(): Tensor { return sqrt(this); }
  /** |a|. */
  abs(): Tensor { return abs(this); }
  /** max(0, a). */
  relu(): Tensor { return relu(this); }
  /** 1 / (1 + e^{−a}). */
  sigmoid(): Tensor { return sigmoid(this); }
  /** tanh a. */
  tanh(): Tensor { return tanh(this); }
  /** Matrix product (2-D @ 2-D, and the 1-D vector cases). */
  matmul(other: Tensor): Tensor { return matmul(this, other); }
  /** Swap two dimensions (the last two by default): the matrix transpose for 2-D. */
  transpose(dim0?: number, dim1?: number): Tensor { return transpose(this, dim0, dim1); }
  /** Same values, new shape; one size may be −1 (inferred). */
  reshape(shape: Shape): Tensor { return reshape(this, shape); }
  // Reductions take (dim?, keepdim?) by position, or { dim, keepdim } by name as PyTorch's keywords;
  // `axis` and `keepDims` are aliases (see dim.ts).
  /** Sum of all values, or along `dim` (a number or list of numbers). */
  sum(dim?: Axis | ReduceOptions, keepdim = false): Tensor { return sum(this, dim, keepdim); }
  /** Mean of all values, or along `dim`. */
  mean(dim?: Axis | ReduceOptions, keepdim = false): Tensor { return mean(this, dim, keepdim); }
  /** Largest value (of all, or along `dim`); the gradient goes to the first maximum. */
  max(dim?: number | ReduceOptions<number>, keepdim = false): Tensor { return max(this, dim, keepdim); }
  /** Smallest value (of all, or along `dim`); the gradient goes to the first minimum. */
  min(dim?: number | ReduceOptions<number>, keepdim = false): Tensor { return min(this, dim, keepdim); }
  /** Index of the largest value (of the flattened values, or along `dim`); no gradient. */
  argmax(dim?: number | ReduceOptions<number>, keepdim = false): Tensor { return argmax(this, dim, keepdim); }
  /** Index of the smallest value (of the flattened values, or along `dim`); no gradient. */
  argmin(dim?: number | ReduceOptions<number>, keepdim = false): Tensor { return argmin(this, dim, keepdim); }
  /** e^{x_i} / Σ_j e^{x_j} along `dim` (the last by default), computed stably. */
  softmax(dim: number | DimOptions = -1): Tensor { return softmax(this, dim); }
  /** x_i − log Σ_j e^{x_j} along `dim` (the last by default), computed stably. */
  logSoftmax(dim: number | DimOptions = -1): Tensor { return logSoftmax(this, dim); }
  /** x for x > 0, else slope · x. */
  leakyRelu(slope = 0.01): Tensor { return leakyRelu(this, slope); }
  /** Values cut to [min, max]; either bound may be omitted. */
  clamp(min?: number, max?: number): Tensor { return clamp(this, min, max); }
  /** `length` entries of dimension `dim` from `start`. */
  narrow(dim: number, start: number, length: number): Tensor { return narrow(this, dim, start, length); }
  /** Rows `start` to `end` (exclusive) of the first dimension, with `Array.slice` rules. */
  slice(start?: number, end?: number): Tensor { return slice(this, start, end); }
  /** The entries of dimension `dim` at `indices` (repeats allowed; their gradients add up). */
  indexSelect(dim: number, indices: readonly number[] | Tensor): Tensor { return indexSelect(this, dim, indices); }
  /** Merge dimensions `startDim`…`endDim` into one (all of them by default, as `torch.flatten`). */
  flatten(startDim = 0, endDim = -1): Tensor { return flatten(this, startDim, endDim); }

  /** Fill in `grad` for every tensor this one depends on. See `autograd/backward.ts`. */
  backward(grad?: Tensor): void {
    backward(this, grad);
  }

  /** The same values (shared, not copied) cut from the graph: no `gradFn`, no `requiresGrad`. */
  detach(): Tensor {
    return new Tensor(this.#data, this.shape);
  }

  /** The single value of a one-value tensor, as a JS number. */
  item(): number {
    if (this.size !== 1) {
      throw new Error(`item: tensor has ${this.size} values (shape ${formatShape(this.shape)}); item() needs exactly one`);
    }
    return this.#data[0];
  }

  /**
   * The values as nested JS arrays, one level per dimension (a number for a scalar).
   * The rank is not known to the type system, so the result is untyped by default (as PyTorch's
   * `tolist()` is) rather than a union that readers' code must narrow; name the shape when you
   * know it: `x.toArray<number[][]>()`.
   */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  toArray<T = any>(): T {
    return toNested(this.#data, this.shape) as T;
  }

  /** `tensor([[1, 2], [3, 4]], shape=[2,2])`, rounded to 4 decimals. */
  toString(): string {
    return format(this);
  }

  [Symbol.for("nodejs.util.inspect.custom")](): string {
    return format(this);
  }
}
