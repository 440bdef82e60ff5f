/**
 * What of a tensor crosses to the page: its shape, a summary (min, max, mean, NaN count) over
 * every value, the first values for a table, and — for image-like tensors — a heatmap's pixels,
 * block-averaged down to at most `MAX_SIDE` a side. A 1000×1000 tensor sends ~40 000 numbers, not
 * a million.
 */
export const MAX_TABLE = 400;
export const MAX_SIDE = 200;
/** A batch of images ([N, 1, H, W], [N, H, W]) shows its first few. */
export const MAX_IMAGES = 8;

export type TensorStats = { min: number; max: number; mean: number; nonFinite: number };
export type Heatmap = { rows: number; cols: number; values: number[]; /** source cells per pixel side */ block: number };

export type TensorSummary = {
  shape: number[];
  size: number;
  values: number[];
  stats: TensorStats;
  /** Present when the tensor reads as a picture: a 2-D grid, or a batch of them. */
  images?: Heatmap[];
};

export function summarizeTensor(shape: readonly number[], data: Float32Array): TensorSummary {
  const size = data.length;
  const summary: TensorSummary = { shape: [...shape], size, values: Array.from(data.subarray(0, Math.min(size, MAX_TABLE))), stats: stats(data) };
  const grid = imageGrid(shape);
  if (grid) {
    const { count, rows, cols } = grid;
    summary.images = [];
    for (let i = 0; i < Math.min(count, MAX_IMAGES); i++) summary.images.push(heatmap(data.subarray(i * rows * cols, (i + 1) * rows * cols), rows, cols));
  }
  return summary;
}

/**
 * Whether a shape reads as a picture, and how: size-1 axes dropped, a 2-D grid of at least 8×8
 * with more than 100 values ([28, 28], [1, 1, 28, 28], a large weight matrix), or a batch of such
 * grids ([N, 1, H, W], [N, H, W]). Small matrices stay tables; [100, 3] data stays a table.
 */
export function imageGrid(shape: readonly number[]): { count: number; rows: number; cols: number } | null {
  const dims = shape.filter((d) => d !== 1);
  const isGrid = (rows: number, cols: number) => Math.min(rows, cols) >= 8 && rows * cols > 100;
  if (dims.length === 2 && isGrid(dims[0], dims[1])) return { count: 1, rows: dims[0], cols: dims[1] };
  if (dims.length === 3 && isGrid(dims[1], dims[2]) && shape.length >= 3 && shape[0] === dims[0]) {
    return { count: dims[0], rows: dims[1], cols: dims[2] };
  }
  return null;
}

export function stats(data: ArrayLike<number>): TensorStats {
  let min = Infinity, max = -Infinity, sum = 0, finite = 0;
  for (let i = 0; i < data.length; i++) {
    const v = data[i];
    if (!Number.isFinite(v)) continue;
    finite++;
    sum += v;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return finite === 0
    ? { min: NaN, max: NaN, mean: NaN, nonFinite: data.length }
    : { min, max, mean: sum / finite, nonFinite: data.length - finite };
}

/** A rows×cols grid, block-averaged so neither side exceeds `MAX_SIDE`; non-finite cells stay NaN. */
export function heatmap(data: ArrayLike<number>, rows: number, cols: number): Heatmap {
  const block = Math.max(1, Math.ceil(Math.max(rows, cols) / MAX_SIDE));
  if (block === 1) return { rows, cols, values: Array.from(data, (v) => (Number.isFinite(v) ? v : NaN)), block };
  const outRows = Math.ceil(rows / block), outCols = Math.ceil(cols / block);
  const values = new Array<number>(outRows * outCols);
  for (let r = 0; r < outRows; r++) {
    for (let c = 0; c < outCols; c++) {
      let sum = 0, n = 0, bad = false;
      for (let i = r * block; i < Math.min(rows, (r + 1) * block); i++) {
        for (let j = c * block; j < Math.min(cols, (c + 1) * block); j++) {
          const v = data[i * cols + j];
          if (Number.isFinite(v)) { sum += v; n++; } else bad = true;
        }
      }
      values[r * outCols + c] = bad || n === 0 ? NaN : sum / n;
    }
  }
  return { rows: outRows, cols: outCols, values, block };
}
