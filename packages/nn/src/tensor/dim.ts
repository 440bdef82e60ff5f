import type { Axis } from "./reduce.ts";

/**
 * The dimension an op works along, by name: `dim` as in PyTorch, or `axis` (NumPy's word, this
 * engine's first spelling), kept as an alias. `x.softmax({ dim: 1 })` is `x.softmax(1)`.
 */
export interface DimOptions<D = number> {
  dim?: D;
  /** Alias of `dim`. */
  axis?: D;
}

/**
 * A reduction's dimensions and whether to keep them, by name: `{ dim, keepdim }` as in PyTorch
 * (`x.sum({ dim: 1, keepdim: true })` is `x.sum(dim=1, keepdim=True)`), with `axis` and
 * `keepDims` accepted as aliases. Positional calls, `x.sum(1, true)`, mean the same.
 */
export interface ReduceOptions<D = Axis> extends DimOptions<D> {
  keepdim?: boolean;
  /** Alias of `keepdim`. */
  keepDims?: boolean;
}

/** True for `{ dim, … }`, false for a dimension given by position (a number, a list, undefined). */
function isOptions<D>(x: D | DimOptions<D> | undefined): x is DimOptions<D> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

/** The one place the two spellings meet: a dimension by position or by name (`dim` or `axis`, not both). */
export function resolveDim<D>(op: string, dim: D | DimOptions<D> | undefined): D | undefined {
  if (!isOptions(dim)) return dim;
  if (dim.dim !== undefined && dim.axis !== undefined && dim.dim !== dim.axis) {
    throw new Error(`${op}: give dim or its alias axis, not both (got dim ${String(dim.dim)} and axis ${String(dim.axis)})`);
  }
  return dim.dim ?? dim.axis;
}

/** A reduction's arguments, by position (`dim, keepdim`) or by name (`{ dim, keepdim }` or their aliases). */
export function resolveReduce<D>(op: string, dim: D | ReduceOptions<D> | undefined, keepdim = false): { dim: D | undefined; keepdim: boolean } {
  if (!isOptions(dim)) return { dim, keepdim };
  const named = dim as ReduceOptions<D>;
  if (named.keepdim !== undefined && named.keepDims !== undefined && named.keepdim !== named.keepDims) {
    throw new Error(`${op}: give keepdim or its alias keepDims, not both`);
  }
  return { dim: resolveDim(op, named), keepdim: named.keepdim ?? named.keepDims ?? keepdim };
}
