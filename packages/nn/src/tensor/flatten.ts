import type { Tensor } from "./tensor.ts";
import { formatShape, normalizeAxis } from "./shape.ts";
import { reshape } from "./view.ts";

/**
 * Merge dimensions `startDim` … `endDim` (inclusive) into one: [N, C, H, W].flatten(1) is
 * [N, C·H·W], the step between a CNN's convolutions and its dense layers. Defaults flatten
 * everything, as `torch.flatten` (the `nn.Flatten` layer starts at 1 instead, keeping the batch).
 * Built on `reshape`, so its gradient is reshaped back. Chapter 9, CNNs.
 */
export function flatten(a: Tensor, startDim = 0, endDim = -1): Tensor {
  if (a.ndim === 0) return reshape(a, [1]); // as torch: a scalar flattens to one value
  const s = normalizeAxis("flatten", startDim, a.ndim, a.shape);
  const e = normalizeAxis("flatten", endDim, a.ndim, a.shape);
  if (s > e) throw new Error(`flatten: startDim ${startDim} comes after endDim ${endDim} for shape ${formatShape(a.shape)}`);
  const merged = a.shape.slice(s, e + 1).reduce((p, d) => p * d, 1);
  return reshape(a, [...a.shape.slice(0, s), merged, ...a.shape.slice(e + 1)]);
}
