import { Tensor } from "../tensor/tensor.ts";

/** What `fit` needs to save and restore a model's weights (a `Module` has all of it). */
export interface Snapshottable {
  parameters(): Tensor[];
  buffers?(): Tensor[];
  stateDict?(): unknown;
  loadStateDict?(state: never): unknown;
}

/**
 * A copy of the model's weights, and a function that puts them back: through
 * `stateDict()`/`loadStateDict()` when the model has them (deep-copied, since a state dict may
 * share storage with the live tensors, as PyTorch's does), else the values of `parameters()` and
 * `buffers()`, copied and later written back in place. Internal to `fit` (best weights).
 */
export function snapshot(model: Snapshottable): () => void {
  if (typeof model.stateDict === "function" && typeof model.loadStateDict === "function") {
    const saved = clone(model.stateDict());
    const load = model.loadStateDict as (state: unknown) => unknown;
    return () => void load.call(model, clone(saved));
  }
  const tensors = [...model.parameters(), ...(typeof model.buffers === "function" ? model.buffers() : [])];
  const copies = tensors.map((t) => Float32Array.from(t.data));
  return () => tensors.forEach((t, i) => t.data.set(copies[i]));
}

/** A deep copy of a state dict: tensors, typed arrays, arrays, maps and plain objects. */
function clone(v: unknown): unknown {
  if (v instanceof Tensor) return new Tensor(Float32Array.from(v.data), v.shape);
  if (v instanceof Float32Array) return Float32Array.from(v);
  if (Array.isArray(v)) return v.map(clone);
  if (v instanceof Map) return new Map([...v].map(([k, x]) => [k, clone(x)]));
  if (v !== null && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, clone(x)]));
  return v;
}
