/**
 * Where every op allocates its values. The engine is float32 (the contract, and what the kernels
 * are fast at); `gradcheck` alone switches to float64 for the duration of its finite differences,
 * because a central difference in float32 carries round-off of about ulp(L)/h and so can only
 * check gradients to a few digits. In float64 mode the arrays are Float64Array: the type still
 * says Float32Array, since the two share their whole interface and no public function returns
 * a float64 tensor (gradcheck's tensors stay inside it).
 */
let float64 = false;

/** n zeros, in the current precision. */
export function floats(n: number): Float32Array {
  return float64 ? (new Float64Array(n) as unknown as Float32Array) : new Float32Array(n);
}

/** A copy of `values` (mapped by `map` if given), in the current precision. */
export function floatsFrom(values: ArrayLike<number>, map?: (v: number, i: number) => number): Float32Array {
  if (float64) return (map ? Float64Array.from(values, map) : Float64Array.from(values)) as unknown as Float32Array;
  return map ? Float32Array.from(values, map) : Float32Array.from(values);
}

/** Whether `values` can be a tensor's storage as it is: a Float32Array, or in float64 mode a Float64Array. */
export function isFloats(values: unknown): values is Float32Array {
  return values instanceof Float32Array || (float64 && values instanceof Float64Array);
}

/** Runs `fn` with every new tensor stored in float64. For gradcheck; not re-entrant across awaits. */
export function inFloat64<T>(fn: () => T): T {
  const before = float64;
  float64 = true;
  try {
    return fn();
  } finally {
    float64 = before;
  }
}
